using System.Collections.Generic;
using System.Globalization;

namespace TypedTaxonomy.Validation;

/// <summary>
/// One summation being checked: generated validators add the items, then check the total. A value type
/// kept on the stack, so a consistent calculation allocates nothing.
/// </summary>
/// <remarks>
/// Items not reported contribute nothing, as XBRL specifies; which ones were missing is remembered so a
/// finding can tell a partly reported total from an arithmetic error. A total with no reported item is
/// not bound and not checked.
/// </remarks>
public struct Summation
{
    private readonly CalculationMode mode;
    private decimal roundedSum;
    private ValueInterval interval;
    private ulong missingItems;
    private int itemCount;
    private int reportedItems;
    private int excessDigitsItem;

    /// <summary>Starts a summation.</summary>
    public Summation(CalculationMode mode)
    {
        this.mode = mode;
        roundedSum = 0m;
        interval = default;
        missingItems = 0;
        itemCount = 0;
        reportedItems = 0;
        excessDigitsItem = -1;
    }

    /// <summary>Adds the next contributing item (in the calculation's order); a null value is an unreported item.</summary>
    public void Add(decimal? value, Decimals decimals, int weight)
    {
        var index = itemCount++;
        if (value is not { } reported)
        {
            if (index < 64)
            {
                missingItems |= 1UL << index;
            }

            return;
        }

        reportedItems++;
        if (mode == CalculationMode.Classic)
        {
            roundedSum += XbrlRounding.Round(reported, decimals) * weight;
            return;
        }

        if (excessDigitsItem < 0 && XbrlRounding.HasExcessDigits(reported, decimals))
        {
            excessDigitsItem = index;
        }

        interval += ValueInterval.Of(reported, decimals).Times(weight);
    }

    /// <summary>
    /// Checks the total against the items added, adding a finding to <paramref name="findings"/> (created on
    /// the first finding) when they are inconsistent or cannot be checked.
    /// </summary>
    /// <param name="total">The reported total, null when not reported (then nothing is checked).</param>
    /// <param name="totalDecimals">The total's decimals.</param>
    /// <param name="totalConcept">The total's concept.</param>
    /// <param name="items">The contributing items' concepts, in the order they were added.</param>
    /// <param name="statement">The statement the values come from.</param>
    /// <param name="findings">Where findings go.</param>
    public readonly void Check(decimal? total, Decimals totalDecimals, Concept totalConcept, Concept[] items, IStatement statement, ref List<ValidationFinding>? findings)
    {
        if (total is not { } reportedTotal || reportedItems == 0)
        {
            return;
        }

        if (mode == CalculationMode.Classic)
        {
            var expected = XbrlRounding.Round(roundedSum, totalDecimals);
            var reported = XbrlRounding.Round(reportedTotal, totalDecimals);
            if (expected != reported)
            {
                (findings ??= new()).Add(Inconsistent(ValidationRules.ClassicCalculationInconsistency, totalConcept, reportedTotal, null, new ValueInterval(expected, expected), items, statement,
                    $"{totalConcept} is {Format(reported)} but its items add up to {Format(expected)} (rounded to decimals {totalDecimals})"));
            }

            return;
        }

        if (excessDigitsItem >= 0 || XbrlRounding.HasExcessDigits(reportedTotal, totalDecimals))
        {
            var culprit = excessDigitsItem >= 0 ? items[excessDigitsItem] : totalConcept;
            (findings ??= new()).Add(new ValidationFinding(ValidationRules.ExcessDigits, ValidationSeverity.Inconsistency, totalConcept, statement.Period, statement.Members,
                $"{culprit} has digits finer than its decimals allow, so the calculation of {totalConcept} for {ValidationFinding.Describe(statement.Period, statement.Members)} is not checked")
            {
                Unit = statement.Currency,
                ReportedValue = reportedTotal,
            });
            return;
        }

        var totalInterval = ValueInterval.Of(reportedTotal, totalDecimals);
        if (!totalInterval.Overlaps(interval))
        {
            (findings ??= new()).Add(Inconsistent(ValidationRules.InconsistentCalculation, totalConcept, reportedTotal, totalInterval, interval, items, statement,
                $"{totalConcept} is {totalInterval} but its items add up to {interval}"));
        }
    }

    private readonly ValidationFinding Inconsistent(string rule, Concept totalConcept, decimal reportedTotal, ValueInterval? reportedInterval, ValueInterval expected, Concept[] items, IStatement statement, string message)
    {
        var missing = new List<Concept>();
        for (var i = 0; i < items.Length && i < 64; i++)
        {
            if ((missingItems & (1UL << i)) != 0)
            {
                missing.Add(items[i]);
            }
        }

        var where = ValidationFinding.Describe(statement.Period, statement.Members);
        var suffix = missing.Count == 0 ? string.Empty : $"; not reported: {string.Join(", ", missing)}";
        return new ValidationFinding(rule, ValidationSeverity.Inconsistency, totalConcept, statement.Period, statement.Members, $"{message} for {where}{suffix}")
        {
            Unit = statement.Currency,
            ReportedValue = reportedTotal,
            ReportedInterval = reportedInterval,
            Expected = expected,
            MissingItems = missing,
        };
    }

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
