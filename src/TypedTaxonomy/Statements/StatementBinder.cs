using System;
using System.Collections.Generic;
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
    internal StatementBinding(IReadOnlyList<TStatement> statements, IReadOnlyList<UnboundFact> unbound, int boundFacts)
    {
        Statements = statements;
        Unbound = unbound;
        BoundFacts = boundFacts;
    }

    /// <summary>One statement per period and combination of axis members, ordered by members, then by period.</summary>
    public IReadOnlyList<TStatement> Statements { get; }

    /// <summary>Facts of the statement's concepts that fitted no statement (wrong dimensions, no matching period, bad value, inconsistent duplicate).</summary>
    public IReadOnlyList<UnboundFact> Unbound { get; }

    /// <summary>How many facts went into a statement.</summary>
    public int BoundFacts { get; }

    /// <summary>The totals: statements reported without any axis member.</summary>
    public IEnumerable<TStatement> Totals => Statements.Where(s => s.Members.Count == 0);

    /// <summary>The statement for a period and members, or null.</summary>
    public TStatement? Find(Period period, params ExplicitMember[] members) =>
        Statements.FirstOrDefault(s => s.Period == period && SameMembers(s.Members, members));

    internal static bool SameMembers(IReadOnlyList<ExplicitMember> a, IReadOnlyList<ExplicitMember> b) =>
        a.Count == b.Count && a.All(b.Contains);
}

/// <summary>
/// Fills generated statement classes from facts by concept, period and axis members. Facts of other
/// concepts are not this statement's business and are left alone; facts of its concepts that fit no
/// statement are returned with the reason, never dropped.
/// </summary>
public static class StatementBinder
{
    /// <summary>Binds <paramref name="facts"/> into statements of <typeparamref name="TStatement"/>.</summary>
    public static StatementBinding<TStatement> Bind<TStatement>(IEnumerable<Fact> facts)
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rows = RowIndex<TStatement>.ByConcept;
        var statements = new Dictionary<StatementKey, TStatement>();
        var order = new List<StatementKey>();
        var assigned = new Dictionary<(StatementKey, int), Fact>();
        var unbound = new List<UnboundFact>();
        var deferredInstants = new List<(Fact Fact, List<PresentationRow> Rows)>();
        var bound = 0;

        foreach (var fact in facts)
        {
            if (!rows.TryGetValue(fact.ConceptName, out var conceptRows))
            {
                continue;
            }

            if (TStatement.PeriodType == PeriodType.Duration && fact.Period.IsInstant)
            {
                deferredInstants.Add((fact, conceptRows));
                continue;
            }

            var row = conceptRows[0];
            var key = new StatementKey(fact.Period, Canonical(fact.Dimensions));
            if (!statements.TryGetValue(key, out var statement))
            {
                if (!TStatement.TryCreate(fact.Period, key.Members, out statement))
                {
                    unbound.Add(new UnboundFact(fact, DescribeMismatch<TStatement>(fact)));
                    continue;
                }

                statements.Add(key, statement);
                order.Add(key);
            }

            if (Assign(statement, key, row, fact, assigned, unbound))
            {
                bound++;
            }
        }

        foreach (var (fact, conceptRows) in deferredInstants)
        {
            var members = Canonical(fact.Dimensions);
            var placed = false;
            foreach (var key in order.Where(k => StatementBinding<TStatement>.SameMembers(k.Members, members)))
            {
                foreach (var row in conceptRows)
                {
                    if (row.Placement is { } placement && StatementPeriods.For(key.Period, placement) == fact.Period)
                    {
                        placed |= Assign(statements[key], key, row, fact, assigned, unbound);
                    }
                }
            }

            if (placed)
            {
                bound++;
            }
            else if (!unbound.Any(u => ReferenceEquals(u.Fact, fact)))
            {
                unbound.Add(new UnboundFact(fact, $"no {typeof(TStatement).Name} with the same members covers a period that starts or ends at {fact.Period}"));
            }
        }

        var ordered = order
            .OrderBy(k => string.Join(",", k.Members.Select(m => m.ToString())), StringComparer.Ordinal)
            .ThenBy(k => k.Period.End)
            .ThenBy(k => k.Period.Start ?? k.Period.End)
            .Select(k => statements[k])
            .ToList();
        return new StatementBinding<TStatement>(ordered, unbound, bound);
    }

    private static bool Assign<TStatement>(TStatement statement, StatementKey key, PresentationRow row, Fact fact, Dictionary<(StatementKey, int), Fact> assigned, List<UnboundFact> unbound)
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        if (assigned.TryGetValue((key, row.Index), out var earlier))
        {
            if (earlier.Value == fact.Value && earlier.IsNil == fact.IsNil)
            {
                return true; // a consistent duplicate: same place, same value
            }

            unbound.Add(new UnboundFact(fact, $"duplicate of {earlier.ConceptName} for {key.Period} with another value ({earlier.Value} is kept)"));
            return false;
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

        assigned.Add((key, row.Index), fact);
        return true;
    }

    private static string DescribeMismatch<TStatement>(Fact fact)
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        if (TStatement.PeriodType == PeriodType.Instant && !fact.Period.IsInstant)
        {
            return $"{typeof(TStatement).Name} reports balances at an instant, but the fact covers {fact.Period}";
        }

        return fact.Dimensions.IsDefaultOrEmpty
            ? $"{typeof(TStatement).Name} cannot hold a fact for {fact.Period}"
            : $"the dimensions {string.Join(", ", fact.Dimensions)} are not axes and members of {typeof(TStatement).Name}";
    }

    private static ExplicitMember[] Canonical(System.Collections.Immutable.ImmutableArray<ExplicitMember> dimensions) =>
        dimensions.IsDefaultOrEmpty
            ? Array.Empty<ExplicitMember>()
            : dimensions.OrderBy(d => d.Axis.NamespaceUri, StringComparer.Ordinal).ThenBy(d => d.Axis.LocalName, StringComparer.Ordinal).ToArray();

    private readonly struct StatementKey : IEquatable<StatementKey>
    {
        public StatementKey(Period period, ExplicitMember[] members)
        {
            Period = period;
            Members = members;
        }

        public Period Period { get; }

        public ExplicitMember[] Members { get; }

        public bool Equals(StatementKey other) => Period == other.Period && Members.AsSpan().SequenceEqual(other.Members);

        public override bool Equals(object? obj) => obj is StatementKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = Period.GetHashCode();
            foreach (var member in Members)
            {
                hash = HashCode.Combine(hash, member);
            }

            return hash;
        }
    }

    /// <summary>The rows of each concept of a statement type, computed once per type.</summary>
    private static class RowIndex<TStatement>
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        public static readonly Dictionary<QName, List<PresentationRow>> ByConcept = TStatement.Presentation
            .Where(r => !r.IsHeading)
            .GroupBy(r => r.Concept.Name)
            .ToDictionary(g => g.Key, g => g.ToList());
    }
}
