using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

namespace TypedTaxonomy.Validation;

/// <summary>
/// Validates a report's facts against a taxonomy set's generated rules: every fact against its concept,
/// explicit members against their axes, values against ranges, and every summation that binds, with the
/// binding rules of XBRL 2.1 or of Calculations 1.1 as Arelle applies them.
/// </summary>
/// <remarks>
/// <para>
/// Facts bind to a summation when the total and at least one item share a context (entity, period and
/// dimensions) and a unit, and neither is nil; unreported and nil items contribute nothing, and findings list
/// the unreported ones. Classic mode skips a binding whose total is reported more than once (nil or not) or
/// any of whose items is duplicated, and finds a binding with a precision-0 fact inconsistent; Calculations 1.1
/// merges consistent duplicates and stops at inconsistent ones or at values with digits finer than their
/// decimals. Facts whose concept the taxonomies do not define are not validated;
/// <see cref="ReportValidation.UnknownConcepts"/> lists them.
/// </para>
/// <para>
/// Tuples (<see cref="Fact.EnclosingTuples"/>): in classic mode, as XBRL 2.1 section 5.2.5.2 says and Arelle
/// does, a total binds the items anywhere inside its own parent (the instance, or its tuple), and facts are
/// duplicates only within one parent. Calculations 1.1 checks no fact inside a tuple.
/// </para>
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

        // Facts by concept, then by context, unit and parent: totals and duplicates are looked up here.
        var byParent = new Dictionary<QName, Dictionary<BindingKey, List<Fact>>>();
        List<(QName Concept, Fact Fact)>? inTuples = null;
        HashSet<Unit>? checkedUnits = null;
        Unit? lastUnit = null;
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

            if (concept.IsNumeric && fact.Unit is { } unit)
            {
                // Facts of one unit share its instance: the set is consulted only when the unit changes.
                if (!ReferenceEquals(unit, lastUnit) && (checkedUnits ??= new()).Add(unit))
                {
                    FactRules.CheckMeasures(fact, concept, unit, ref findings);
                }

                lastUnit = unit;

                if (!fact.EnclosingTuples.IsEmpty)
                {
                    if (mode != CalculationMode.Classic)
                    {
                        continue; // Calculations 1.1 checks no fact inside a tuple
                    }

                    (inTuples ??= new()).Add((concept.Name, fact));
                }

                numericFacts++;
                Add(byParent, concept.Name, BindingKey.Of(fact, fact.EnclosingTuples.IsEmpty ? 0 : fact.EnclosingTuples[^1]), fact);
            }
        }

        // Contributing items are looked up by the total's parent, which holds every fact nested in it.
        var byAncestor = byParent;
        if (inTuples is not null)
        {
            byAncestor = byParent.ToDictionary(c => c.Key, c => c.Value.ToDictionary(k => k.Key, k => k.Value.ToList()));
            foreach (var (concept, fact) in inTuples)
            {
                foreach (var tuple in fact.EnclosingTuples.AsSpan()[..^1])
                {
                    Add(byAncestor, concept, BindingKey.Of(fact, tuple), fact);
                }

                Add(byAncestor, concept, BindingKey.Of(fact, 0), fact);
            }
        }

        var duplicated = mode == CalculationMode.Classic ? DuplicatedFacts(byParent) : null;
        var checkedBindings = 0;
        foreach (var summation in rules.Summations)
        {
            checkedBindings += CheckSummation(summation, byParent, byAncestor, duplicated, mode, ref findings);
        }

        var checkedRollForwards = 0;
        foreach (var rollForward in rules.RollForwards)
        {
            checkedRollForwards += CheckRollForward(rollForward, byParent, mode, ref findings);
        }

        return new ReportValidation(ValidationResult.From(findings), unknown, numericFacts, checkedBindings) { CheckedRollForwards = checkedRollForwards };
    }

    /// <summary>
    /// Binds a roll-forward in every context (at the top level of the instance) where one of its changes is reported
    /// for a duration: the balance at the period's end is the total, the balance at its start (the instant before
    /// its first day) the first item, the changes the others. It binds when both balances and a change are reported,
    /// and is checked as a summation is.
    /// </summary>
    private static int CheckRollForward(
        RollForwardRule rollForward,
        Dictionary<QName, Dictionary<BindingKey, List<Fact>>> byParent,
        CalculationMode mode,
        ref List<ValidationFinding>? findings)
    {
        if (!byParent.TryGetValue(rollForward.Balance.Name, out var balances))
        {
            return 0;
        }

        var changesByContext = rollForward.Changes.Select(c => byParent.TryGetValue(c.Concept.Name, out var byContext) ? byContext : null).ToArray();
        var periods = new List<BindingKey>();
        var seen = new HashSet<BindingKey>();
        foreach (var byContext in changesByContext)
        {
            foreach (var key in byContext?.Keys ?? Enumerable.Empty<BindingKey>())
            {
                if (key.IsTopLevelDuration && seen.Add(key))
                {
                    periods.Add(key);
                }
            }
        }

        var summation = new SummationRule(rollForward.Balance, [new SummationTerm(rollForward.Balance, 1), .. rollForward.Changes]);

        // In classic mode each binding's duplicates are made one fact below, so none of its facts counts as duplicated.
        var duplicated = mode == CalculationMode.Classic ? new HashSet<Fact>() : null;
        var bindings = 0;
        foreach (var key in periods)
        {
            var period = key.Period;
            if (!balances.TryGetValue(key.WithPeriod(Period.Instant(period.End)), out var closing)
                || !balances.TryGetValue(key.WithPeriod(Period.Instant(period.Start!.Value.AddDays(-1))), out var opening))
            {
                continue;
            }

            var items = new List<Fact>?[1 + changesByContext.Length];
            items[0] = opening;
            for (var i = 0; i < changesByContext.Length; i++)
            {
                items[i + 1] = changesByContext[i] is { } byContext && byContext.TryGetValue(key, out var list) ? list : null;
            }

            if (!closing.Exists(f => !f.IsNil) || !opening.Exists(f => !f.IsNil) || !items.Skip(1).Any(i => i is not null && i.Exists(f => !f.IsNil)))
            {
                continue;
            }

            // Not a summation of XBRL 2.1 but a check of the kind XBRL Formula makes, which evaluates each duplicate:
            // in classic mode duplicates that agree are one fact (a balance shown in two tables), and duplicates that
            // disagree stop the binding. Calculations 1.1 merges and judges duplicates as it does for summations.
            if (mode == CalculationMode.Classic)
            {
                if (OneOf(closing) is not { } single || !TryOneOfEach(items))
                {
                    continue;
                }

                closing = single;
            }

            bindings++;
            CheckBinding(summation, closing, items, duplicated, mode, ref findings, CalculationKind.RollForward(period));
        }

        return bindings;
    }

    private static void Add(Dictionary<QName, Dictionary<BindingKey, List<Fact>>> index, QName concept, BindingKey key, Fact fact)
    {
        // Each key is hashed once (a binding key hashes its entity, period and unit).
        ref var byContext = ref CollectionsMarshal.GetValueRefOrAddDefault(index, concept, out _);
        byContext ??= new Dictionary<BindingKey, List<Fact>>();
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byContext, key, out _);
        (list ??= new List<Fact>(1)).Add(fact);
    }

    /// <summary>
    /// The facts XBRL 2.1 calls duplicates (section 4.10): reported more than once, not nil, for one concept,
    /// context, unit and parent, whatever their values.
    /// </summary>
    private static HashSet<Fact> DuplicatedFacts(Dictionary<QName, Dictionary<BindingKey, List<Fact>>> byParent)
    {
        var duplicated = new HashSet<Fact>(ReferenceEqualityComparer.Instance);
        foreach (var byContext in byParent.Values)
        {
            foreach (var list in byContext.Values)
            {
                if (list.Count > 1 && list.Count(f => !f.IsNil) > 1)
                {
                    duplicated.UnionWith(list.Where(f => !f.IsNil));
                }
            }
        }

        return duplicated;
    }

    private static void CheckMembers(Fact fact, Concept concept, TaxonomyRules rules, ref List<ValidationFinding>? findings)
    {
        foreach (var member in fact.Dimensions)
        {
            if (rules.CheckMember(member.Axis, member.Member) == false)
            {
                (findings ??= new()).Add(new ValidationFinding(ValidationRules.ExplicitMemberNotValid, ValidationSeverity.Error, concept, fact.Period, fact.Dimensions,
                    $"{Excerpt.Shorten(member.Member.ToString())} is not a member of the axis {Excerpt.Shorten(member.Axis.ToString())}")
                {
                    Fact = fact,
                });
            }
        }
    }

    private static int CheckSummation(
        SummationRule summation,
        Dictionary<QName, Dictionary<BindingKey, List<Fact>>> byParent,
        Dictionary<QName, Dictionary<BindingKey, List<Fact>>> byAncestor,
        HashSet<Fact>? duplicated,
        CalculationMode mode,
        ref List<ValidationFinding>? findings)
    {
        if (!byParent.TryGetValue(summation.Total.Name, out var totalsByContext))
        {
            return 0;
        }

        var itemsByContext = summation.Items.Select(i => byAncestor.TryGetValue(i.Concept.Name, out var byContext) ? byContext : null).ToArray();
        var bindings = 0;
        foreach (var (key, totals) in totalsByContext)
        {
            var items = itemsByContext.Select(byContext => byContext is not null && byContext.TryGetValue(key, out var list) ? list : null).ToArray();
            if (!totals.Exists(f => !f.IsNil) || !Array.Exists(items, i => i is not null && i.Exists(f => !f.IsNil)))
            {
                continue; // a nil total, or a total with no reported item in its context and unit, does not bind
            }

            bindings++;
            CheckBinding(summation, totals, items, duplicated, mode, ref findings, CalculationKind.Summation(mode));
        }

        return bindings;
    }

    /// <summary>Replaces each list of duplicates by its first fact when they all agree; false when some do not.</summary>
    private static bool TryOneOfEach(List<Fact>?[] lists)
    {
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i] is { } facts)
            {
                if (OneOf(facts) is not { } single)
                {
                    return false;
                }

                lists[i] = single;
            }
        }

        return true;
    }

    /// <summary>The facts themselves when there is one, their first when they agree (value, decimals, precision, nil), else null.</summary>
    private static List<Fact>? OneOf(List<Fact> facts)
    {
        if (facts.Count == 1)
        {
            return facts;
        }

        var first = facts[0];
        return facts.TrueForAll(f => f.IsNil == first.IsNil && f.NumericValue == first.NumericValue && f.Decimals == first.Decimals && f.Precision == first.Precision)
            ? [first]
            : null;
    }

    private static void CheckBinding(SummationRule summation, List<Fact> totals, List<Fact>?[] items, HashSet<Fact>? duplicated, CalculationMode mode, ref List<ValidationFinding>? findings, in CalculationKind kind)
    {
        if (mode == CalculationMode.Classic)
        {
            CheckClassic(summation, totals, items, duplicated!, ref findings, kind);
        }
        else
        {
            CheckIntervals(summation, totals, items, mode, ref findings, kind);
        }
    }

    private static void CheckClassic(SummationRule summation, List<Fact> totals, List<Fact>?[] items, HashSet<Fact> duplicated, ref List<ValidationFinding>? findings, in CalculationKind kind)
    {
        // XBRL 2.1 binds no summation any of whose facts is duplicated. Duplicates are judged without values, so a
        // nil total reported beside a value is one too (conformance 397 V-11); a nil item does not contribute.
        if (totals.Count != 1 || Array.Exists(items, i => i is not null && i.Exists(duplicated.Contains)))
        {
            return;
        }

        var total = totals[0];
        if (total.NumericValue is not { } totalValue)
        {
            return;
        }

        if (!TryGetRoundingDecimals(total, out var totalDecimals))
        {
            AddPrecisionZero(summation, total, total, items, ref findings, kind);
            return;
        }

        var sum = 0m;
        for (var i = 0; i < items.Length; i++)
        {
            // Several facts of one item bind when they are in different tuples nested in the total's parent.
            foreach (var item in items[i] ?? Enumerable.Empty<Fact>())
            {
                if (item.IsNil || item.NumericValue is not { } value)
                {
                    continue;
                }

                if (!TryGetRoundingDecimals(item, out var itemDecimals))
                {
                    AddPrecisionZero(summation, total, item, items, ref findings, kind);
                    return;
                }

                sum += XbrlRounding.Round(value, itemDecimals) * summation.Items[i].Weight;
            }
        }

        if (!CalculationVerdict.IsClassicConsistent(sum, totalValue, totalDecimals))
        {
            (findings ??= new()).Add(CalculationVerdict.ClassicInconsistency(kind, summation.Total, totalValue, sum, totalDecimals, nameDecimals: false, PlaceOf(total), Missing(summation, items)));
        }
    }

    /// <summary>
    /// The decimals a fact is rounded to in a classic check: its decimals, or those inferred from its precision;
    /// exact when it has neither (an error of its own). False for precision 0, which tells nothing of the value:
    /// XBRL 2.1 (section 4.6.6) leaves it unknown to any digit, so no sum can be shown equal to it.
    /// </summary>
    private static bool TryGetRoundingDecimals(Fact fact, out Decimals decimals)
    {
        if (fact.EffectiveDecimals is { } effective)
        {
            decimals = effective;
            return true;
        }

        decimals = Decimals.Infinite;
        return fact.Decimals is not null || fact.Precision is not 0;
    }

    private static void AddPrecisionZero(SummationRule summation, Fact total, Fact culprit, List<Fact>?[] items, ref List<ValidationFinding>? findings, in CalculationKind kind) =>
        (findings ??= new()).Add(CalculationVerdict.PrecisionZero(kind, summation.Total, total, culprit, Missing(summation, items)));

    private static void CheckIntervals(SummationRule summation, List<Fact> totals, List<Fact>?[] items, CalculationMode mode, ref List<ValidationFinding>? findings, in CalculationKind kind)
    {
        if (!TryMerge(summation.Total, totals, mode, ref findings, out var totalInterval, out var total) || total is null)
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

            if (!TryMerge(summation.Items[i].Concept, itemFacts, mode, ref findings, out var itemInterval, out var item))
            {
                return; // inconsistent duplicates or excess digits stop the binding
            }

            if (item is not null)
            {
                sum += itemInterval.Times(summation.Items[i].Weight);
            }
        }

        if (!CalculationVerdict.IsIntervalConsistent(totalInterval, sum))
        {
            (findings ??= new()).Add(CalculationVerdict.IntervalInconsistency(kind, summation.Total, total.NumericValue, totalInterval, sum, PlaceOf(total), Missing(summation, items)));
        }
    }

    /// <summary>
    /// The interval of a concept's facts in one context and unit: the intersection of consistent duplicates.
    /// False (with a finding) when they are inconsistent or one has excess digits; a nil-only set gives a null fact.
    /// </summary>
    private static bool TryMerge(Concept concept, List<Fact> facts, CalculationMode mode, ref List<ValidationFinding>? findings, out ValueInterval interval, out Fact? representative)
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
                (findings ??= new()).Add(CalculationVerdict.ExcessDigits(concept, fact, value, decimals));
                return false;
            }

            if (valuesByDecimals.TryGetValue(decimals, out var earlier) && earlier != value)
            {
                AddDuplicateFinding(concept, facts, ref findings);
                return false;
            }

            valuesByDecimals[decimals] = value;
            var own = CalculationVerdict.IntervalOf(value, decimals, mode);
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

    private static void AddDuplicateFinding(Concept concept, List<Fact> facts, ref List<ValidationFinding>? findings) =>
        (findings ??= new()).Add(CalculationVerdict.InconsistentDuplicates(concept, facts));

    private static BindingPlace PlaceOf(Fact total) => new(total.Period, total.Dimensions, total.Unit, total);

    /// <summary>The items of a binding not reported in its context and unit, in the summation's order.</summary>
    private static Concept[] Missing(SummationRule summation, List<Fact>?[] items) =>
        summation.Items.Where((_, i) => items[i] is null).Select(t => t.Concept).ToArray();

    /// <summary>
    /// The context and unit two facts must share to bind: entity, period, dimensions, other segment and scenario
    /// content, unit; and the scope, the tuple the key is about (0 for the instance itself).
    /// </summary>
    private readonly struct BindingKey : IEquatable<BindingKey>
    {
        private readonly int scope;
        private readonly EntityIdentifier entity;
        private readonly Period period;
        private readonly Unit unit;
        private readonly ExplicitMember[] members;
        private readonly TypedMember[] typedMembers;
        private readonly string? nonDimensionalContent;

        private BindingKey(int scope, EntityIdentifier entity, Period period, Unit unit, ExplicitMember[] members, TypedMember[] typedMembers, string? nonDimensionalContent)
        {
            this.nonDimensionalContent = nonDimensionalContent;
            this.scope = scope;
            this.entity = entity;
            this.period = period;
            this.unit = unit;
            this.members = members;
            this.typedMembers = typedMembers;
        }

        public static BindingKey Of(Fact fact, int scope) => new(
            scope,
            fact.Entity,
            fact.Period,
            fact.Unit!,
            AxisOrder.Sort(fact.Dimensions, d => d.Axis),
            AxisOrder.Sort(fact.TypedDimensions, d => d.Axis),
            fact.NonDimensionalContent);

        /// <summary>Whether the key is of a duration at the top level of the instance: where a roll-forward's changes bind.</summary>
        public bool IsTopLevelDuration => scope == 0 && period.IsDuration;

        public Period Period => period;

        /// <summary>The same context and unit at another period.</summary>
        public BindingKey WithPeriod(Period other) => new(scope, entity, other, unit, members, typedMembers, nonDimensionalContent);

        public bool Equals(BindingKey other) =>
            scope == other.scope && entity.Equals(other.entity) && period == other.period && unit.Equals(other.unit)
            && members.AsSpan().SequenceEqual(other.members) && typedMembers.AsSpan().SequenceEqual(other.typedMembers)
            && nonDimensionalContent == other.nonDimensionalContent;

        public override bool Equals(object? obj) => obj is BindingKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = HashCode.Combine(scope, entity, period, unit);
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
public sealed record ReportValidation(ValidationResult Result, IReadOnlyList<Fact> UnknownConcepts, int NumericFacts, int CheckedCalculations)
{
    /// <summary>How many roll-forward bindings (a period with its opening and closing balances) were checked.</summary>
    public int CheckedRollForwards { get; init; }

    /// <summary>
    /// A summary line, then each finding on a line of its own: <c>5 numeric facts, 2 summation bindings checked: 1 finding;
    /// 1 fact of a concept the taxonomies do not define.</c>
    /// </summary>
    public override string ToString()
    {
        var summary = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{NumericFacts:N0} numeric fact{Plural(NumericFacts)}, {CheckedCalculations:N0} summation binding{Plural(CheckedCalculations)}")
            + (CheckedRollForwards == 0 ? string.Empty : string.Create(System.Globalization.CultureInfo.InvariantCulture, $" and {CheckedRollForwards:N0} roll-forward{Plural(CheckedRollForwards)}"))
            + string.Create(System.Globalization.CultureInfo.InvariantCulture, $" checked: {Result.Findings.Count:N0} finding{Plural(Result.Findings.Count)}")
            + (UnknownConcepts.Count == 0 ? "." : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; {UnknownConcepts.Count:N0} fact{Plural(UnknownConcepts.Count)} of a concept the taxonomies do not define."));
        return Result.Findings.Count == 0 ? summary : summary + System.Environment.NewLine + Result;
    }

    private static string Plural(int count) => count == 1 ? string.Empty : "s";
}
