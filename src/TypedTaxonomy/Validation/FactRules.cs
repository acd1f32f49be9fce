using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Validation;

/// <summary>
/// The XBRL 2.1 rules a single fact must follow given its concept: period type, unit, decimals and
/// precision, nil. Codes are Arelle's (<see cref="ValidationRules"/>).
/// </summary>
public static partial class FactRules
{
    /// <summary>Checks one fact, adding findings to <paramref name="findings"/> (created on the first finding).</summary>
    public static void Check(Fact fact, Concept concept, ref List<ValidationFinding>? findings)
    {
        if (concept.IsAbstract)
        {
            Add(ref findings, ValidationRules.AbstractConcept, fact, concept, $"{concept} is abstract and cannot be reported");
        }

        var periodFits = concept.PeriodType == PeriodType.Instant ? fact.Period.IsInstant : fact.Period.IsDuration || fact.Period.IsForever;
        if (!periodFits)
        {
            Add(ref findings, ValidationRules.ContextPeriodType, fact, concept, $"{concept} is reported for {(concept.PeriodType == PeriodType.Instant ? "an instant" : "a duration")}, but the fact's period is {fact.Period}");
        }

        if (fact.IsNil)
        {
            if (!concept.IsNillable)
            {
                Add(ref findings, ValidationRules.NotNillable, fact, concept, $"{concept} is not nillable, but the fact is nil");
            }

            if (fact.Decimals is not null || fact.Precision is not null || fact.IsPrecisionInfinite)
            {
                Add(ref findings, ValidationRules.NilPrecisionDecimals, fact, concept, $"the nil fact of {concept} has decimals or precision");
            }
        }

        if (!concept.IsNumeric)
        {
            return;
        }

        var hasPrecision = fact.Precision is not null || fact.IsPrecisionInfinite;
        if (!fact.IsNil && fact.Decimals is null && !hasPrecision)
        {
            Add(ref findings, ValidationRules.MissingPrecisionDecimals, fact, concept, $"the numeric fact of {concept} has neither decimals nor precision");
        }
        else if (fact.Decimals is not null && hasPrecision)
        {
            Add(ref findings, ValidationRules.BothPrecisionAndDecimals, fact, concept, $"the fact of {concept} has both decimals and precision");
        }

        if (fact.Unit is not { } unit)
        {
            Add(ref findings, ValidationRules.NumericUnit, fact, concept, $"{concept} is numeric and its fact has no unit");
            return;
        }

        CheckUnit(fact, concept, unit, ref findings);
    }

    /// <summary>Checks a fact's value against a range the taxonomy states.</summary>
    public static void CheckRange(Fact fact, RangeRule range, ref List<ValidationFinding>? findings)
    {
        if (fact.NumericValue is not { } value || ((range.Min is null || value >= range.Min) && (range.Max is null || value <= range.Max)))
        {
            return;
        }

        (findings ??= new()).Add(new ValidationFinding(ValidationRules.ValueOutOfRange, ValidationSeverity.Error, range.Concept, fact.Period, fact.Dimensions, $"{range.Concept} is {value.ToString(CultureInfo.InvariantCulture)}, outside {Bound(range.Min)}..{Bound(range.Max)}")
        {
            Fact = fact,
            Unit = fact.Unit,
            ReportedValue = value,
        });
    }

    /// <summary>
    /// Checks the measures of a unit, once per unit of a report (<paramref name="fact"/> is the first fact using it):
    /// the only measures of the XBRL instance namespace are xbrli:pure and xbrli:shares (XBRL 2.1 section 4.8.2),
    /// and a unit is in its simplest form, with no measure both in its numerator and denominator (section 4.8.4).
    /// </summary>
    public static void CheckMeasures(Fact fact, Concept concept, Unit unit, ref List<ValidationFinding>? findings)
    {
        foreach (var measure in unit.Numerator.Concat(unit.Denominator).Distinct())
        {
            if (measure.NamespaceUri == XbrlNamespaces.Xbrli && measure.LocalName is not ("pure" or "shares"))
            {
                Add(ref findings, ValidationRules.MeasureNotInXbrli, fact, concept, $"the unit {Excerpt.Shorten(unit.ToString())} has the measure {Excerpt.Shorten(measure.ToString())}; the XBRL instance namespace has only xbrli:pure and xbrli:shares");
            }
        }

        foreach (var measure in unit.Numerator.Distinct())
        {
            if (unit.Denominator.Contains(measure))
            {
                Add(ref findings, ValidationRules.MeasureInNumeratorAndDenominator, fact, concept, $"the unit {Excerpt.Shorten(unit.ToString())} is not in its simplest form: {Excerpt.Shorten(measure.ToString())} is both in its numerator and its denominator");
            }
        }
    }

    private static void CheckUnit(Fact fact, Concept concept, Unit unit, ref List<ValidationFinding>? findings)
    {
        switch (concept.DataType)
        {
            case DataType.Monetary:
                if (unit.Numerator.Length != 1 || !unit.Denominator.IsEmpty)
                {
                    Add(ref findings, ValidationRules.MonetaryUnitNotSingleMeasure, fact, concept, $"{concept} is monetary and needs a single currency measure, not {Excerpt.Shorten(unit.ToString())}");
                }
                else if (!IsCurrency(unit.Numerator[0]))
                {
                    Add(ref findings, ValidationRules.MonetaryUnitNotCurrency, fact, concept, $"{concept} is monetary and needs an ISO 4217 currency, not {Excerpt.Shorten(unit.ToString())}");
                }

                break;
            case DataType.Shares:
                if (unit.Numerator.Length != 1 || !unit.Denominator.IsEmpty)
                {
                    Add(ref findings, ValidationRules.SharesUnitNotSingleMeasure, fact, concept, $"{concept} is a number of shares and needs the single measure xbrli:shares, not {Excerpt.Shorten(unit.ToString())}");
                }
                else if (!unit.IsShares)
                {
                    Add(ref findings, ValidationRules.SharesUnitNotShares, fact, concept, $"{concept} is a number of shares and needs xbrli:shares, not {Excerpt.Shorten(unit.ToString())}");
                }

                break;
            // XBRL 2.1 itself constrains only monetary and shares units; these two come from the Units Registry,
            // so they are warnings: a report breaking them is still valid XBRL.
            case DataType.Pure or DataType.Percent when !unit.IsPure:
                Add(ref findings, ValidationRules.PureUnitNotPure, fact, concept, $"{concept} is a pure number and should be in xbrli:pure, not {Excerpt.Shorten(unit.ToString())}", ValidationSeverity.Warning);
                break;
            case DataType.PerShare when !(unit.Numerator.Length == 1 && IsCurrency(unit.Numerator[0]) && unit.Denominator.Length == 1 && unit.Denominator[0] == Unit.Shares.Numerator[0]):
                Add(ref findings, ValidationRules.PerShareUnit, fact, concept, $"{concept} is an amount per share and should be in a currency divided by xbrli:shares, not {Excerpt.Shorten(unit.ToString())}", ValidationSeverity.Warning);
                break;
        }
    }

    private static bool IsCurrency(QName measure) => measure.NamespaceUri == XbrlNamespaces.Iso4217 && CurrencyCode().IsMatch(measure.LocalName);

    private static void Add(ref List<ValidationFinding>? findings, string rule, Fact fact, Concept concept, string message, ValidationSeverity severity = ValidationSeverity.Error) =>
        (findings ??= new()).Add(new ValidationFinding(rule, severity, concept, fact.Period, fact.Dimensions, message)
        {
            Fact = fact,
            Unit = fact.Unit,
            ReportedValue = fact.NumericValue,
        });

    private static string Bound(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "any";

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
