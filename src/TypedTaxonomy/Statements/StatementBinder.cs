using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TypedTaxonomy;

/// <summary>A fact that did not go into any statement, and why.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Reason">Why it was not bound, in words a person understands.</param>
public sealed record UnboundFact(Fact Fact, string Reason);

/// <summary>The statements built from a report's facts, and every fact that fitted none of them.</summary>
/// <typeparam name="TStatement">The generated statement class.</typeparam>
public sealed class StatementBinding<TStatement>
    where TStatement : class, IStatement, IStatementType<TStatement>
{
    internal StatementBinding(IReadOnlyList<TStatement> statements, IReadOnlyList<UnboundFact> unbound, IReadOnlyCollection<Fact> bound)
    {
        Statements = statements;
        Unbound = unbound;
        Bound = bound;
    }

    /// <summary>The facts that went into a statement.</summary>
    public IReadOnlyCollection<Fact> Bound { get; }

    /// <summary>One statement per period, combination of axis members and currency; ordered by members, then period.</summary>
    public IReadOnlyList<TStatement> Statements { get; }

    /// <summary>Facts of the statement's concepts that fitted no statement (other dimensions, no matching period, bad value, inconsistent duplicate).</summary>
    public IReadOnlyList<UnboundFact> Unbound { get; }

    /// <summary>How many facts went into a statement.</summary>
    public int BoundFacts => Bound.Count;

    /// <summary>The totals: statements reported without any axis member.</summary>
    public IEnumerable<TStatement> Totals => Statements.Where(s => s.Members.Count == 0);

    /// <summary>The statement for a period and members, or null (the first one when several currencies were reported).</summary>
    public TStatement? Find(Period period, params ExplicitMember[] members) =>
        Statements.FirstOrDefault(s => s.Period == period && StatementBinder.SameMembers(s.Members, members));
}

/// <summary>
/// Fills generated statement classes from facts by concept, period, axis members and currency. Facts of
/// other concepts are not this statement's business and are left alone; facts of its concepts that fit no
/// statement are returned with the reason, never dropped.
/// </summary>
/// <remarks>
/// Statements are opened by the facts that define them: facts over the statement's kind of period, one
/// statement per period, members and currency (a report may give the same line in CNY and in a
/// convenience translation to USD). Facts that cannot open a statement on their own then join every
/// statement they fit: balances at the start or end of a duration, and non-monetary facts (counts,
/// ratios, text), which belong to the statement whatever its currency.
/// </remarks>
public static class StatementBinder
{
    /// <summary>Binds <paramref name="facts"/> into statements of <typeparamref name="TStatement"/>.</summary>
    public static StatementBinding<TStatement> Bind<TStatement>(IEnumerable<Fact> facts)
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        ArgumentNullException.ThrowIfNull(facts);
        var session = new Session<TStatement>();
        var joining = new List<(Fact Fact, List<PresentationRow> Rows)>();
        foreach (var fact in facts)
        {
            if (!RowIndex<TStatement>.ByConcept.TryGetValue(fact.ConceptName, out var rows))
            {
                continue;
            }

            if (!fact.TypedDimensions.IsDefaultOrEmpty)
            {
                // Statements have explicit axes only; binding such a fact would lose the axis it is reported for.
                session.Reject(fact, $"it is reported for the typed dimension {string.Join(", ", fact.TypedDimensions.Select(d => d.Axis))}, and statements have explicit axes only");
                continue;
            }

            if (fact.NonDimensionalContent is { } content)
            {
                // A statement's columns are periods and axis members; this content would be lost in one.
                session.Reject(fact, $"its context has segment or scenario content other than axis members ({content}), and statements have explicit axes only");
                continue;
            }

            var ownPeriod = fact.Period.Type == TStatement.PeriodType && !fact.Period.IsForever;
            if (ownPeriod && fact.Unit is { IsMonetary: true })
            {
                session.Open(fact, rows[0], fact.Unit);
            }
            else if (ownPeriod && !session.HasMonetaryRows)
            {
                session.Open(fact, rows[0], null);
            }
            else
            {
                joining.Add((fact, rows));
            }
        }

        // Non-monetary facts of the statement's own period first: they may have to open a statement of their own.
        foreach (var (fact, rows) in joining.Where(j => j.Fact.Period.Type == TStatement.PeriodType))
        {
            session.Join(fact, rows, createIfNone: true);
        }

        foreach (var (fact, rows) in joining.Where(j => j.Fact.Period.Type != TStatement.PeriodType))
        {
            session.Join(fact, rows, createIfNone: false);
        }

        return session.Result();
    }

    internal static bool SameMembers(IReadOnlyList<ExplicitMember> a, IReadOnlyList<ExplicitMember> b) =>
        a.Count == b.Count && a.All(b.Contains);

    private static ExplicitMember[] Canonical(ImmutableArray<ExplicitMember> dimensions) =>
        dimensions.IsDefaultOrEmpty
            ? Array.Empty<ExplicitMember>()
            : AxisOrder.Sort(dimensions, d => d.Axis);

    private sealed class Session<TStatement>
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        private readonly Dictionary<StatementKey, TStatement> statements = new();
        private readonly List<StatementKey> order = new();
        private readonly Dictionary<(StatementKey, int), Fact> assigned = new();
        private readonly List<UnboundFact> unbound = new();
        private readonly HashSet<Fact> bound = new(ReferenceEqualityComparer.Instance);

        public bool HasMonetaryRows => RowIndex<TStatement>.HasMonetaryRows;

        public void Reject(Fact fact, string reason) => unbound.Add(new UnboundFact(fact, reason));

        public void Open(Fact fact, PresentationRow row, Unit? currency)
        {
            var key = new StatementKey(fact.Period, Canonical(fact.Dimensions), currency);
            if (!statements.TryGetValue(key, out var statement))
            {
                if (!TStatement.TryCreate(fact.Period, key.Members, currency, out statement))
                {
                    unbound.Add(new UnboundFact(fact, DescribeMismatch(fact)));
                    return;
                }

                statements.Add(key, statement);
                order.Add(key);
            }

            if (Assign(statement, key, row, fact))
            {
                bound.Add(fact);
            }
        }

        public void Join(Fact fact, List<PresentationRow> rows, bool createIfNone)
        {
            var members = Canonical(fact.Dimensions);
            var monetaryUnit = fact.Unit is { IsMonetary: true } ? fact.Unit : null;
            var placed = false;
            var fitted = false;
            foreach (var key in order.ToList())
            {
                if (!SameMembers(key.Members, members) || (monetaryUnit is not null && !monetaryUnit.Equals(key.Currency)))
                {
                    continue;
                }

                foreach (var row in rows)
                {
                    if (row.Placement is { } placement && StatementPeriods.For(key.Period, placement) == fact.Period)
                    {
                        fitted = true;
                        placed |= Assign(statements[key], key, row, fact);
                    }
                }
            }

            if (!fitted && createIfNone)
            {
                Open(fact, rows[0], null);
                return;
            }

            if (placed)
            {
                bound.Add(fact);
            }
            else if (!fitted)
            {
                unbound.Add(new UnboundFact(fact, fact.Period.Type == TStatement.PeriodType
                    ? DescribeMismatch(fact)
                    : $"no {typeof(TStatement).Name} with the same members{(monetaryUnit is null ? string.Empty : " and currency")} covers a period that starts or ends at {fact.Period}"));
            }
        }

        public StatementBinding<TStatement> Result()
        {
            var ordered = order
                .OrderBy(k => string.Join(",", k.Members.Select(m => m.ToString())), StringComparer.Ordinal)
                .ThenBy(k => k.Period.End)
                .ThenBy(k => k.Period.Start ?? k.Period.End)
                .ThenBy(k => k.Currency?.ToString() ?? string.Empty, StringComparer.Ordinal)
                .Select(k => statements[k])
                .ToList();
            return new StatementBinding<TStatement>(ordered, unbound, bound);
        }

        private bool Assign(TStatement statement, StatementKey key, PresentationRow row, Fact fact)
        {
            if (assigned.TryGetValue((key, row.Index), out var earlier))
            {
                switch (CompareDuplicates(earlier, fact))
                {
                    case Duplicate.Same:
                        return true;
                    case Duplicate.MorePrecise:
                        break; // the same figure to more decimals (2,863 million and 2.9 billion): keep the precise one
                    case Duplicate.LessPrecise:
                        return true;
                    default:
                        unbound.Add(new UnboundFact(fact, $"duplicate of {earlier.ConceptName} for {key.Period} with another value ({earlier.Value} is kept)"));
                        return false;
                }
            }

            try
            {
                statement.SetValue(row, fact);
            }
            catch (FormatException exception)
            {
                unbound.Add(new UnboundFact(fact, exception.Message));
                return false;
            }

            assigned[(key, row.Index)] = fact;
            return true;
        }

        /// <summary>
        /// How a second fact for one place compares with the first: the same value; the same figure reported more
        /// or less precisely (equal once rounded to the lesser decimals, as XBRL calls duplicates consistent); or
        /// another value.
        /// </summary>
        private static Duplicate CompareDuplicates(Fact earlier, Fact later)
        {
            if (earlier.IsNil != later.IsNil)
            {
                return Duplicate.Conflicting;
            }

            if (earlier.Value == later.Value || earlier.IsNil)
            {
                return Duplicate.Same;
            }

            if (earlier.NumericValue is not { } first || later.NumericValue is not { } second
                || earlier.EffectiveDecimals is not { } firstDecimals || later.EffectiveDecimals is not { } secondDecimals)
            {
                return Duplicate.Conflicting;
            }

            var laterIsMorePrecise = secondDecimals.IsInfinite || (!firstDecimals.IsInfinite && secondDecimals.Places > firstDecimals.Places);
            var coarser = laterIsMorePrecise ? firstDecimals : secondDecimals;
            if (XbrlRounding.Round(first, coarser) != XbrlRounding.Round(second, coarser))
            {
                return Duplicate.Conflicting;
            }

            return laterIsMorePrecise ? Duplicate.MorePrecise : Duplicate.LessPrecise;
        }

        private static string DescribeMismatch(Fact fact)
        {
            if (fact.Period.Type != TStatement.PeriodType || fact.Period.IsForever)
            {
                return $"{typeof(TStatement).Name} reports {(TStatement.PeriodType == PeriodType.Instant ? "balances at an instant" : "flows over a duration")}, but the fact's period is {fact.Period}";
            }

            return fact.Dimensions.IsDefaultOrEmpty
                ? $"{typeof(TStatement).Name} cannot hold a fact for {fact.Period}"
                : $"the dimensions {string.Join(", ", fact.Dimensions)} are not axes and members of {typeof(TStatement).Name}";
        }
    }

    private readonly struct StatementKey : IEquatable<StatementKey>
    {
        public StatementKey(Period period, ExplicitMember[] members, Unit? currency)
        {
            Period = period;
            Members = members;
            Currency = currency;
        }

        public Period Period { get; }

        public ExplicitMember[] Members { get; }

        public Unit? Currency { get; }

        public bool Equals(StatementKey other) =>
            Period == other.Period && Members.AsSpan().SequenceEqual(other.Members) && Equals(Currency, other.Currency);

        public override bool Equals(object? obj) => obj is StatementKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = HashCode.Combine(Period, Currency);
            foreach (var member in Members)
            {
                hash = HashCode.Combine(hash, member);
            }

            return hash;
        }
    }

    private enum Duplicate
    {
        Same,
        MorePrecise,
        LessPrecise,
        Conflicting,
    }

    /// <summary>The rows of each concept of a statement type, computed once per type.</summary>
    private static class RowIndex<TStatement>
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        public static readonly Dictionary<QName, List<PresentationRow>> ByConcept = TStatement.Presentation
            .Where(r => !r.IsHeading)
            .GroupBy(r => r.Concept.Name)
            .ToDictionary(g => g.Key, g => g.ToList());

        public static readonly bool HasMonetaryRows = TStatement.Presentation.Any(r => !r.IsHeading && r.Concept.DataType == DataType.Monetary);
    }
}
