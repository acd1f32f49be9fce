using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>Reads the text an Inline XBRL element displays; null when the format cannot read it.</summary>
internal delegate string? TransformFunction(string text);

/// <summary>
/// Which formats each transformation registry defines and the function implementing each: one table per registry,
/// in the registry's own names. A name is known only in the namespaces whose registry defines it (TRR 4 dropped
/// TRR 3's names, so <c>numdotdecimal</c> in the TRR 4 namespace is an unknown format).
/// </summary>
internal static class TransformRegistry
{
    /// <summary>The namespace of the pre-recommendation drafts, read as Transformation Registry 1.</summary>
    public const string Trr0Namespace = "http://www.xbrl.org/2008/inlineXBRL/transformation";

    public const string Trr1Namespace = "http://www.xbrl.org/inlineXBRL/transformation/2010-04-20";
    public const string Trr2Namespace = "http://www.xbrl.org/inlineXBRL/transformation/2011-07-31";
    public const string Trr3Namespace = "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26";
    public const string Trr4Namespace = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
    public const string Trr5Namespace = "http://www.xbrl.org/inlineXBRL/transformation/2022-02-16";
    public const string SecNamespace = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31";

    private static readonly (string Name, TransformFunction Function)[] Trr1 =
    [
        ("dateslashus", DateTransforms.DateSlashUs),
        ("dateslasheu", DateTransforms.DateSlashEu),
        ("datedotus", DateTransforms.DateDotUs),
        ("datedoteu", DateTransforms.DateDotEu),
        ("datelongus", DateTransforms.DateLongUs),
        ("dateshortus", DateTransforms.DateShortUs),
        ("datelonguk", DateTransforms.DateLongUk),
        ("dateshortuk", DateTransforms.DateShortUk),
        ("numcommadot", NumberTransforms.NumCommaDot),
        ("numdash", NumberTransforms.NumDash),
        ("numspacedot", NumberTransforms.NumSpaceDot),
        ("numdotcomma", NumberTransforms.NumDotComma),
        ("numcomma", NumberTransforms.NumComma),
        ("numspacecomma", NumberTransforms.NumSpaceComma),
        ("datelongdaymonthuk", DateTransforms.DateLongDayMonthUk),
        ("dateshortdaymonthuk", DateTransforms.DateShortDayMonthUk),
        ("datelongmonthdayus", DateTransforms.DateLongMonthDayUs),
        ("dateshortmonthdayus", DateTransforms.DateShortMonthDayUs),
        ("dateslashdaymontheu", DateTransforms.DateSlashDayMonthEu),
        ("dateslashmonthdayus", DateTransforms.DateSlashMonthDayUs),
        ("datelongyearmonth", DateTransforms.DateLongYearMonth),
        ("dateshortyearmonth", DateTransforms.DateShortYearMonth),
        ("datelongmonthyear", DateTransforms.DateLongMonthYear),
        ("dateshortmonthyear", DateTransforms.DateShortMonthYear),
    ];

    private static readonly (string Name, TransformFunction Function)[] Trr2 =
    [
        ("booleanfalse", NumberTransforms.False),
        ("booleantrue", NumberTransforms.True),
        ("datedaymonth", DateTransforms.DayMonthNumeric),
        ("datedaymonthen", DateTransforms.DayMonthEn),
        ("datedaymonthyear", DateTransforms.DayMonthYearNumeric),
        ("datedaymonthyearen", DateTransforms.DayMonthYearEn),
        ("dateerayearmonthdayjp", DateTransforms.EraYearMonthDayJp),
        ("dateerayearmonthjp", DateTransforms.EraYearMonthJp),
        ("datemonthday", DateTransforms.MonthDayNumeric),
        ("datemonthdayen", DateTransforms.MonthDayEn),
        ("datemonthdayyear", DateTransforms.MonthDayYearNumeric),
        ("datemonthdayyearen", DateTransforms.MonthDayYearEn),
        ("datemonthyearen", DateTransforms.MonthYearEn),
        ("dateyearmonthdaycjk", DateTransforms.YearMonthDayCjk),
        ("dateyearmonthen", DateTransforms.YearMonthEn),
        ("dateyearmonthcjk", DateTransforms.YearMonthCjk),
        ("nocontent", NumberTransforms.Empty),
        ("numcommadecimal", NumberTransforms.NumCommaDecimal),
        ("zerodash", NumberTransforms.ZeroDash),
        ("numdotdecimal", NumberTransforms.NumDotDecimal),
        ("numunitdecimal", NumberTransforms.NumUnitDecimal),
    ];

    /// <summary>TRR 3 is TRR 2 and these.</summary>
    private static readonly (string Name, TransformFunction Function)[] Trr3Additions =
    [
        ("calindaymonthyear", DateTransforms.SakaDayMonthYear),
        ("datedaymonthdk", DateTransforms.DayMonthDk),
        ("datedaymonthyeardk", DateTransforms.DayMonthYearDk),
        ("datedaymonthyearin", DateTransforms.DayMonthYearInTrr3),
        ("datemonthyear", DateTransforms.MonthYearNumeric),
        ("datemonthyeardk", DateTransforms.MonthYearDk),
        ("datemonthyearin", DateTransforms.MonthYearIn),
        ("dateyearmonthday", DateTransforms.YearMonthDayNumeric),
        ("numdotdecimalin", NumberTransforms.NumDotDecimalIn),
        ("numunitdecimalin", NumberTransforms.NumUnitDecimalIn),
    ];

    private static readonly (string Name, TransformFunction Function)[] Trr4 =
    [
        ("date-day-month", DateTransforms.DayMonthNumeric),
        ("date-day-monthname-bg", DateTransforms.DayMonthBg),
        ("date-day-monthname-cs", DateTransforms.DayMonthCs),
        ("date-day-monthname-da", DateTransforms.DayMonthDk),
        ("date-day-monthname-de", DateTransforms.DayMonthDe),
        ("date-day-monthname-el", DateTransforms.DayMonthEl),
        ("date-day-monthname-en", DateTransforms.DayMonthEn),
        ("date-day-monthname-es", DateTransforms.DayMonthEs),
        ("date-day-monthname-et", DateTransforms.DayMonthEt),
        ("date-day-monthname-fi", DateTransforms.DayMonthFi),
        ("date-day-monthname-fr", DateTransforms.DayMonthFr),
        ("date-day-monthname-hr", DateTransforms.DayMonthHr),
        ("date-day-monthname-it", DateTransforms.DayMonthIt),
        ("date-day-monthname-lv", DateTransforms.DayMonthLv),
        ("date-day-monthname-nl", DateTransforms.DayMonthNl),
        ("date-day-monthname-no", DateTransforms.DayMonthNo),
        ("date-day-monthname-pl", DateTransforms.DayMonthPl),
        ("date-day-monthname-pt", DateTransforms.DayMonthPt),
        ("date-day-monthname-ro", DateTransforms.DayMonthRo),
        ("date-day-monthname-sk", DateTransforms.DayMonthSk),
        ("date-day-monthname-sl", DateTransforms.DayMonthSl),
        ("date-day-monthname-sv", DateTransforms.DayMonthDk),
        ("date-day-monthroman", DateTransforms.DayMonthRoman),
        ("date-day-month-year", DateTransforms.DayMonthYearNumericTrr4),
        ("date-day-monthname-year-bg", DateTransforms.DayMonthYearBg),
        ("date-day-monthname-year-cs", DateTransforms.DayMonthYearCs),
        ("date-day-monthname-year-da", DateTransforms.DayMonthYearDk),
        ("date-day-monthname-year-de", DateTransforms.DayMonthYearDe),
        ("date-day-monthname-year-el", DateTransforms.DayMonthYearEl),
        ("date-day-monthname-year-en", DateTransforms.DayMonthYearEn),
        ("date-day-monthname-year-es", DateTransforms.DayMonthYearEs),
        ("date-day-monthname-year-et", DateTransforms.DayMonthYearEt),
        ("date-day-monthname-year-fi", DateTransforms.DayMonthYearFi),
        ("date-day-monthname-year-fr", DateTransforms.DayMonthYearFr),
        ("date-day-monthname-year-hi", DateTransforms.DayMonthYearInTrr4),
        ("date-day-monthname-year-hr", DateTransforms.DayMonthYearHr),
        ("date-day-monthname-year-it", DateTransforms.DayMonthYearIt),
        ("date-day-monthname-year-nl", DateTransforms.DayMonthYearNl),
        ("date-day-monthname-year-no", DateTransforms.DayMonthYearNo),
        ("date-day-monthname-year-pl", DateTransforms.DayMonthYearPl),
        ("date-day-monthname-year-pt", DateTransforms.DayMonthYearPt),
        ("date-day-monthname-year-ro", DateTransforms.DayMonthYearRo),
        ("date-day-monthname-year-sk", DateTransforms.DayMonthYearSk),
        ("date-day-monthname-year-sl", DateTransforms.DayMonthYearSl),
        ("date-day-monthname-year-sv", DateTransforms.DayMonthYearDk),
        ("date-day-monthroman-year", DateTransforms.DayMonthYearRoman),
        ("date-ind-day-monthname-year-hi", DateTransforms.SakaDayMonthYear),
        ("date-jpn-era-year-month-day", DateTransforms.EraYearMonthDayJp),
        ("date-jpn-era-year-month", DateTransforms.EraYearMonthJp),
        ("date-monthname-day-en", DateTransforms.MonthDayEn),
        ("date-monthname-day-hu", DateTransforms.MonthDayHu),
        ("date-monthname-day-lt", DateTransforms.MonthDayLt),
        ("date-monthname-day-year-en", DateTransforms.MonthDayYearEn),
        ("date-month-day", DateTransforms.MonthDayNumeric),
        ("date-month-day-year", DateTransforms.MonthDayYearNumeric),
        ("date-month-year", DateTransforms.MonthYearNumericTrr4),
        ("date-monthname-year-bg", DateTransforms.MonthYearBg),
        ("date-monthname-year-cs", DateTransforms.MonthYearCs),
        ("date-monthname-year-da", DateTransforms.MonthYearDk),
        ("date-monthname-year-de", DateTransforms.MonthYearDe),
        ("date-monthname-year-el", DateTransforms.MonthYearEl),
        ("date-monthname-year-en", DateTransforms.MonthYearEn),
        ("date-monthname-year-es", DateTransforms.MonthYearEs),
        ("date-monthname-year-et", DateTransforms.MonthYearEt),
        ("date-monthname-year-fi", DateTransforms.MonthYearFi),
        ("date-monthname-year-fr", DateTransforms.MonthYearFr),
        ("date-monthname-year-hi", DateTransforms.MonthYearIn),
        ("date-monthname-year-hr", DateTransforms.MonthYearHr),
        ("date-monthname-year-it", DateTransforms.MonthYearIt),
        ("date-monthname-year-nl", DateTransforms.MonthYearNl),
        ("date-monthname-year-no", DateTransforms.MonthYearNo),
        ("date-monthname-year-pl", DateTransforms.MonthYearPl),
        ("date-monthname-year-pt", DateTransforms.MonthYearPt),
        ("date-monthname-year-ro", DateTransforms.MonthYearRo),
        ("date-monthname-year-sk", DateTransforms.MonthYearSk),
        ("date-monthname-year-sl", DateTransforms.MonthYearSl),
        ("date-monthname-year-sv", DateTransforms.MonthYearDk),
        ("date-monthroman-year", DateTransforms.MonthYearRoman),
        ("date-year-day-monthname-lv", DateTransforms.YearDayMonthLv),
        ("date-year-month", DateTransforms.YearMonthNumeric),
        ("date-year-month-day", DateTransforms.YearMonthDayNumeric),
        ("date-year-monthname-en", DateTransforms.YearMonthEn),
        ("date-year-monthname-hu", DateTransforms.YearMonthHu),
        ("date-year-monthname-day-hu", DateTransforms.YearMonthDayHu),
        ("date-year-monthname-day-lt", DateTransforms.YearMonthDayLt),
        ("date-year-monthname-lt", DateTransforms.YearMonthLt),
        ("date-year-monthname-lv", DateTransforms.YearMonthLv),
        ("fixed-empty", NumberTransforms.Empty),
        ("fixed-false", NumberTransforms.False),
        ("fixed-true", NumberTransforms.True),
        ("fixed-zero", NumberTransforms.Zero),
        ("num-comma-decimal", NumberTransforms.NumCommaDecimalTrr4),
        ("num-dot-decimal", NumberTransforms.NumDotDecimalTrr4),
        ("numdotdecimalin", NumberTransforms.NumDotDecimalInTrr4),
        ("num-unit-decimal", NumberTransforms.NumUnitDecimalTrr4),
    ];

    /// <summary>TRR 5 is TRR 4 and these: Welsh month names and apostrophes separating thousands.</summary>
    private static readonly (string Name, TransformFunction Function)[] Trr5Additions =
    [
        ("date-day-monthname-cy", DateTransforms.DayMonthCy),
        ("date-day-monthname-year-cy", DateTransforms.DayMonthYearCy),
        ("date-monthname-year-cy", DateTransforms.MonthYearCy),
        ("num-comma-decimal-apos", NumberTransforms.NumCommaDecimalApos),
        ("num-dot-decimal-apos", NumberTransforms.NumDotDecimalApos),
        ("num-unit-decimal-apos", NumberTransforms.NumUnitDecimalApos),
    ];

    private static readonly (string Name, TransformFunction Function)[] Sec =
    [
        ("duryear", SecTransforms.DurYear),
        ("durmonth", SecTransforms.DurMonth),
        ("durweek", SecTransforms.DurWeek),
        ("durday", SecTransforms.DurDay),
        ("durhour", SecTransforms.DurHour),
        ("datequarterend", SecTransforms.DateQuarterEnd),
        ("numinf", SecTransforms.Infinity),
        ("numneginf", SecTransforms.NegativeInfinity),
        ("numnan", SecTransforms.NotANumber),
        ("numwordsen", SecTransforms.NumWordsEn),
        ("durwordsen", SecTransforms.DurWordsEn),
        ("boolballotbox", SecTransforms.BoolBallotBox),
        ("yesnoballotbox", SecTransforms.YesNoBallotBox),
        ("stateprovnameen", SecTransforms.StateProvNameEn),
        ("countrynameen", SecTransforms.CountryNameEn),
        ("edgarprovcountryen", SecTransforms.EdgarProvCountryEn),
        ("exchnameen", SecTransforms.ExchNameEn),
        ("entityfilercategoryen", SecTransforms.EntityFilerCategoryEn),
    ];

    private static readonly FrozenDictionary<string, FrozenDictionary<string, TransformFunction>> Registries = BuildRegistries();

    /// <summary>The formats each registry namespace defines, for listing and for tests.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> FormatNames { get; } =
        Registries.ToDictionary(r => r.Key, r => (IReadOnlyCollection<string>)r.Value.Keys, StringComparer.Ordinal);

    /// <summary>The function implementing the format, when a known registry defines it.</summary>
    public static bool TryGet(string formatNamespace, string localName, [NotNullWhen(true)] out TransformFunction? function)
    {
        function = null;
        return formatNamespace is not null && localName is not null
            && Registries.TryGetValue(formatNamespace, out var registry)
            && registry.TryGetValue(localName, out function);
    }

    private static FrozenDictionary<string, FrozenDictionary<string, TransformFunction>> BuildRegistries()
    {
        var trr1 = Freeze(Trr1);
        return new Dictionary<string, FrozenDictionary<string, TransformFunction>>(StringComparer.Ordinal)
        {
            [Trr0Namespace] = trr1,
            [Trr1Namespace] = trr1,
            [Trr2Namespace] = Freeze(Trr2),
            [Trr3Namespace] = Freeze([.. Trr2, .. Trr3Additions]),
            [Trr4Namespace] = Freeze(Trr4),
            [Trr5Namespace] = Freeze([.. Trr4, .. Trr5Additions]),
            [SecNamespace] = Freeze(Sec),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, TransformFunction> Freeze((string Name, TransformFunction Function)[] table)
    {
        var formats = new Dictionary<string, TransformFunction>(StringComparer.Ordinal);
        foreach (var (name, function) in table)
        {
            formats.Add(name, function); // Add: a name listed twice in one registry is a mistake in the table
        }

        return formats.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
