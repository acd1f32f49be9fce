using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedTaxonomy.Validation;

/// <summary>
/// What a binding of a summation or roll-forward is checked as, for its finding: the rule code, the phrase that
/// names its items, and what it is called.
/// </summary>
internal readonly record struct CalculationKind(string Rule, string ItemsPhrase, bool IsRollForward)
{
    private const string ItemsAddUpTo = " but its items add up to";

    private const string RollForwardItems = " but its opening balance and changes come to";

    private static readonly CalculationKind ClassicSummation = new(ValidationRules.ClassicCalculationInconsistency, ItemsAddUpTo, false);

    private static readonly CalculationKind RoundToNearestSummation = new(ValidationRules.InconsistentCalculation, ItemsAddUpTo, false);

    private static readonly CalculationKind TruncationSummation = new(ValidationRules.InconsistentCalculationTruncation, ItemsAddUpTo, false);

    private static readonly CalculationKind StatementRollForward = new(ValidationRules.RollForwardInconsistency, " at the end" + RollForwardItems, true);

    /// <summary>"summation" or "roll-forward".</summary>
    public string Name => IsRollForward ? "roll-forward" : "summation";

    /// <summary>A summation checked in <paramref name="mode"/>.</summary>
    public static CalculationKind Summation(CalculationMode mode) => mode switch
    {
        CalculationMode.Classic => ClassicSummation,
        CalculationMode.Truncate => TruncationSummation,
        _ => RoundToNearestSummation,
    };

    /// <summary>A roll-forward of a statement, whose period is the statement's.</summary>
    public static CalculationKind RollForward() => StatementRollForward;

    /// <summary>A roll-forward over <paramref name="period"/>, as a report binds it.</summary>
    public static CalculationKind RollForward(Period period) =>
        new(ValidationRules.RollForwardInconsistency, $" at the end of {period}" + RollForwardItems, true);
}

/// <summary>Where the facts of a binding are: the total's period, members and unit, and the total's fact when there is one.</summary>
internal readonly record struct BindingPlace(Period Period, IReadOnlyList<ExplicitMember> Members, Unit? Unit, Fact? Fact);

/// <summary>
/// The verdict on one binding of a summation or roll-forward, in either calculation mode, and the findings that
/// report it: the one home of both, called by the generated statement validators (through <see cref="Summation"/>,
/// which adds up a statement's items without allocating) and by <see cref="ReportValidator"/> (which binds a
/// report's facts, duplicates included).
/// </summary>
internal static class CalculationVerdict
{
    /// <summary>
    /// XBRL 2.1 section 5.2.5.2: consistent when the sum of the items, each rounded to its decimals, rounded to the
    /// total's decimals equals the total rounded to them.
    /// </summary>
    /// <param name="sum">The sum of the weighted items, each already rounded to its own decimals.</param>
    /// <param name="total">The reported total.</param>
    /// <param name="totalDecimals">The total's decimals.</param>
    public static bool IsClassicConsistent(decimal sum, decimal total, Decimals totalDecimals) =>
        XbrlRounding.Round(sum, totalDecimals) == XbrlRounding.Round(total, totalDecimals);

    /// <summary>
    /// The interval of values a fact of <paramref name="value"/> and <paramref name="decimals"/> stands for in a
    /// Calculations 1.1 mode: ± ½·10^-decimals around it when rounded to nearest; when truncated, the values whose
    /// truncation it is: [v, v + 10^-decimals] above zero, [v − 10^-decimals, v] below, [−10^-decimals, 10^-decimals]
    /// at zero. An exact value (infinite decimals) is the interval [v, v].
    /// </summary>
    public static ValueInterval IntervalOf(decimal value, Decimals decimals, CalculationMode mode)
    {
        var (low, high) = XbrlRounding.Interval(value, decimals);
        if (mode != CalculationMode.Truncate || low == high)
        {
            return new ValueInterval(low, high);
        }

        var unit = high - low; // the whole unit 10^-decimals: the rounding interval is half a unit either side
        return value > 0 ? new ValueInterval(value, Saturating(value, unit))
            : value < 0 ? new ValueInterval(Saturating(value, -unit), value)
            : new ValueInterval(-unit, unit);

        static decimal Saturating(decimal a, decimal b)
        {
            try
            {
                return a + b;
            }
            catch (OverflowException)
            {
                return b > 0 ? decimal.MaxValue : decimal.MinValue;
            }
        }
    }

    /// <summary>Calculations 1.1 (either mode): consistent when the total's interval and the items' share a value.</summary>
    public static bool IsIntervalConsistent(ValueInterval total, ValueInterval sum) => total.Overlaps(sum);

    /// <summary>
    /// Calculations 1.1 on intervals centred on their values: [t − h, t + h] and [S − Σhᵢ, S + Σhᵢ] overlap exactly
    /// when |t − S| ≤ h + Σhᵢ, which is <paramref name="tolerance"/>.
    /// </summary>
    public static bool IsRoundToNearestConsistent(decimal total, decimal sum, decimal tolerance) => Math.Abs(total - sum) <= tolerance;

    /// <summary>The classic finding: the total and the sum, both rounded to the total's decimals, differ.</summary>
    /// <param name="kind">What is checked.</param>
    /// <param name="total">The total's concept.</param>
    /// <param name="reportedValue">The total as reported.</param>
    /// <param name="sum">The sum of the weighted items, each rounded to its decimals.</param>
    /// <param name="totalDecimals">The total's decimals.</param>
    /// <param name="nameDecimals">Whether the message names the decimals rounded to.</param>
    /// <param name="place">Where the facts are.</param>
    /// <param name="missing">The items not reported, in the calculation's order.</param>
    public static ValidationFinding ClassicInconsistency(in CalculationKind kind, Concept total, decimal reportedValue, decimal sum, Decimals totalDecimals, bool nameDecimals, in BindingPlace place, IReadOnlyList<Concept> missing)
    {
        var expected = XbrlRounding.Round(sum, totalDecimals);
        var reported = XbrlRounding.Round(reportedValue, totalDecimals);
        var message = $"{total} is {Format(reported)}{kind.ItemsPhrase} {Format(expected)}" + (nameDecimals ? $" (rounded to decimals {totalDecimals})" : string.Empty);
        return Inconsistency(kind, total, reportedValue, null, new ValueInterval(expected, expected), place, missing, message);
    }

    /// <summary>The Calculations 1.1 finding (either mode): the total's interval and the items' do not overlap.</summary>
    public static ValidationFinding IntervalInconsistency(in CalculationKind kind, Concept total, decimal? reportedValue, ValueInterval reported, ValueInterval sum, in BindingPlace place, IReadOnlyList<Concept> missing) =>
        Inconsistency(kind, total, reportedValue, reported, sum, place, missing, $"{total} is {reported}{kind.ItemsPhrase} {sum}");

    /// <summary>A value of a statement's binding has digits finer than its decimals, so Calculations 1.1 does not check it.</summary>
    /// <param name="kind">What is checked.</param>
    /// <param name="culprit">The concept whose value has the excess digits.</param>
    /// <param name="total">The total's concept.</param>
    /// <param name="reportedValue">The total as reported.</param>
    /// <param name="place">Where the facts are.</param>
    public static ValidationFinding ExcessDigits(in CalculationKind kind, Concept culprit, Concept total, decimal reportedValue, in BindingPlace place) =>
        new(ValidationRules.ExcessDigits, ValidationSeverity.Inconsistency, total, place.Period, place.Members,
            $"{culprit} has digits finer than its decimals allow, so the {(kind.IsRollForward ? "roll-forward" : "calculation")} of {total} for {ValidationFinding.Describe(place.Period, place.Members)} is not checked")
        {
            Unit = place.Unit,
            ReportedValue = reportedValue,
        };

    /// <summary>A fact of a report's binding has digits finer than its decimals, which stops the Calculations 1.1 check.</summary>
    public static ValidationFinding ExcessDigits(Concept concept, Fact fact, decimal value, Decimals decimals) =>
        new(ValidationRules.ExcessDigits, ValidationSeverity.Inconsistency, concept, fact.Period, fact.Dimensions,
            $"{concept} is {Format(value)} with decimals {decimals}: digits finer than its decimals stop the calculation check")
        {
            Fact = fact,
            Unit = fact.Unit,
            ReportedValue = value,
        };

    /// <summary>A fact of precision 0 in a classic binding: its value is not known to any digit, so no sum can equal it.</summary>
    public static ValidationFinding PrecisionZero(in CalculationKind kind, Concept total, Fact totalFact, Fact culprit, IReadOnlyList<Concept> missing) =>
        new(kind.Rule, ValidationSeverity.Inconsistency, total, totalFact.Period, totalFact.Dimensions,
            $"{culprit.ConceptName} has precision 0, so its value is not known to any digit and the {kind.Name} of {total} cannot be consistent for {ValidationFinding.Describe(totalFact.Period, totalFact.Dimensions)}")
        {
            Fact = culprit,
            Unit = totalFact.Unit,
            ReportedValue = totalFact.NumericValue,
            MissingItems = missing,
        };

    /// <summary>Duplicates of a concept in one context and unit disagree, so Calculations 1.1 checks no binding with them.</summary>
    public static ValidationFinding InconsistentDuplicates(Concept concept, IReadOnlyList<Fact> facts)
    {
        var first = facts[0];
        var values = new string?[facts.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = facts[i].IsNil ? "nil" : facts[i].Value;
        }

        return new ValidationFinding(ValidationRules.InconsistentDuplicates, ValidationSeverity.Inconsistency, concept, first.Period, first.Dimensions,
            $"{concept} is reported {facts.Count} times in one context and unit with inconsistent values ({string.Join(", ", values)}); calculations using it are not checked")
        {
            Fact = first,
            Unit = first.Unit,
        };
    }

    private static ValidationFinding Inconsistency(in CalculationKind kind, Concept total, decimal? reportedValue, ValueInterval? reportedInterval, ValueInterval expected, in BindingPlace place, IReadOnlyList<Concept> missing, string message)
    {
        var suffix = missing.Count == 0 ? string.Empty : $"; not reported: {string.Join(", ", missing)}";
        return new ValidationFinding(kind.Rule, ValidationSeverity.Inconsistency, total, place.Period, place.Members, $"{message} for {ValidationFinding.Describe(place.Period, place.Members)}{suffix}")
        {
            Fact = place.Fact,
            Unit = place.Unit,
            ReportedValue = reportedValue,
            ReportedInterval = reportedInterval,
            Expected = expected,
            MissingItems = missing,
        };
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
