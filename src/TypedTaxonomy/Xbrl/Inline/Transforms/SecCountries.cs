using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// The country names of the SEC's <c>countrynameen</c> (ISO 3166-1 alpha-2 codes) and <c>edgarprovcountryen</c>
/// (EDGAR state and country codes) formats, in the registry's order and spellings (see <see cref="NameTable"/> for the
/// notation). The EDGAR table lists the territories and Canadian provinces first, then the countries, most spelt as
/// in the ISO table.
/// </summary>
internal static class SecCountries
{
    private static readonly (string Code, string Spelling)[] IsoRows =
    [
        ("AF", "Afghanistan"), ("AX", "[ÅåAa]land Islands"), ("AL", "Albania"), ("DZ", "Algeria"), ("AS", "American Samoa"),
        ("AD", "Andorra"), ("AO", "Angola"), ("AI", "Anguilla"), ("AQ", "Antarctica"), ("AG", "Antigua And Barbuda"),
        ("AR", "((The )?Republic Of )?Argentina"), ("AM", "Armenia"), ("AW", "Aruba"), ("AU", "Australia"), ("AT", "Austria"),
        ("AZ", "Azerbaijan"), ("BS", "Bahamas"), ("BH", "Bahrain"), ("BD", "Bangladesh"), ("BB", "Barbados"), ("BY", "Belarus"),
        ("BE", "Belgium"), ("BZ", "Belize"), ("BJ", "Benin"), ("BM", "Bermuda"), ("BT", "Bhutan"), ("BO", "Bolivia"),
        ("BQ", "Bonaire, Sint Eustatius And Saba"), ("BA", "Bosnia And Herzegovina"), ("BW", "Botswana"), ("BV", "Bouvet Island"),
        ("BR", "((The )?Federative Republic Of )?Bra[sz]il"), ("IO", "British Indian Ocean Territory"), ("BN", "Brunei Darussalam"),
        ("BG", "Bulgaria"), ("BF", "Burkina Faso"), ("BI", "Burundi"), ("CV", "Cabo Verde"), ("KH", "Cambodia"), ("CM", "Cameroon"),
        ("CA", "Canada"), ("KY", "Cayman Islands"), ("CF", "Central African Republic"), ("TD", "Chad"), ("CL", "Chile"),
        ("CN", "((The )?People['’]?s Republic Of )?China"), ("CX", "Christmas Island"), ("CC", "Cocos (.Keeling. )?Islands"),
        ("CO", "((The )?Republic Of )?Colombia"), ("KM", "Comoros"), ("CD", "Democratic Republic Of (The )?Congo"), ("CG", "Congo"),
        ("CK", "Cook Islands"), ("CR", "Costa Rica"), ("CI", "[Cc][ôo]te d['’][Ii]voire"), ("HR", "Croatia"), ("CU", "Cuba"),
        ("CW", "Cura[çc]ao"), ("CY", "Cyprus"), ("CZ", "Czechia|Czech Republic"), ("DK", "((The )?Kingdom Of )?Denmark"),
        ("DJ", "Djibouti"), ("DM", "Dominica"), ("DO", "Dominican Republic"), ("EC", "Ecuador"), ("EG", "Egypt"), ("SV", "El Salvador"),
        ("GQ", "Equatorial Guinea"), ("ER", "Eritrea"), ("EE", "Estonia"), ("SZ", "Eswatini"), ("ET", "Ethiopia"),
        ("FK", "(The )?Falkland Islands( .Malvinas.)?|(Islas )?Malvinas( Islands)?"), ("FO", "Faroe Islands"), ("FJ", "Fiji"),
        ("FI", "Finland"), ("FR", "France"), ("GF", "French Guiana"), ("PF", "French Polynesia"), ("TF", "French Southern Territories"),
        ("GA", "Gabon"), ("GM", "Gambia"), ("GE", "Georgia"), ("DE", "Germany"), ("GH", "Ghana"), ("GI", "Gibraltar"), ("GR", "Greece"),
        ("GL", "Greenland"), ("GD", "Grenada"), ("GP", "Guadeloupe"), ("GU", "Guam"), ("GT", "Guatemala"), ("GG", "Guernsey"),
        ("GN", "Guinea"), ("GW", "Guinea-Bissau"), ("GY", "Guyana"), ("HT", "Haiti"), ("HM", "Heard Island And McDonald Islands"),
        ("VA", "(The )?Holy See|Vatican City"), ("HN", "Honduras"), ("HK", "Hong Kong"), ("HU", "Hungary"), ("IS", "Iceland"),
        ("IN", "India"), ("ID", "Indonesia"), ("IR", "((The )?Islamic Republic of )?Iran"), ("IQ", "Iraq"), ("IE", "Ireland"),
        ("IM", "Isle Of Man"), ("IL", "Israel"), ("IT", "Italy"), ("JM", "Jamaica"), ("JP", "Japan"), ("JE", "Jersey"), ("JO", "Jordan"),
        ("KZ", "Kazakhstan"), ("KE", "Kenya"), ("KI", "Kiribati"), ("KP", "(North|Democratic People['’]?s Republic Of) Korea"),
        ("KR", "(South|Republic Of) Korea"), ("KW", "Kuwait"), ("KG", "Kyrgyzstan"), ("LA", "Lao People['’]?s Democratic Republic"),
        ("LV", "Latvia"), ("LB", "Lebanon"), ("LS", "Lesotho"), ("LR", "Liberia"), ("LY", "((The )?State Of )?Libya"),
        ("LI", "Liechtenstein"), ("LT", "Lithuania"), ("LU", "((The )?(Grand )?Duchy Of )?Luxembourg"), ("MO", "Maca[ou]"),
        ("MG", "Madagascar"), ("MW", "Malawi"), ("MY", "Malaysia"), ("MV", "Maldives"), ("ML", "Mali"), ("MT", "Malta"),
        ("MH", "((The )?Republic Of (The )?)?Marshall Islands"), ("MQ", "Martinique"), ("MR", "Mauritania"), ("MU", "Mauritius"),
        ("YT", "Mayotte"), ("MX", "Mexico|United Mexican States"), ("FM", "((The )?Federated States Of )?Micronesia"),
        ("MD", "((The )?Republic Of )?Moldova"), ("MC", "Monaco"), ("MN", "Mongolia"), ("ME", "Montenegro"), ("MS", "Montserrat"),
        ("MA", "Morocco"), ("MZ", "Mozambique"), ("MM", "Myanmar"), ("NA", "Namibia"), ("NR", "Nauru"), ("NP", "Nepal"),
        ("NL", "Netherlands"), ("NC", "New Caledonia"), ("NZ", "New Zealand"), ("NI", "Nicaragua"), ("NE", "Niger"), ("NG", "Nigeria"),
        ("NU", "Niue"), ("NF", "Norfolk Island"), ("MK", "((The )?Republic Of )?North Macedonia"), ("MP", "Northern Mariana Islands"),
        ("NO", "Norway"), ("OM", "Oman"), ("PK", "Pakistan"), ("PW", "Palau"), ("PS", "((The )?State Of )?Palestine"), ("PA", "Panama"),
        ("PG", "Papua New Guinea"), ("PY", "Paraguay"), ("PE", "Peru"), ("PH", "Philippines"), ("PN", "Pitcairn"), ("PL", "Poland"),
        ("PT", "Portugal"), ("PR", "Puerto Rico"), ("QA", "Qatar"), ("RE", "[Rr][ée]union"), ("RO", "Romania"),
        ("RU", "Russian Federation"), ("RW", "Rwanda"), ("BL", "Saint Barth[ée]lemy"),
        ("SH", "Saint Helena(, Ascension,? And Tristan( Da Cunha)?)?"), ("KN", "Saint Kitts And Nevis"), ("LC", "Saint Lucia"),
        ("MF", "Saint Martin"), ("PM", "Saint Pierre And Miquelon"), ("VC", "Saint Vincent( And (The )?Grenadines)?"), ("WS", "Samoa"),
        ("SM", "San Marino"), ("ST", "Sao Tome And Principe"), ("SA", "Saudi Arabia"), ("SN", "Senegal"), ("RS", "Serbia"),
        ("SC", "Seychelles"), ("SL", "Sierra Leone"), ("SG", "Singapore"), ("SX", "Sint Maarten"), ("SK", "Slovakia"), ("SI", "Slovenia"),
        ("SB", "Solomon Islands"), ("SO", "Somalia"), ("ZA", "((The )?Republic Of )?South Africa"),
        ("GS", "South Georgia And (The )?South Sandwich Islands"), ("SS", "South Sudan"), ("ES", "((The )?Kingdom Of )?Spain|Espa[ñn]a"),
        ("LK", "Sri Lanka"), ("SD", "Sudan"), ("SR", "Suriname"), ("SJ", "Svalbard And Jan Mayen"), ("SE", "Sweden"),
        ("CH", "Switzerland"), ("SY", "Syria(n Arab Republic)?"), ("TW", "Taiwan(,? Province Of China)?"), ("TJ", "Tajikistan"),
        ("TZ", "((The )?United Republic Of )?Tanzania"), ("TH", "Thailand"), ("TL", "Timor-Leste"), ("TG", "Togo"), ("TK", "Tokelau"),
        ("TO", "Tonga"), ("TT", "Trinidad And Tobago"), ("TN", "Tunisia"), ("TR", "Turkey"), ("TM", "Turkmenistan"),
        ("TC", "Turks And Caicos Islands"), ("TV", "Tuvalu"), ("UG", "Uganda"), ("UA", "Ukraine"), ("AE", "UAE|United Arab Emirates"),
        ("GB", "U[.]?K[.]?|Britain|Great Britain|United Kingdom( Of Great Britain And Northern Ireland)?|England( And Wales)?"),
        ("UM", "United States Minor Outlying Islands"), ("US", "U[.]?S[.]?A[.]?|United States( Of America)?"), ("UY", "Uruguay"),
        ("UZ", "Uzbekistan"), ("VU", "Vanuatu"), ("VE", "Venezuela"), ("VN", "Viet Nam"), ("VG", "British Virgin Islands"),
        ("VI", "[Uu][.]?[Ss][.]? Virgin Islands"), ("WF", "Wallis And Futuna"), ("EH", "Western Sahara*"), ("YE", "Yemen"),
        ("ZM", "Zambia"), ("ZW", "Zimbabwe"),
    ];

    private static readonly Dictionary<string, string> IsoSpelling = IsoRows.ToDictionary(r => r.Code, r => r.Spelling, StringComparer.Ordinal);

    /// <summary>The ISO 3166-1 alpha-2 code of a country's name.</summary>
    public static readonly NameTable Iso = new(IsoRows);

    /// <summary>
    /// The EDGAR code of a territory, Canadian province or country. A row's spelling is either written out or, as
    /// "=XX", the ISO table's spelling of country XX.
    /// </summary>
    public static readonly NameTable Edgar = new(Expand(
    [
        ("B5", "American Samoa"), ("GU", "Guam"), ("PR", "Puerto Rico"), ("2J", "United States Minor Outlying Islands"),
        ("VI", @"Virgin Islands, U[.]?S[.]?|U([.]\s*)?S[.]? Virgin Islands"),
        ("A0", "Alberta(,? Canada)?"), ("A1", "British Columbia(,? Canada)?"), ("A2", "Manitoba(,? Canada)?"),
        ("A3", "New Brunswick(,? Canada)?"), ("A4", "Newfoundland( And Labrador)?(,? Canada)?"), ("A5", "Nova Scotia(,? Canada)?"),
        ("A6", "Ontario(,? Canada)?"), ("A7", "Prince Edward Island(,? Canada)?"), ("A8", "Qu[eé]bec(,? Canada)?"),
        ("A9", "Saskatchewan(,? Canada)?"), ("B0", "Yukon(,? Canada)?"),
        ("B2", "=AF"), ("Y6", "=AX"), ("B3", "=AL"), ("B4", "=DZ"), ("B5", "=AS"), ("B6", "=AD"), ("B7", "=AO"), ("1A", "=AI"),
        ("B8", "=AQ"), ("B9", "=AG"), ("C1", "=AR"), ("1B", "=AM"), ("1C", "=AW"), ("C3", "=AU"), ("C4", "=AT"), ("1D", "=AZ"),
        ("C5", "=BS"), ("C6", "=BH"), ("C7", "=BD"), ("C8", "=BB"), ("1F", "=BY"), ("C9", "=BE"), ("D1", "=BZ"), ("G6", "=BJ"),
        ("D0", "=BM"), ("D2", "=BT"), ("D3", "=BO"), ("1E", "=BA"), ("B1", "=BW"), ("D4", "=BV"), ("D5", "=BR"), ("D6", "=IO"),
        ("D9", "=BN"), ("E0", "=BG"), ("X2", "=BF"), ("E2", "=BI"), ("E8", "Ca(bo|pe) Verde"), ("E3", "=KH"), ("E4", "=CM"),
        ("Z4", "=CA"), ("E9", "=KY"), ("F0", "=CF"), ("F2", "=TD"), ("F3", "=CL"), ("F4", "=CN"), ("F6", "=CX"), ("F7", "=CC"),
        ("F8", "=CO"), ("F9", "=KM"), ("Y3", "=CD"), ("G0", "=CG"), ("G1", "=CK"), ("G2", "=CR"), ("L7", "=CI"), ("1M", "=HR"),
        ("G3", "=CU"), ("G4", "=CY"), ("2N", "=CZ"), ("G7", "=DK"), ("1G", "=DJ"), ("G9", "=DM"), ("G8", "=DO"), ("H1", "=EC"),
        ("H2", "=EG"), ("H3", "=SV"), ("H4", "=GQ"), ("1J", "=ER"), ("1H", "=EE"), ("H5", "=ET"), ("H7", "=FK"), ("H6", "=FO"),
        ("H8", "=FJ"), ("H9", "=FI"), ("I0", "=FR"), ("I3", "=GF"), ("I4", "=PF"), ("2C", "=TF"), ("I5", "=GA"), ("I6", "=GM"),
        ("2Q", "=GE"), ("2M", "=DE"), ("J0", "=GH"), ("J1", "=GI"), ("J3", "=GR"), ("J4", "=GL"), ("J5", "=GD"), ("J6", "=GP"),
        ("J8", "=GT"), ("Y7", "=GG"), ("J9", "=GN"), ("S0", "=GW"), ("K0", "=GY"), ("K1", "=HT"), ("K4", "=HM"), ("X4", "=VA"),
        ("K2", "=HN"), ("K3", "=HK"), ("K5", "=HU"), ("K6", "=IS"), ("K7", "=IN"), ("K8", "=ID"), ("K9", "=IR"), ("L0", "=IQ"),
        ("L2", "=IE"), ("Y8", "=IM"), ("L3", "=IL"), ("L6", "=IT"), ("L8", "=JM"), ("M0", "=JP"), ("Y9", "=JE"), ("M2", "=JO"),
        ("1P", "=KZ"), ("M3", "=KE"), ("J2", "=KI"), ("M4", "=KP"), ("M5", "=KR"), ("M6", "=KW"), ("1N", "=KG"), ("M7", "=LA"),
        ("1R", "=LV"), ("M8", "=LB"), ("M9", "=LS"), ("N0", "=LR"), ("N1", "=LY"), ("N2", "=LI"), ("1Q", "=LT"), ("N4", "=LU"),
        ("N5", "=MO"), ("N6", "=MG"), ("N7", "=MW"), ("N8", "=MY"), ("N9", "=MV"), ("O0", "=ML"), ("O1", "=MT"), ("1T", "=MH"),
        ("O2", "=MQ"), ("O3", "=MR"), ("O4", "=MU"), ("2P", "=YT"), ("O5", "=MX"), ("1K", "=FM"), ("1S", "=MD"), ("O9", "=MC"),
        ("P0", "=MN"), ("Z5", "=ME"), ("P1", "=MS"), ("P2", "=MA"), ("P3", "=MZ"), ("E1", "=MM"), ("T6", "=NA"), ("P5", "=NR"),
        ("P6", "=NP"), ("P8", "Netherlands Antilles"), ("P7", "=NL"), ("1W", "=NC"), ("Q2", "=NZ"), ("Q3", "=NI"), ("Q4", "=NE"),
        ("Q5", "=NG"), ("Q6", "=NU"), ("Q7", "=NF"), ("1U", "((The )?Republic Of )?(North )?Macedonia"), ("1V", "=MP"),
        ("Q8", "=NO"), ("P4", "=OM"), ("R0", "=PK"), ("1Y", "=PW"), ("1X", "=PS"), ("R1", "=PA"), ("R2", "=PG"), ("R4", "=PY"),
        ("R5", "=PE"), ("R6", "=PH"), ("R8", "=PN"), ("R9", "=PL"), ("S1", "=PT"), ("S3", "=QA"), ("S4", "=RE"), ("S5", "=RO"),
        ("1Z", "=RU"), ("S6", "=RW"), ("Z0", "=BL"), ("U8", "=SH"), ("U7", "=KN"), ("U9", "=LC"), ("Z1", "=MF"), ("V0", "=PM"),
        ("V1", "=VC"), ("Y0", "=WS"), ("S8", "=SM"), ("S9", "=ST"), ("T0", "=SA"), ("T1", "=SN"), ("Z2", "=RS"), ("T2", "=SC"),
        ("T8", "=SL"), ("U0", "=SG"), ("2B", "=SK"), ("2A", "=SI"), ("D7", "=SB"), ("U1", "=SO"), ("T3", "=ZA"), ("1L", "=GS"),
        ("U3", "=ES"), ("F1", "=LK"), ("V2", "=SD"), ("V3", "=SR"), ("L9", "=SJ"), ("V6", "Swaziland"), ("V7", "=SE"),
        ("V8", "=CH"), ("V9", "=SY"), ("F5", "=TW"), ("2D", "=TJ"), ("W0", "=TZ"), ("W1", "=TH"), ("Z3", "=TL"), ("W2", "=TG"),
        ("W3", "=TK"), ("W4", "=TO"), ("W5", "=TT"), ("W6", "=TN"), ("W8", "=TR"), ("2E", "=TM"), ("W7", "=TC"), ("2G", "=TV"),
        ("W9", "=UG"), ("2H", "=UA"), ("C0", "=AE"), ("X0", "=GB"), ("2J", "=UM"), ("X1", "=US"), ("X3", "=UY"), ("2K", "=UZ"),
        ("2L", "=VU"), ("X5", "=VE"), ("Q1", "=VN"), ("D8", "British Virgin Islands|Virgin Islands,? British"), ("X8", "=WF"),
        ("U5", "=EH"), ("T7", "=YE"), ("Y4", "=ZM"), ("Y5", "=ZW"), ("XX", "Unknown"),
    ]));

    private static (string Code, string Spelling)[] Expand((string Code, string Spelling)[] rows) =>
        [.. rows.Select(r => r.Spelling.StartsWith('=') ? (r.Code, IsoSpelling[r.Spelling[1..]]) : r)];
}
