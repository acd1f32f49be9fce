using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy.Validation;

/// <summary>
/// Validates a report's facts against a taxonomy set's generated rules: every fact against its concept,
/// explicit members against their axes, values against ranges, and every summation that binds, with the
/// binding rules of XBRL 2.1 or of Calculations 1.1 as Arelle applies them.
/// </summary>
/// <remarks>
/// Facts bind to a summation when the total and at least one item share a context (entity, period and
/// dimensions) and a unit; unreported items contribute nothing, and findings list them. Classic mode skips a
/// binding any of whose facts is duplicated; Calculations 1.1 merges consistent duplicates and stops at
/// inconsistent ones or at values with digits finer than their decimals. Nil facts contribute nothing.
/// Facts whose concept the taxonomies do not define are not validated; <see cref="ReportValidation.UnknownConcepts"/> lists them.
/// </remarks>
public static class ReportValidator
{
    /// <summary>Validates <paramref name="facts"/>.</summary>
    public static ReportValidation Validate(IEnumerable<Fact> facts, TaxonomyRules rules, CalculationMode mode = CalculationMode.RoundToNearest)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        List<ValidationFinding>? findings = null;
        var unknown = new List<Fact>();
        var ranges = rules.Ranges.ToDictionary(r => r.Concept.Name);
        var byConcept = new Dictionary<QName, Dictionary<BindingKey, List<Fact>>>();
        var numericFacts = 0;
        foreach (var fact in facts)
        {
            var concept = rules.FindConcept(fact.ConceptName);
            if (concept is null)
            {
                unknown.Add(fact);
                continue;
            }

            FactRules.Check(fact, concept, ref findings);
            CheckMembers(fact, concept, rules, ref findings);
            if (ranges.TryGetValue(concept.Name, out var range))
            {
                FactRules.CheckRange(fact, range, ref findings);
            }

            if (concept.IsNumeric && fact.Unit is not null)
            {
                numericFacts++;
                if (!byConcept.TryGetValue(concept.Name, out var byContext))
                {
                    byConcept.Add(concept.Name, byContext = new Dictionary<BindingKey, List<Fact>>());
                }

                var key = BindingKey.Of(fact);
                if (!byContext.TryGetValue(key, out var list))
                {
                    byContext.Add(key, list = new List<Fact>(1));
                }

                list.Add(fact);
            }
        }

        var checkedBindings = 0;
        foreach (var summation in rules.Summations)
        {
            checkedBindings += CheckSummation(summation, byConcept, mode, ref findings);
        }

        return new ReportValidation(ValidationResult.From(findings), unknown, numericFacts, checkedBindings);
    }

    private static void CheckMembers(Fact fact, Concept concept, TaxonomyRules rules, ref List<ValidationFinding>? findings)
    {
        foreach (var member in fact.Dimensions)
        {
            if (rules.CheckMember(member.Axis, member.Member) == false)
            {
                (findings ??= new()).Add(new ValidationFinding(ValidationRules.ExplicitMemberNotValid, ValidationSeverity.Error, concept, fact.Period, fact.Dimensions,
                    $"{member.Member} is not a member of the axis {member.Axis}")
                {
                    Fact = fact,
                });
            }
        }
    }

    private static int CheckSummation(SummationRule summation, Dictionary<QName, Dictionary<BindingKey, List<Fact>>> facts, CalculationMode mode, ref List<ValidationFinding>? findings)
    {
        if (!facts.TryGetValue(summation.Total.Name, out var totalsByContext))
        {
            return 0;
        }

        var itemsByContext = summation.Items.Select(i => facts.TryGetValue(i.Concept.Name, out var byContext) ? byContext : null).ToArray();
        var bindings = 0;
        foreach (var (key, totals) in totalsByContext)
        {
            var items = itemsByContext.Select(byContext => byContext is not null && byContext.TryGetValue(key, out var list) ? list : null).ToArray();
            if (items.All(i => i is null))
            {
                continue; // a total with no item in its context and unit does not bind
            }

            bindings++;
            if (mode == CalculationMode.Classic)
            {
                CheckClassic(summation, totals, items, ref findings);
            }
            else
            {
                CheckRoundToNearest(summation, totals, items, ref findings);
            }
        }

        return bindings;
    }

    private static void CheckClassic(SummationRule summation, List<Fact> totals, List<Fact>?[] items, ref List<ValidationFinding>? findings)
    {
        var reportedTotals = totals.Where(f => !f.IsNil).ToList();
        if (reportedTotals.Count != 1 || items.Any(i => i is not null && i.Count(f => !f.IsNil) > 1))
        {
            return; // XBRL 2.1 binds no summation any of whose facts is duplicated
        }

        var total = reportedTotals[0];
        if (total.NumericValue is not { } totalValue || total.EffectiveDecimals is not { } totalDecimals)
        {
            return;
        }

        var sum = 0m;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i]?.FirstOrDefault(f => !f.IsNil) is { NumericValue: { } value } item)
            {
                sum += XbrlRounding.Round(value, item.EffectiveDecimals ?? Decimals.Infinite) * summation.Items[i].Weight;
            }
        }

        var expected = XbrlRounding.Round(sum, totalDecimals);
        var reported = XbrlRounding.Round(totalValue, totalDecimals);
        if (expected != reported)
        {
            (findings ??= new()).Add(Inconsistency(ValidationRules.ClassicCalculationInconsistency, summation, total, items, null, new ValueInterval(expected, expected),
                $"{summation.Total} is {reported} but its items add up to {expected}"));
        }
    }

    private static void CheckRoundToNearest(SummationRule summation, List<Fact> totals, List<Fact>?[] items, ref List<ValidationFinding>? findings)
    {
        if (!TryMerge(summation.Total, totals, ref findings, out var totalInterval, out var total) || total is null)
        {
            return;
        }

        var sum = new ValueInterval(0m, 0m);
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not { } itemFacts)
            {
                continue;
            }

            if (!TryMerge(summation.Items[i].Concept, itemFacts, ref findings, out var itemInterval, out var item))
            {
                return; // inconsistent duplicates or excess digits stop the binding
            }

            if (item is not null)
            {
                sum += itemInterval.Times(summation.Items[i].Weight);
            }
        }

        if (!totalInterval.Overlaps(sum))
        {
            (findings ??= new()).Add(Inconsistency(ValidationRules.InconsistentCalculation, summation, total, items, totalInterval, sum,
                $"{summation.Total} is {totalInterval} but its items add up to {sum}"));
        }
    }

    /// <summary>
    /// The interval of a concept's facts in one context and unit: the intersection of consistent duplicates.
    /// False (with a finding) when they are inconsistent or one has excess digits; a nil-only set gives a null fact.
    /// </summary>
    private static bool TryMerge(Concept concept, List<Fact> facts, ref List<ValidationFinding>? findings, out ValueInterval interval, out Fact? representative)
    {
        interval = default;
        representative = null;
        var nil = facts.Count(f => f.IsNil);
        if (nil == facts.Count)
        {
            return true;
        }

        if (nil > 0)
        {
            AddDuplicateFinding(concept, facts, ref findings);
            return false;
        }

        var valuesByDecimals = new Dictionary<Decimals, decimal>();
        ValueInterval? merged = null;
        foreach (var fact in facts)
        {
            var decimals = fact.EffectiveDecimals ?? Decimals.Infinite;
            var value = fact.NumericValue ?? 0m;
            if (XbrlRounding.HasExcessDigits(value, decimals))
            {
                (findings ??= new()).Add(new ValidationFinding(ValidationRules.ExcessDigits, ValidationSeverity.Inconsistency, concept, fact.Period, fact.Dimensions,
                    $"{concept} is {value} with decimals {decimals}: digits finer than its decimals stop the calculation check")
                {
                    Fact = fact,
                    Unit = fact.Unit,
                    ReportedValue = value,
                });
                return false;
            }

            if (valuesByDecimals.TryGetValue(decimals, out var earlier) && earlier != value)
            {
                AddDuplicateFinding(concept, facts, ref findings);
                return false;
            }

            valuesByDecimals[decimals] = value;
            var own = ValueInterval.Of(value, decimals);
            if (merged is { } current && !current.Overlaps(own))
            {
                AddDuplicateFinding(concept, facts, ref findings);
                return false;
            }

            merged = merged is { } m ? m.Intersect(own) : own;
            representative ??= fact;
        }

        interval = merged!.Value;
        return true;
    }

    private static void AddDuplicateFinding(Concept concept, List<Fact> facts, ref List<ValidationFinding>? findings)
    {
        var first = facts[0];
        (findings ??= new()).Add(new ValidationFinding(ValidationRules.InconsistentDuplicates, ValidationSeverity.Inconsistency, concept, first.Period, first.Dimensions,
            $"{concept} is reported {facts.Count} times in one context and unit with inconsistent values ({string.Join(", ", facts.Select(f => f.IsNil ? "nil" : f.Value))}); calculations using it are not checked")
        {
            Fact = first,
            Unit = first.Unit,
        });
    }

    private static ValidationFinding Inconsistency(string rule, SummationRule summation, Fact total, List<Fact>?[] items, ValueInterval? reportedInterval, ValueInterval expected, string message)
    {
        var missing = summation.Items.Where((_, i) => items[i] is null).Select(t => t.Concept).ToArray();
        var suffix = missing.Length == 0 ? string.Empty : $"; not reported: {string.Join(", ", missing.Select(m => m.ToString()))}";
        return new ValidationFinding(rule, ValidationSeverity.Inconsistency, summation.Total, total.Period, total.Dimensions, $"{message} for {ValidationFinding.Describe(total.Period, total.Dimensions)}{suffix}")
        {
            Fact = total,
            Unit = total.Unit,
            ReportedValue = total.NumericValue,
            ReportedInterval = reportedInterval,
            Expected = expected,
            MissingItems = missing,
        };
    }

    /// <summary>The context and unit two facts must share to bind: entity, period, dimensions, unit.</summary>
    private readonly struct BindingKey : IEquatable<BindingKey>
    {
        private readonly EntityIdentifier entity;
        private readonly Period period;
        private readonly Unit unit;
        private readonly ExplicitMember[] members;
        private readonly TypedMember[] typedMembers;

        private BindingKey(EntityIdentifier entity, Period period, Unit unit, ExplicitMember[] members, TypedMember[] typedMembers)
        {
            this.entity = entity;
            this.period = period;
            this.unit = unit;
            this.members = members;
            this.typedMembers = typedMembers;
        }

        public static BindingKey Of(Fact fact) => new(
            fact.Entity,
            fact.Period,
            fact.Unit!,
            fact.Dimensions.OrderBy(d => d.Axis.NamespaceUri, StringComparer.Ordinal).ThenBy(d => d.Axis.LocalName, StringComparer.Ordinal).ToArray(),
            fact.TypedDimensions.OrderBy(d => d.Axis.NamespaceUri, StringComparer.Ordinal).ThenBy(d => d.Axis.LocalName, StringComparer.Ordinal).ToArray());

        public bool Equals(BindingKey other) =>
            entity.Equals(other.entity) && period == other.period && unit.Equals(other.unit)
            && members.AsSpan().SequenceEqual(other.members) && typedMembers.AsSpan().SequenceEqual(other.typedMembers);

        public override bool Equals(object? obj) => obj is BindingKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = HashCode.Combine(entity, period, unit);
            foreach (var member in members)
            {
                hash = HashCode.Combine(hash, member);
            }

            return hash;
        }
    }
}

/// <summary>The outcome of validating a report.</summary>
/// <param name="Result">The findings.</param>
/// <param name="UnknownConcepts">Facts of concepts no taxonomy of the set defines: not validated, listed so none is silently skipped.</param>
/// <param name="NumericFacts">How many numeric facts took part in calculation binding.</param>
/// <param name="CheckedCalculations">How many summation bindings were checked.</param>
public sealed record ReportValidation(ValidationResult Result, IReadOnlyList<Fact> UnknownConcepts, int NumericFacts, int CheckedCalculations);
