using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TypedTaxonomy;

/// <summary>Turns statements back into facts, for writing a report (xBRL-JSON) from typed classes.</summary>
public static class StatementFacts
{
    /// <summary>
    /// The facts a statement holds: one per reported line item (a value shown in two places is one fact), in
    /// presentation order, with the period its place implies, the statement's members, its currency or the
    /// item's unit, and the decimals it was read with.
    /// </summary>
    public static IEnumerable<Fact> ToFacts(IStatement statement, EntityIdentifier entity)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var members = statement.Members.ToArray();
        var seen = new HashSet<(QName, PeriodPlacement)>();
        foreach (var row in statement.Presentation)
        {
            if (row.Placement is not { } placement || !seen.Add((row.Concept.Name, placement)))
            {
                continue;
            }

            var value = statement.GetValue(row);
            if (value is null)
            {
                continue;
            }

            var numeric = value switch
            {
                decimal amount => amount,
                long count => count,
                _ => (decimal?)null,
            };

            yield return new Fact
            {
                ConceptName = row.Concept.Name,
                Entity = entity,
                Period = StatementPeriods.For(statement.Period, placement),
                Unit = numeric is null ? null : row.Concept.DataType == DataType.Monetary ? statement.Currency : row.Unit,
                Value = Lexical(value),
                NumericValue = numeric,
                Decimals = numeric is null ? null : statement.DecimalsOf(row),
                Dimensions = [.. members],
            };
        }
    }

    private static string Lexical(object value) => value switch
    {
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        long count => count.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
