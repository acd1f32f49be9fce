using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Validation;

/// <summary>
/// One summation being checked: generated validators add the items, then check the total. A value type
/// kept on the stack, so a consistent calculation allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// Items not reported contribute nothing, as XBRL specifies; which ones were missing is remembered so a
/// finding can tell a partly reported total from an arithmetic error. A total with no reported item is
/// not bound and not checked.
/// </para>
/// <para>
/// Calculations 1.1 compares intervals: the total's [t − h, t + h] and the items' [S − Σhᵢ, S + Σhᵢ], where
/// h = ½·10^-decimals. They overlap exactly when |t − S| ≤ h + Σhᵢ, which is what is computed. Amounts in
/// full units with negative decimals (thousands, millions) are whole numbers, so the sums run on 64-bit
/// integers while every value fits, and on <see cref="decimal"/> otherwise; both are exact. In truncation mode the
/// intervals are not centred on the values, so their bounds are added (in decimal).
/// </para>
/// </remarks>
public struct Summation
{
    private readonly CalculationMode mode;
    private readonly bool isRollForward;
    private bool integral;
    private long integerSum;
    private long integerTolerance;
    private decimal decimalSum;
    private decimal decimalTolerance;
    private ulong missingItems;
    private int itemCount;
    private int reportedItems;
    private int excessDigitsItem;

    /// <summary>Starts a summation.</summary>
    public Summation(CalculationMode mode)
        : this(mode, isRollForward: false)
    {
    }

    private Summation(CalculationMode mode, bool isRollForward)
    {
        this.mode = mode;
        this.isRollForward = isRollForward;
        integral = mode != CalculationMode.Truncate; // truncation intervals are not symmetric: kept as bounds, in decimal
        integerSum = 0;
        integerTolerance = 0;
        decimalSum = 0m;
        decimalTolerance = 0m;
        missingItems = 0;
        itemCount = 0;
        reportedItems = 0;
        excessDigitsItem = -1;
    }

    /// <summary>
    /// Starts a roll-forward: add the opening balance first, then the changes over the period; then check the
    /// closing balance. The same arithmetic as a summation, in either mode; it binds only when the opening balance
    /// and at least one change are reported, and its findings are <see cref="ValidationRules.RollForwardInconsistency"/>.
    /// </summary>
    public static Summation RollForward(CalculationMode mode) => new(mode, isRollForward: true);

    /// <summary>Adds the next contributing item (in the calculation's order); a null value is an unreported item.</summary>
    public void Add(decimal? value, Decimals decimals, int weight) => Add(NumericItem.Of(value), decimals, weight);

    /// <summary>Adds the next contributing item as a statement stores it; its own decimals, else <paramref name="statementDecimals"/>.</summary>
    public void Add(in NumericItem item, Decimals statementDecimals, int weight)
    {
        var index = itemCount++;
        var decimals = item.Decimals ?? statementDecimals;
        if (!item.HasValue)
        {
            MarkMissing(index);
        }
        else if (integral && item.IsWhole && Arithmetic.TryUnitPower(decimals, out var unitPower))
        {
            AddWhole(index, item.Whole, unitPower, weight);
        }
        else
        {
            AddDecimal(index, item.ValueOrZero, decimals, weight);
        }
    }

    /// <summary>Checks a total as a statement stores it: its own decimals, else <paramref name="statementDecimals"/>.</summary>
    /// <param name="total">The reported total; nothing is checked when it is not reported.</param>
    /// <param name="statementDecimals">The decimals of the statement, for a total without its own.</param>
    /// <param name="totalConcept">The total's concept.</param>
    /// <param name="items">The contributing items' concepts, in the order they were added.</param>
    /// <param name="statement">The statement the values come from.</param>
    /// <param name="findings">Where findings go, created on the first finding.</param>
    public readonly void Check(in NumericItem total, Decimals statementDecimals, Concept totalConcept, Concept[] items, IStatement statement, ref List<ValidationFinding>? findings)
    {
        if (!total.HasValue || reportedItems == 0 || (isRollForward && ((missingItems & 1UL) != 0 || reportedItems < 2)))
        {
            return; // not bound: no item, or for a roll-forward no opening balance or no change
        }

        var decimals = total.Decimals ?? statementDecimals;
        if (integral && total.IsWhole && Arithmetic.TryUnitPower(decimals, out var unitPower))
        {
            CheckWhole(total.ValueOrZero, total.Whole, unitPower, decimals, totalConcept, items, statement, ref findings);
        }
        else
        {
            CheckDecimal(total.ValueOrZero, decimals, totalConcept, items, statement, ref findings);
        }
    }

    private void MarkMissing(int index)
    {
        if (index < 64)
        {
            missingItems |= 1UL << index;
        }
    }

    private void AddWhole(int index, long whole, int unitPower, int weight)
    {
        reportedItems++;
        if (mode == CalculationMode.Classic)
        {
            integerSum += Arithmetic.RoundHalfEven(whole, unitPower) * weight;
            return;
        }

        if (excessDigitsItem < 0 && !Arithmetic.IsMultipleOfPowerOfTen(whole, unitPower))
        {
            excessDigitsItem = index;
        }

        integerSum += whole * weight;
        integerTolerance += Arithmetic.HalfUnit(unitPower);
    }

    private void AddDecimal(int index, decimal reported, Decimals decimals, int weight)
    {
        reportedItems++;
        SwitchToDecimal();
        if (mode == CalculationMode.Classic)
        {
            decimalSum += XbrlRounding.Round(reported, decimals) * weight;
            return;
        }

        if (excessDigitsItem < 0 && XbrlRounding.HasExcessDigits(reported, decimals))
        {
            excessDigitsItem = index;
        }

        if (mode == CalculationMode.Truncate)
        {
            // The sum's interval is [decimalSum, decimalSum + decimalTolerance]: lower bounds and widths add up.
            var interval = CalculationVerdict.IntervalOf(reported, decimals, mode).Times(weight);
            decimalSum += interval.Low;
            decimalTolerance = Arithmetic.SaturatingAdd(decimalTolerance, interval.High - interval.Low);
            return;
        }

        decimalSum += reported * weight;
        decimalTolerance = Arithmetic.SaturatingAdd(decimalTolerance, Arithmetic.HalfUnit(decimals));
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
    public readonly void Check(decimal? total, Decimals totalDecimals, Concept totalConcept, Concept[] items, IStatement statement, ref List<ValidationFinding>? findings) =>
        Check(NumericItem.Of(total), totalDecimals, totalConcept, items, statement, ref findings);

    private readonly void CheckDecimal(decimal reportedTotal, Decimals totalDecimals, Concept totalConcept, Concept[] items, IStatement statement, ref List<ValidationFinding>? findings)
    {
        if (mode == CalculationMode.Classic)
        {
            if (!CalculationVerdict.IsClassicConsistent(Sum, reportedTotal, totalDecimals))
            {
                ReportClassic(reportedTotal, totalDecimals, totalConcept, items, statement, ref findings);
            }

            return;
        }

        if (excessDigitsItem < 0 && !XbrlRounding.HasExcessDigits(reportedTotal, totalDecimals) && mode == CalculationMode.Truncate)
        {
            var totalInterval = CalculationVerdict.IntervalOf(reportedTotal, totalDecimals, mode);
            var sumInterval = new ValueInterval(decimalSum, Arithmetic.SaturatingAdd(decimalSum, decimalTolerance));
            if (!CalculationVerdict.IsIntervalConsistent(totalInterval, sumInterval))
            {
                (findings ??= new()).Add(CalculationVerdict.IntervalInconsistency(Kind, totalConcept, reportedTotal, totalInterval, sumInterval, Place(statement), Missing(items)));
            }

            return;
        }

        if (excessDigitsItem < 0 && !XbrlRounding.HasExcessDigits(reportedTotal, totalDecimals))
        {
            if (!CalculationVerdict.IsRoundToNearestConsistent(reportedTotal, Sum, Arithmetic.SaturatingAdd(Tolerance, Arithmetic.HalfUnit(totalDecimals))))
            {
                ReportInterval(reportedTotal, totalDecimals, totalConcept, items, statement, ref findings);
            }

            return;
        }

        ReportExcessDigits(reportedTotal, totalConcept, items, statement, ref findings);
    }

    private readonly void CheckWhole(decimal reportedTotal, long whole, int unitPower, Decimals totalDecimals, Concept totalConcept, Concept[] items, IStatement statement, ref List<ValidationFinding>? findings)
    {
        if (mode == CalculationMode.Classic)
        {
            if (Arithmetic.RoundHalfEven(integerSum, unitPower) != Arithmetic.RoundHalfEven(whole, unitPower))
            {
                ReportClassic(reportedTotal, totalDecimals, totalConcept, items, statement, ref findings);
            }

            return;
        }

        if (excessDigitsItem >= 0 || !Arithmetic.IsMultipleOfPowerOfTen(whole, unitPower))
        {
            ReportExcessDigits(reportedTotal, totalConcept, items, statement, ref findings);
        }
        else if (Math.Abs(whole - integerSum) > integerTolerance + Arithmetic.HalfUnit(unitPower))
        {
            ReportInterval(reportedTotal, totalDecimals, totalConcept, items, statement, ref findings);
        }
    }

    private readonly void ReportExcessDigits(decimal reportedTotal, Concept totalConcept, Concept[] items, IStatement statement, ref List<ValidationFinding>? findings)
    {
        var culprit = excessDigitsItem >= 0 ? items[excessDigitsItem] : totalConcept;
        (findings ??= new()).Add(CalculationVerdict.ExcessDigits(Kind, culprit, totalConcept, reportedTotal, Place(statement)));
    }

    private readonly decimal Sum => integral ? integerSum : decimalSum;

    private readonly decimal Tolerance => integral ? integerTolerance : decimalTolerance;

    private void SwitchToDecimal()
    {
        if (integral)
        {
            integral = false;
            decimalSum = integerSum;
            decimalTolerance = integerTolerance;
        }
    }

    private readonly void ReportClassic(decimal reportedTotal, Decimals totalDecimals, Concept totalConcept, Concept[] items, IStatement statement, ref List<ValidationFinding>? findings) =>
        (findings ??= new()).Add(CalculationVerdict.ClassicInconsistency(Kind, totalConcept, reportedTotal, Sum, totalDecimals, nameDecimals: true, Place(statement), Missing(items)));

    private readonly void ReportInterval(decimal reportedTotal, Decimals totalDecimals, Concept totalConcept, Concept[] items, IStatement statement, ref List<ValidationFinding>? findings) =>
        (findings ??= new()).Add(CalculationVerdict.IntervalInconsistency(Kind, totalConcept, reportedTotal, ValueInterval.Of(reportedTotal, totalDecimals), new ValueInterval(Sum - Tolerance, Sum + Tolerance), Place(statement), Missing(items)));

    private readonly CalculationKind Kind => isRollForward ? CalculationKind.RollForward() : CalculationKind.Summation(mode);

    private static BindingPlace Place(IStatement statement) => new(statement.Period, statement.Members, statement.Currency, null);

    /// <summary>The items not reported, in the order they were added.</summary>
    private readonly List<Concept> Missing(Concept[] items)
    {
        var missing = new List<Concept>();
        for (var i = 0; i < items.Length && i < 64; i++)
        {
            if ((missingItems & (1UL << i)) != 0)
            {
                missing.Add(items[i]);
            }
        }

        return missing;
    }

    /// <summary>Whole-number arithmetic for values in full units with negative (or infinite) decimals.</summary>
    private static class Arithmetic
    {
        public static readonly long[] PowersOfTen = CreatePowersOfTen();

        private static readonly ulong[] InversesOfPowersOfFive = CreateInversesOfPowersOfFive(out MultipleLimits);

        private static readonly ulong[] MultipleLimits;

        private static readonly decimal[] HalfUnits = CreateHalfUnits();

        /// <summary>
        /// The power of ten of a unit of <paramref name="decimals"/> (3 for -3; 0 for INF), when the integer path
        /// can take it: decimals 0 and above have a fractional half unit, so the decimal path takes them.
        /// </summary>
        public static bool TryUnitPower(Decimals decimals, out int unitPower)
        {
            unitPower = 0;
            if (decimals.IsInfinite)
            {
                return true;
            }

            var places = decimals.Places!.Value;
            if (places >= 0 || places < -17)
            {
                return false;
            }

            unitPower = -places;
            return true;
        }

        /// <summary>
        /// Whether |value| is a multiple of 10^k, without a division: 10^k = 2^k·5^k, so the value needs k
        /// trailing zero bits, and the rest must be a multiple of 5^k, which multiplying by the inverse of 5^k
        /// modulo 2^64 tells (the result is at most ⌊(2^64 − 1) / 5^k⌋ exactly for multiples).
        /// </summary>
        public static bool IsMultipleOfPowerOfTen(long value, int k)
        {
            if (k == 0 || value == 0)
            {
                return true;
            }

            var magnitude = (ulong)Math.Abs(value);
            if (System.Numerics.BitOperations.TrailingZeroCount(magnitude) < k)
            {
                return false;
            }

            return (magnitude >> k) * InversesOfPowersOfFive[k] <= MultipleLimits[k];
        }

        /// <summary>½·10^k as a whole number; 0 for k = 0, which on this path means INF (exact).</summary>
        public static long HalfUnit(int unitPower) => unitPower == 0 ? 0 : 5 * PowersOfTen[unitPower - 1];

        /// <summary>½·10^-decimals as a decimal; 0 for INF or beyond decimal's resolution.</summary>
        public static decimal HalfUnit(Decimals decimals)
        {
            if (decimals.IsInfinite)
            {
                return 0m;
            }

            var places = decimals.Places!.Value;
            return places is >= -28 and <= 27 ? HalfUnits[places + 28] : places > 27 ? 0m : decimal.MaxValue;
        }

        /// <summary>a + b for non-negative tolerances, stopping at decimal's maximum (a half unit of decimals -29 is beyond it).</summary>
        public static decimal SaturatingAdd(decimal a, decimal b) => a > decimal.MaxValue - b ? decimal.MaxValue : a + b;

        /// <summary>Rounds a whole number to a multiple of 10^k, ties to even, as XBRL 2.1 does.</summary>
        public static long RoundHalfEven(long value, int unitPower)
        {
            if (unitPower == 0)
            {
                return value;
            }

            var unit = PowersOfTen[unitPower];
            var quotient = value / unit;
            var twiceRemainder = 2 * Math.Abs(value % unit);
            if (twiceRemainder > unit || (twiceRemainder == unit && (quotient & 1) != 0))
            {
                quotient += value < 0 ? -1 : 1;
            }

            return quotient * unit;
        }

        private static long[] CreatePowersOfTen()
        {
            var powers = new long[19];
            powers[0] = 1;
            for (var i = 1; i < powers.Length; i++)
            {
                powers[i] = powers[i - 1] * 10;
            }

            return powers;
        }

        private static ulong[] CreateInversesOfPowersOfFive(out ulong[] limits)
        {
            var inverses = new ulong[19];
            limits = new ulong[19];
            ulong power = 1;
            for (var k = 0; k < inverses.Length; k++)
            {
                // Newton's iteration doubles the correct low bits of an odd number's inverse modulo 2^64.
                var inverse = power;
                for (var i = 0; i < 6; i++)
                {
                    inverse *= 2 - (power * inverse);
                }

                inverses[k] = inverse;
                limits[k] = ulong.MaxValue / power;
                power *= 5;
            }

            return inverses;
        }

        private static decimal[] CreateHalfUnits()
        {
            var halves = new decimal[56];
            for (var places = -28; places <= 27; places++)
            {
                var (low, high) = XbrlRounding.Interval(0m, Decimals.Of(places));
                halves[places + 28] = (high - low) / 2m;
            }

            return halves;
        }
    }
}
