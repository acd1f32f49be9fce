using System.Collections.Generic;
using System.Globalization;

namespace TypedTaxonomy.Validation;

/// <summary>The checks of generated statement validators other than calculations.</summary>
public static class StatementRules
{
    /// <summary>Adds a finding when a line item the taxonomy requires is not reported.</summary>
    public static void Required(bool reported, Concept concept, IStatement statement, ref List<ValidationFinding>? findings)
    {
        if (!reported)
        {
            (findings ??= new()).Add(new ValidationFinding(ValidationRules.RequiredItemMissing, ValidationSeverity.Error, concept, statement.Period, statement.Members,
                $"{concept} is required but not reported for {ValidationFinding.Describe(statement.Period, statement.Members)}"));
        }
    }

    /// <summary>Adds a finding when a value lies outside the range the taxonomy states.</summary>
    public static void Range(decimal? value, decimal? min, decimal? max, Concept concept, IStatement statement, ref List<ValidationFinding>? findings)
    {
        if (value is not { } reported || ((min is null || reported >= min) && (max is null || reported <= max)))
        {
            return;
        }

        (findings ??= new()).Add(new ValidationFinding(ValidationRules.ValueOutOfRange, ValidationSeverity.Error, concept, statement.Period, statement.Members,
            $"{concept} is {reported.ToString(CultureInfo.InvariantCulture)}, outside {Bound(min)}..{Bound(max)} for {ValidationFinding.Describe(statement.Period, statement.Members)}")
        {
            ReportedValue = reported,
            Expected = new ValueInterval(min ?? decimal.MinValue, max ?? decimal.MaxValue),
        });
    }

    private static string Bound(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "any";
}
