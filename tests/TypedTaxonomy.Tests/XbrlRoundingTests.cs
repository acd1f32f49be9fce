using System;
using System.Linq;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests;

public class XbrlRoundingTests
{
    [Theory]
    [InlineData("2.85", 1, "2.8")]
    [InlineData("2.75", 1, "2.8")]
    [InlineData("-26.5", 0, "-26")]
    [InlineData("-27.5", 0, "-28")]
    [InlineData("0.5", 0, "0")]
    [InlineData("1.5", 0, "2")]
    [InlineData("1234567", -3, "1235000")]
    [InlineData("1234500", -3, "1234000")]
    [InlineData("1235500", -3, "1236000")]
    [InlineData("-1235500", -3, "-1236000")]
    [InlineData("1234499.99", -3, "1234000")]
    [InlineData("1234500.01", -3, "1235000")]
    [InlineData("383285000000", -6, "383285000000")]
    [InlineData("499", -3, "0")]
    [InlineData("500", -3, "0")]
    [InlineData("1500", -3, "2000")]
    [InlineData("0.001", 2, "0.00")]
    [InlineData("123.456", 30, "123.456")]
    [InlineData("123", -29, "0")]
    public void Round_goes_half_to_even(string value, int places, string expected)
    {
        var rounded = XbrlRounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Decimals.Of(places));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
    }

    [Fact]
    public void Round_to_infinite_decimals_keeps_the_value()
    {
        Assert.Equal(1.23456789m, XbrlRounding.Round(1.23456789m, Decimals.Infinite));
    }

    [Fact]
    public void Round_beyond_the_decimal_range_overflows()
    {
        Assert.Throws<OverflowException>(() => XbrlRounding.Round(decimal.MaxValue, Decimals.Of(-29)));
    }

    [Theory]
    [InlineData("1000", -3, "500", "1500")]
    [InlineData("2.85", 1, "2.80", "2.90")]
    [InlineData("0", 0, "-0.5", "0.5")]
    [InlineData("-12.345", 3, "-12.3455", "-12.3445")]
    public void Interval_is_value_plus_or_minus_half_a_unit(string value, int places, string low, string high)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var (l, h) = XbrlRounding.Interval(decimal.Parse(value, inv), Decimals.Of(places));
        Assert.Equal(decimal.Parse(low, inv), l);
        Assert.Equal(decimal.Parse(high, inv), h);
    }

    [Fact]
    public void Interval_of_an_exact_value_is_the_value_and_bounds_are_clamped()
    {
        Assert.Equal((5m, 5m), XbrlRounding.Interval(5m, Decimals.Infinite));
        Assert.Equal((decimal.MinValue, decimal.MaxValue), XbrlRounding.Interval(1m, Decimals.Of(-40)));
        Assert.Equal(decimal.MaxValue, XbrlRounding.Interval(decimal.MaxValue, Decimals.Of(0)).High);
    }

    [Theory]
    [InlineData("1234.5", 0, true)]
    [InlineData("1234.0", 0, false)]
    [InlineData("1234567", -3, true)]
    [InlineData("1234000", -3, false)]
    [InlineData("0.125", 2, true)]
    [InlineData("0.120", 2, false)]
    [InlineData("0", -6, false)]
    [InlineData("1", -30, true)]
    public void HasExcessDigits_finds_digits_finer_than_decimals(string value, int places, bool expected)
    {
        Assert.Equal(expected, XbrlRounding.HasExcessDigits(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Decimals.Of(places)));
    }

    [Fact]
    public void HasExcessDigits_is_false_for_exact_values()
    {
        Assert.False(XbrlRounding.HasExcessDigits(1.2345m, Decimals.Infinite));
    }

    [Theory]
    [InlineData("400", 4, 1)]
    [InlineData("123", 2, -1)]
    [InlineData("0.00123", 2, 4)]
    [InlineData("123456", 3, -3)]
    [InlineData("-123456", 3, -3)]
    [InlineData("1", 1, 0)]
    [InlineData("9.99", 3, 2)]
    [InlineData("10", 1, -1)]
    public void InferDecimalsFromPrecision_counts_significant_digits(string value, int precision, int expected)
    {
        var d = XbrlRounding.InferDecimalsFromPrecision(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), precision);
        Assert.Equal(Decimals.Of(expected), d);
    }

    [Fact]
    public void InferDecimalsFromPrecision_of_zero_and_precision_zero()
    {
        Assert.Equal(Decimals.Infinite, XbrlRounding.InferDecimalsFromPrecision(0m, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => XbrlRounding.InferDecimalsFromPrecision(5m, 0));
        Assert.False(XbrlRounding.TryInferDecimalsFromPrecision(5m, 0, out _));
    }

    /// <summary>
    /// Conformance suite 320-CalculationBinding V-32 to V-35: A = B + C, each fact rounded to its decimals with ties
    /// to even; V-33 and V-34 are consistent, V-32 and V-35 are not.
    /// </summary>
    [Theory]
    [InlineData("320-32-BindCalculationInferDecimals-instance.xbrl", false)]
    [InlineData("320-33-BindCalculationInferDecimals-instance.xbrl", true)]
    [InlineData("320-34-BindCalculationInferDecimals-instance.xbrl", true)]
    [InlineData("320-35-BindCalculationInferDecimals-instance.xbrl", false)]
    public void Classic_summation_check_matches_the_conformance_suite(string file, bool consistent)
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.Conformance(file));
        Fact Get(string name) => report.Facts.Single(f => f.ConceptName.LocalName == name);
        var a = Get("A");
        var b = Get("B");
        var c = Get("C");
        var total = XbrlRounding.Round(a.NumericValue!.Value, a.EffectiveDecimals!.Value);
        var sum = XbrlRounding.Round(b.NumericValue!.Value, b.EffectiveDecimals!.Value)
            + XbrlRounding.Round(c.NumericValue!.Value, c.EffectiveDecimals!.Value);
        Assert.Equal(consistent, XbrlRounding.Round(sum, a.EffectiveDecimals!.Value) == total);
    }

    /// <summary>Conformance suite 397 V-28: 100.00 with precision 5 has decimals 2 (inferred).</summary>
    [Fact]
    public void Precision_facts_of_the_conformance_suite_infer_decimals()
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.Conformance("397-28-PrecisionDifferentScales.xbrl"));
        var withPrecision = report.Facts.Where(f => f.Precision is not null).ToList();
        Assert.NotEmpty(withPrecision);
        foreach (var fact in withPrecision)
        {
            var expected = XbrlRounding.InferDecimalsFromPrecision(fact.NumericValue!.Value, fact.Precision!.Value);
            Assert.Equal(expected, fact.EffectiveDecimals);
        }
    }

    /// <summary>Every bound Apple total in thousands-rounded form has no excess digits at its decimals.</summary>
    [Fact]
    public void Apple_facts_have_no_excess_digits()
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.AppleInstance);
        var numeric = report.Facts.Where(f => f.NumericValue is not null && f.Decimals is not null).ToList();
        Assert.True(numeric.Count > 900);
        Assert.All(numeric, f => Assert.False(XbrlRounding.HasExcessDigits(f.NumericValue!.Value, f.Decimals!.Value), f.ToString()));
    }
}
