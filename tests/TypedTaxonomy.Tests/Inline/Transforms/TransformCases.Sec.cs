namespace TypedTaxonomy.Tests.Inline.Transforms;

internal static partial class TransformCases
{
    /// <summary>Variations from the SEC transformation registry's own test cases (tests.xml of the SEC transforms).</summary>
    private static void SecConformance()
    {
        foreach (var (input, expected) in new (string, string?)[]
        {
            ("3rd quarter, 1999", "1999-09-30"), ("Last quarter 1999", "1999-12-31"), ("The 3rd quarter, 1999", "1999-09-30"),
            ("Q3 1999", "1999-09-30"), ("Q3\u00A01999", "1999-09-30"), ("Quarter 3, 1999", "1999-09-30"), ("Q3'1999", "1999-09-30"),
            ("1999, Q5", null), ("1999, Q4", "1999-12-31"), ("1999 1st Quarter", "1999-03-31"), ("1999 1st quarter-end", "1999-03-31"),
            (" 1999 1st Quarter ", "1999-03-31"), ("\u00A01999 1st Quarter", null), ("\u00A0Q3 1999", null), ("1999 1st Quarter\u00A0", null),
        })
        {
            All.Add(new("sec", "datequarterend", input, expected));
        }

        foreach (var (format, input, expected) in new (string, string, string?)[]
        {
            ("durday", "7.5", "P7DT12H"), ("durday", "-12345", "-P12345D"), ("durday", "12,345", null), ("durday", " 7.5 ", "P7DT12H"),
            ("durday", "\u00A07.5", null), ("durhour", "7", "PT7H"), ("durhour", "-7", "-PT7H"), ("durhour", "7.3", "PT7H"),
            ("durhour", "seven", null), ("durmonth", "7", "P7M"), ("durmonth", "-7", "-P7M"), ("durmonth", "7.3", "P7M9D"),
            ("durmonth", "7\u00A0", null), ("durweek", "7", "P49D"), ("durweek", "-7", "-P49D"), ("durweek", "7.3", "P51D"),
            ("durweek", "seven", null), ("duryear", "7", "P7Y"), ("duryear", "-7", "-P7Y"), ("duryear", "7.3", "P7Y3M18D"),
            ("duryear", " 7 ", "P7Y"), ("duryear", "\u00A07", null),
            ("durwordsen", "seven days", "P7D"), ("durwordsen", "twelve years", "P12Y"), ("durwordsen", "twelve-years", "P12Y"),
            ("durwordsen", "twelve\u2013years", "P12Y"), ("durwordsen", "twelve\uFF0Dyears", "P12Y"), ("durwordsen", "twelve_years", null),
            ("durwordsen", "twelveyears", null), ("durwordsen", "twelve years, six months and four days", "P12Y6M4D"),
            ("durwordsen", "no days", "P0D"), ("durwordsen", "about four days", null), ("durwordsen", " seven days ", "P7D"),
            ("durwordsen", "seven\u00A0days", "P7D"), ("durwordsen", "\u00A0seven days", null), ("durwordsen", "seven days\u00A0", null),
            ("numwordsen", "eighteen million three hundred thousand fifty-one", "18300051"),
            ("numwordsen", "eighteen million three hundred thousand and fifty-one", "18300051"), ("numwordsen", "fifty-one", "51"),
            ("numwordsen", "fifty\u058Aone", "51"), ("numwordsen", "fifty\u2014one", "51"), ("numwordsen", "fifty\uFE63one", "51"),
            ("numwordsen", "fifty_one", null), ("numwordsen", "fiftyone", null), ("numwordsen", "four gazillion", null),
            ("numwordsen", "zero hundred", null), ("numwordsen", "one hundred", "100"), ("numwordsen", " one hundred ", "100"),
            ("numwordsen", "one\u00A0hundred", "100"), ("numwordsen", "\u00A0one hundred", null), ("numwordsen", "zero\u00A0", null),
            ("stateprovnameen", "Alaska", "AK"), ("stateprovnameen", "alaska", "AK"), ("stateprovnameen", "Yukon", "YT"),
            ("stateprovnameen", "Greenland", null), ("stateprovnameen", "New\u00A0York", "NY"), ("stateprovnameen", " New York ", "NY"),
            ("stateprovnameen", "New Yowk", null), ("stateprovnameen", "\u00A0New York", null),
            ("exchnameen", "BOX Exchange LLC", "BOX"), ("exchnameen", "BOX\u00A0Exchange\u00A0LLC", "BOX"), ("exchnameen", "\u00A0BOX Exchange LLC", null),
            ("exchnameen", "Cboe BYX Exchange, Inc.", "CboeBYX"), ("exchnameen", "Cboe C2 Exchange, Inc.", "C2"),
            ("exchnameen", "Cboe EDGA Exchange, Inc.", "CboeEDGA"), ("exchnameen", "Cboe EDGX Exchange, Inc.", "CboeEDGX"),
            ("exchnameen", "Cboe Exchange, Inc.", "CBOE"), ("exchnameen", "Chicago Stock Exchange, Inc.", "CHX"),
            ("exchnameen", "Investors Exchange LLC", "IEX"), ("exchnameen", "Miami International Securities Exchange LLC", "MIAX"),
            ("exchnameen", "MIAX PEARL, LLC", "PEARL"), ("exchnameen", "Nasdaq BX, Inc. ", "BX"), ("exchnameen", "Nasdaq GEMX, LLC", "GEMX"),
            ("exchnameen", "Nasdaq ISE, LLC", "ISE"), ("exchnameen", "Nasdaq MRX, LLC", "MRX"),
            ("exchnameen", "New York Stock Exchange LLC", "NYSE"), ("exchnameen", "NYSE American LLC", "NYSEAMER"),
            ("exchnameen", "NYSE Arca, Inc.", "NYSEArca"), ("exchnameen", "NYSE National, Inc.", "NYSENAT"),
            ("exchnameen", "Bernard Madoff & Sons", null),
            ("countrynameen", "Endor", null), ("countrynameen", "Afghanistan", "AF"), ("countrynameen", "\tAfghanistan", "AF"),
            ("countrynameen", "\u00A0Afghanistan\u00A0", null), ("countrynameen", "afghanistan", "AF"), ("countrynameen", "AFGHANISTAN", null),
            ("countrynameen", "Åland\u00A0Islands", "AX"), ("countrynameen", "åland Islands", "AX"), ("countrynameen", "aland Islands", "AX"),
            ("countrynameen", "The Republic Of Argentina", "AR"), ("countrynameen", "the republic of argentina", "AR"), ("countrynameen", "republic of korea", "KR"), ("countrynameen", "Bonaire, Sint Eustatius And Saba", "BQ"),
            ("countrynameen", "The Federative Republic Of Brasil", "BR"), ("countrynameen", "Peoples Republic Of China", "CN"),
            ("countrynameen", "The People's Republic Of China", "CN"), ("countrynameen", "cocos (keeling) islands", "CC"),
            ("countrynameen", "Cocos [Keeling] Islands", "CC"), ("countrynameen", "Cocos Keeling Islands", null),
            ("countrynameen", "Democratic Republic of the Congo", "CD"), ("countrynameen", "The Democratic Republic Of The Congo", null),
            ("countrynameen", "Republic Of Congo", null), ("countrynameen", "Congo", "CG"), ("countrynameen", "Côte d'Ivoire", "CI"),
            ("countrynameen", "Curaçao", "CW"), ("countrynameen", "Czech Republic", "CZ"), ("countrynameen", "The Kingdom Of Denmark", "DK"),
            ("countrynameen", "Eswatini", "SZ"), ("countrynameen", "The Falkland Islands (Malvinas)", "FK"), ("countrynameen", "Islas Malvinas", "FK"),
            ("countrynameen", "Falkland", null), ("countrynameen", "Guinea-Bissau", "GW"), ("countrynameen", "Heard Island And McDonald Islands", "HM"),
            ("countrynameen", "The Holy See", "VA"), ("countrynameen", "Vatican City", "VA"), ("countrynameen", "Vatican", null),
            ("countrynameen", "The Islamic Republic of Iran", "IR"), ("countrynameen", "Democratic People's Republic Of Korea", "KP"),
            ("countrynameen", "North Korea", "KP"), ("countrynameen", "South Korea", "KR"), ("countrynameen", "Korea", null),
            ("countrynameen", "Lao Peoples Democratic Republic", "LA"), ("countrynameen", "The State Of Libya", "LY"),
            ("countrynameen", "Libya Arab Jamahiriya", null), ("countrynameen", "Grand Duchy Of Luxembourg", "LU"),
            ("countrynameen", "Syrian Arab Republic", "SY"), ("countrynameen", "Taiwan, Province Of China", "TW"),
            ("countrynameen", "The United Republic Of Tanzania", "TZ"), ("countrynameen", "Timor-Leste", "TL"), ("countrynameen", "UAE", "AE"),
            ("countrynameen", "U.K.", "GB"), ("countrynameen", "Great Britain", "GB"),
            ("countrynameen", "United Kingdom Of Great Britain And Northern Ireland", "GB"), ("countrynameen", "England And Wales", "GB"),
            ("countrynameen", "United States Minor Outlying Islands", "UM"), ("countrynameen", "U.S.A.", "US"),
            ("countrynameen", "United States Of America", "US"), ("countrynameen", "British Virgin Islands", "VG"),
            ("countrynameen", "U.S. Virgin Islands", "VI"), ("countrynameen", "US Virgin Islands", "VI"), ("countrynameen", "Zimbabwe", "ZW"),
            ("edgarprovcountryen", "Endor", null), ("edgarprovcountryen", "american samoa", "B5"), ("edgarprovcountryen", "american\u00A0samoa", "B5"),
            ("edgarprovcountryen", "\u00A0american samoa", null), ("edgarprovcountryen", "Guam", "GU"), ("edgarprovcountryen", "Puerto Rico", "PR"),
            ("edgarprovcountryen", "United States Minor Outlying Islands", "2J"), ("edgarprovcountryen", "US Virgin Islands", "VI"),
            ("edgarprovcountryen", "U.S. Virgin Islands", "VI"), ("edgarprovcountryen", "Virgin Islands, US", "VI"),
            ("edgarprovcountryen", "Virgin Islands, U.S.", "VI"), ("edgarprovcountryen", "Alberta", "A0"), ("edgarprovcountryen", "British Columbia", "A1"),
            ("edgarprovcountryen", "Newfoundland", "A4"), ("edgarprovcountryen", "Quebec", "A8"), ("edgarprovcountryen", "Yukon", "B0"),
            ("edgarprovcountryen", "Afghanistan", "B2"), ("edgarprovcountryen", "Åland Islands", "Y6"), ("edgarprovcountryen", "Anguilla", "1A"),
            ("edgarprovcountryen", "Brasil", "D5"), ("edgarprovcountryen", "Cabo Verde", "E8"), ("edgarprovcountryen", "Cape Verde", "E8"),
            ("edgarprovcountryen", "Canada", "Z4"), ("edgarprovcountryen", "Democratic Republic Of Congo", "Y3"), ("edgarprovcountryen", "Congo", "G0"),
            ("edgarprovcountryen", "Côte d'Ivoire", "L7"), ("edgarprovcountryen", "Czech Republic", "2N"), ("edgarprovcountryen", "Germany", "2M"),
            ("edgarprovcountryen", "Holy See", "X4"), ("edgarprovcountryen", "Democratic People's Republic Of Korea", "M4"),
            ("edgarprovcountryen", "Republic Of Korea", "M5"), ("edgarprovcountryen", "Macao", "N5"), ("edgarprovcountryen", "Netherlands Antilles", "P8"),
            ("edgarprovcountryen", "Netherlands", "P7"), ("edgarprovcountryen", "North Macedonia", "1U"), ("edgarprovcountryen", "Réunion", "S4"),
            ("edgarprovcountryen", "South Georgia And South Sandwich Islands", "1L"), ("edgarprovcountryen", "Swaziland", "V6"),
            ("edgarprovcountryen", "Taiwan Province Of China", "F5"), ("edgarprovcountryen", "UAE", "C0"), ("edgarprovcountryen", "United Kingdom", "X0"),
            ("edgarprovcountryen", "United States", "X1"), ("edgarprovcountryen", "Viet Nam", "Q1"), ("edgarprovcountryen", "British Virgin Islands", "D8"),
            ("edgarprovcountryen", "Unknown", "XX"),
            ("boolballotbox", "\u2610  ", "false"), ("boolballotbox", "\u2610\u00A0", null),
            ("yesnoballotbox", "  \u2610", "No"), ("yesnoballotbox", "\u00A0\u2610", null), ("yesnoballotbox", "X", null),
        })
        {
            All.Add(new("sec", format, input, expected));
        }
    }
}
