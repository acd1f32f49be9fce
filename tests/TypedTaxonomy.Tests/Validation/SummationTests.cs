using System;
using System.Collections.Generic;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Tests.Validation;

/// <summary>
/// The summation arithmetic against the definitions it implements: interval overlap (Calculations 1.1, rounded to nearest or truncated)
/// and round-then-compare (XBRL 2.1), over many values, decimals and weights, on both its integer and its
/// decimal path.
/// </summary>
public sealed class SummationTests
{
    private static readonly Concept Total = new(new QName("http://example.com", "x", "Total"), DataType.Monetary, PeriodType.Duration, Balance.Credit, false, true, "Total");
    private static readonly Concept[] Items =
    {
        new(new QName("http://example.com", "x", "A"), DataType.Monetary, PeriodType.Duration, Balance.Credit, false, true, "A"),
        new(new QName("http://example.com", "x", "B"), DataType.Monetary, PeriodType.Duration, Balance.Debit, false, true, "B"),
        new(new QName("http://example.com", "x", "C"), DataType.Monetary, PeriodType.Duration, Balance.Credit, false, true, "C"),
    };

    [Theory]
    [InlineData(CalculationMode.RoundToNearest)]
    [InlineData(CalculationMode.Truncate)]
    [InlineData(CalculationMode.Classic)]
    public void AgreesWithTheDefinitionOnRandomCases(CalculationMode mode)
    {
        var random = new Random(20261123);
        var decimalsChoices = new[] { Decimals.Of(-15), Decimals.Of(-9), Decimals.Of(-6), Decimals.Of(-3), Decimals.Of(-2), Decimals.Of(-1), Decimals.Of(0), Decimals.Of(2), Decimals.Infinite };
        for (var run = 0; run < 20_000; run++)
        {
            var values = new decimal?[Items.Length];
            var decimals = new Decimals[Items.Length];
            var weights = new int[Items.Length];
            for (var i = 0; i < Items.Length; i++)
            {
                decimals[i] = decimalsChoices[random.Next(decimalsChoices.Length)];
                values[i] = random.Next(5) == 0 ? null : Value(random, decimals[i]);
                weights[i] = random.Next(2) == 0 ? 1 : -1;
            }

            var totalDecimals = decimalsChoices[random.Next(decimalsChoices.Length)];
            var expectedSum = Reference.Sum(mode, values, decimals, weights);
            decimal total = random.Next(3) switch
            {
                0 => expectedSum ?? 0m,
                1 => (expectedSum ?? 0m) + Scale(random.Next(-3, 4), decimals[random.Next(decimals.Length)]),
                _ => Value(random, totalDecimals),
            };

            var summation = new Summation(mode);
            var stored = new Summation(mode);
            for (var i = 0; i < Items.Length; i++)
            {
                summation.Add(values[i], decimals[i], weights[i]);

                // As generated statements store items: some with their own decimals, some with the statement's.
                stored.Add(NumericItem.Of(values[i], i % 2 == 0 ? decimals[i] : null), decimals[i], weights[i]);
            }

            List<ValidationFinding>? findings = null;
            summation.Check(total, totalDecimals, Total, Items, Statement.Instance, ref findings);
            List<ValidationFinding>? storedFindings = null;
            stored.Check(NumericItem.Of(total), totalDecimals, Total, Items, Statement.Instance, ref storedFindings);

            var expected = Reference.Verdict(mode, total, totalDecimals, values, decimals, weights);
            var actual = findings is null ? null : findings[0].Rule;
            var storedActual = storedFindings is null ? null : storedFindings[0].Rule;
            Assert.True(expected == actual, $"case {run}: total {total} ({totalDecimals}), items {string.Join(", ", Describe(values, decimals, weights))}: expected {expected ?? "consistent"}, got {actual ?? "consistent"}");
            Assert.True(expected == storedActual, $"case {run} (stored items): expected {expected ?? "consistent"}, got {storedActual ?? "consistent"}");
        }
    }

    [Fact]
    public void ListsTheItemsThatWereNotReported()
    {
        var summation = new Summation(CalculationMode.RoundToNearest);
        summation.Add(100m, Decimals.Infinite, 1);
        summation.Add(null, Decimals.Infinite, 1);
        summation.Add(null, Decimals.Infinite, 1);
        List<ValidationFinding>? findings = null;

        summation.Check(130m, Decimals.Infinite, Total, Items, Statement.Instance, ref findings);

        var finding = Assert.Single(findings!);
        Assert.Equal(new[] { Items[1], Items[2] }, finding.MissingItems);
        Assert.True(finding.IsPartiallyReported);
    }

    [Fact]
    public void ATotalWithoutReportedItemsDoesNotBind()
    {
        var summation = new Summation(CalculationMode.Classic);
        summation.Add(null, Decimals.Infinite, 1);
        List<ValidationFinding>? findings = null;

        summation.Check(130m, Decimals.Infinite, Total, Items, Statement.Instance, ref findings);

        Assert.Null(findings);
    }

    private static decimal Value(Random random, Decimals decimals)
    {
        var magnitude = random.Next(4) == 0 ? random.NextInt64(-1_000_000_000_000L, 1_000_000_000_000L) : random.Next(-100_000, 100_000);
        var value = Scale(magnitude, decimals);
        return random.Next(10) == 0 ? value + 1m : value; // sometimes digits finer than the decimals
    }

    private static decimal Scale(long units, Decimals decimals) =>
        decimals.Places is { } places ? units * Pow10(-places) : units;

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent > 0 ? result * 10m : result / 10m;
        }

        return result;
    }

    private static IEnumerable<string> Describe(decimal?[] values, Decimals[] decimals, int[] weights)
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return $"{weights[i]}×{values[i]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} ({decimals[i]})";
        }
    }

    /// <summary>The definitions, written the plain way: intervals and rounding, no shortcuts.</summary>
    private static class Reference
    {
        public static decimal? Sum(CalculationMode mode, decimal?[] values, Decimals[] decimals, int[] weights)
        {
            decimal? sum = null;
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } v)
                {
                    sum = (sum ?? 0m) + (mode == CalculationMode.Classic ? XbrlRounding.Round(v, decimals[i]) : v) * weights[i];
                }
            }

            return sum;
        }

        public static string? Verdict(CalculationMode mode, decimal total, Decimals totalDecimals, decimal?[] values, Decimals[] decimals, int[] weights)
        {
            if (Sum(mode, values, decimals, weights) is not { } sum)
            {
                return null;
            }

            if (mode == CalculationMode.Classic)
            {
                return XbrlRounding.Round(sum, totalDecimals) == XbrlRounding.Round(total, totalDecimals) ? null : ValidationRules.ClassicCalculationInconsistency;
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } v && XbrlRounding.HasExcessDigits(v, decimals[i]))
                {
                    return ValidationRules.ExcessDigits;
                }
            }

            if (XbrlRounding.HasExcessDigits(total, totalDecimals))
            {
                return ValidationRules.ExcessDigits;
            }

            var interval = new ValueInterval(0m, 0m);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } v)
                {
                    interval += Interval(mode, v, decimals[i]).Times(weights[i]);
                }
            }

            return Interval(mode, total, totalDecimals).Overlaps(interval) ? null
                : mode == CalculationMode.Truncate ? ValidationRules.InconsistentCalculationTruncation : ValidationRules.InconsistentCalculation;
        }

        /// <summary>Round to nearest: v ± ½·10^-d. Truncation: the values v is the truncation of, [v, v + 10^-d] above zero, [v − 10^-d, v] below, [−10^-d, 10^-d] at zero.</summary>
        private static ValueInterval Interval(CalculationMode mode, decimal v, Decimals d)
        {
            if (d.Places is not { } places)
            {
                return new ValueInterval(v, v);
            }

            var unit = Pow10(-places);
            if (mode == CalculationMode.RoundToNearest)
            {
                return new ValueInterval(v - (unit / 2), v + (unit / 2));
            }

            return v > 0 ? new ValueInterval(v, v + unit) : v < 0 ? new ValueInterval(v - unit, v) : new ValueInterval(-unit, unit);
        }
    }

    private sealed class Statement : IStatement
    {
        public static readonly Statement Instance = new();

        public Period Period => Period.Duration(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));

        public Unit? Currency => Unit.Currency("USD");

        public Decimals Decimals => Decimals.Infinite;

        public IReadOnlyList<ExplicitMember> Members => Array.Empty<ExplicitMember>();

        public IReadOnlyList<AxisMember> AxisMembers => Array.Empty<AxisMember>();

        public IReadOnlyList<PresentationRow> Presentation => Array.Empty<PresentationRow>();

        public object? GetValue(PresentationRow row) => null;

        public Decimals DecimalsOf(PresentationRow row) => Decimals;

        public ValidationResult Validate(CalculationMode mode = CalculationMode.RoundToNearest) => ValidationResult.Valid;
    }
}
