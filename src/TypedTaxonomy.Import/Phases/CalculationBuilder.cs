using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Import.Schema;

namespace TypedTaxonomy.Import.Phases;

/// <summary>
/// Makes one summation per total and calculation role, naming the statement of that role. Relationships the
/// schema resolver would refuse (non-numeric or abstract concepts, different period types, cycles) are left out
/// with a note instead of making the output fail to load. A summation with an item the format cannot hold (a
/// weight other than ±1, a concept left out of the import) is left out whole: without that item it would not hold.
/// </summary>
internal static class CalculationBuilder
{
    public static void Run(ImportModel model)
    {
        var statements = model.Statements.ToDictionary(s => s.Role, s => s.Name, StringComparer.Ordinal);
        var groups = model.Linkbases.Calculation
            .GroupBy(r => (r.LinkRole, r.From))
            .OrderBy(g => model.OrderOf(g.Key.LinkRole))
            .ThenBy(g => g.Key.LinkRole, StringComparer.Ordinal)
            .ThenBy(g => g.Min(r => r.Index));
        // The summations kept so far, as edges from each total to its items, for the cycle check.
        var edges = new Dictionary<ConceptName, List<ConceptName>>();
        foreach (var group in groups)
        {
            var itemNames = new HashSet<ConceptName>();
            var calculation = new CalculationInfo(group.Key.From, group.Key.LinkRole)
            {
                Statement = statements.TryGetValue(group.Key.LinkRole, out var statement) ? statement : null,
            };
            var total = model.Get(group.Key.From);
            if (Refuse(total) is { } whyNotTotal)
            {
                model.Log.Note($"The summation of {total.Name} in {group.Key.LinkRole} is left out: the total {whyNotTotal}.");
                continue;
            }

            var whyNotSummation = model.Linkbases.IncompleteSummations.Contains((group.Key.LinkRole, group.Key.From))
                ? "the locator of one of its items could not be resolved (see the note on it)"
                : null;
            foreach (var relationship in group.OrderBy(r => r.Order).ThenBy(r => r.Index))
            {
                var item = model.Get(relationship.To);
                var why = Refuse(item);

                // An item that can carry facts but cannot be written leaves a summation that no longer holds:
                // without the item, or with another weight, its total would be checked against the wrong sum.
                if (whyNotSummation is null && item.IsLeftOut)
                {
                    whyNotSummation = $"its item {item.Name} is left out of the import";
                }
                else if (whyNotSummation is null && why is null && relationship.Weight is not (1m or -1m))
                {
                    whyNotSummation = $"its item {item.Name} has the weight {relationship.Weight?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}; the format allows 1 and -1";
                }

                if (whyNotSummation is not null)
                {
                    break;
                }

                if (why is null && item.PeriodType != total.PeriodType)
                {
                    why = $"is {item.PeriodType} but the total is {total.PeriodType}";
                }

                if (why is null && (item.DataType == "monetary") != (total.DataType == "monetary"))
                {
                    why = $"is {item.DataType} but the total is {total.DataType}";
                }

                if (why is null && item.Name == total.Name)
                {
                    why = "is its own total";
                }

                if (why is null && !itemNames.Add(item.Name))
                {
                    why = "is already an item of this summation (a second arc with other attributes)";
                }

                if (why is not null)
                {
                    model.Log.Note($"The item {item.Name} of the summation of {total.Name} in {group.Key.LinkRole} is left out: it {why}.");
                    continue;
                }

                calculation.Items.Add((item.Name, relationship.Weight == 1m ? 1 : -1));
            }

            if (whyNotSummation is not null)
            {
                model.Log.Note($"The summation of {total.Name} in {group.Key.LinkRole} is left out: {whyNotSummation}.");
                continue;
            }

            if (calculation.Items.Count > 0 && !ClosesCycle(model, calculation, edges))
            {
                if (!edges.TryGetValue(calculation.Total, out var targets))
                {
                    edges.Add(calculation.Total, targets = new List<ConceptName>());
                }

                targets.AddRange(calculation.Items.Select(i => i.Concept));
                model.Calculations.Add(calculation);
            }
        }
    }

    private static string? Refuse(ConceptInfo concept)
    {
        if (concept.IsLeftOut)
        {
            return "is left out of the import";
        }

        if (!concept.IsReportable)
        {
            return concept.IsAbstract ? "is abstract" : $"is an {concept.Role.ToString().ToLowerInvariant()}, not a line item";
        }

        return XbrlTypeMap.IsNumeric(concept.DataType) ? null : $"is of type {concept.DataType}, not numeric";
    }

    /// <summary>XBRL forbids directed cycles among summations; one that would close a cycle is left out.</summary>
    private static bool ClosesCycle(ImportModel model, CalculationInfo candidate, Dictionary<ConceptName, List<ConceptName>> edges)
    {
        var visited = new HashSet<ConceptName>();
        var queue = new Queue<ConceptName>(candidate.Items.Select(i => i.Concept));
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == candidate.Total)
            {
                model.Log.Note($"The summation of {candidate.Total} in {candidate.LinkRole} is left out: with the summations before it, it forms a cycle.");
                return true;
            }

            if (visited.Add(current) && edges.TryGetValue(current, out var next))
            {
                foreach (var target in next)
                {
                    queue.Enqueue(target);
                }
            }
        }

        return false;
    }
}
