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
        ("numcommadot", NumberTransforms.NumCommaDot),
        ("numdash", NumberTransforms.NumDash),
        ("numspacedot", NumberTransforms.NumSpaceDot),
        ("numdotcomma", NumberTransforms.NumDotComma),
        ("numcomma", NumberTransforms.NumComma),
        ("numspacecomma", NumberTransforms.NumSpaceComma),
    ];

    private static readonly (string Name, TransformFunction Function)[] Trr2 =
    [
        ("booleanfalse", NumberTransforms.False),
        ("booleantrue", NumberTransforms.True),
        ("datedaymonthen", DateTransforms.DayMonthEn),
        ("datedaymonthyearen", DateTransforms.DayMonthYearEn),
        ("datemonthdayen", DateTransforms.MonthDayEn),
        ("datemonthdayyearen", DateTransforms.MonthDayYearEn),
        ("datemonthyearen", DateTransforms.MonthYearEn),
        ("dateyearmonthen", DateTransforms.YearMonthEn),
        ("nocontent", NumberTransforms.Empty),
        ("numcommadecimal", NumberTransforms.NumCommaDecimal),
        ("zerodash", NumberTransforms.ZeroDash),
        ("numdotdecimal", NumberTransforms.NumDotDecimal),
        ("numunitdecimal", NumberTransforms.NumUnitDecimal),
    ];

    /// <summary>TRR 3 is TRR 2 and these.</summary>
    private static readonly (string Name, TransformFunction Function)[] Trr3Additions =
    [
        ("numdotdecimalin", NumberTransforms.NumDotDecimalIn),
        ("numunitdecimalin", NumberTransforms.NumUnitDecimalIn),
    ];

    private static readonly (string Name, TransformFunction Function)[] Trr4 =
    [
        ("date-day-monthname-en", DateTransforms.DayMonthEn),
        ("date-day-monthname-year-en", DateTransforms.DayMonthYearEn),
        ("date-monthname-day-en", DateTransforms.MonthDayEn),
        ("date-monthname-day-year-en", DateTransforms.MonthDayYearEn),
        ("date-monthname-year-en", DateTransforms.MonthYearEn),
        ("date-year-monthname-en", DateTransforms.YearMonthEn),
        ("fixed-empty", NumberTransforms.Empty),
        ("fixed-false", NumberTransforms.False),
        ("fixed-true", NumberTransforms.True),
        ("fixed-zero", NumberTransforms.Zero),
        ("num-comma-decimal", NumberTransforms.NumCommaDecimalTrr4),
        ("num-dot-decimal", NumberTransforms.NumDotDecimalTrr4),
        ("numdotdecimalin", NumberTransforms.NumDotDecimalInTrr4),
        ("num-unit-decimal", NumberTransforms.NumUnitDecimalTrr4),
    ];

    /// <summary>TRR 5 is TRR 4 and these.</summary>
    private static readonly (string Name, TransformFunction Function)[] Trr5Additions =
    [
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
