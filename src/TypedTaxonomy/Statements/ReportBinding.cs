using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy;

/// <summary>
/// A report bound to every statement of a taxonomy set, accounting for each fact: bound to at least one
/// statement, or listed as unbound with the reason. Generated <c>Bind</c> methods build it.
/// </summary>
public sealed class ReportBinding
{
    private readonly IReadOnlyList<Fact> facts;
    private readonly Func<QName, Concept?> findConcept;
    private readonly HashSet<Fact> bound = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Fact, string> reasons = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> bindings = new();
    private readonly List<IStatement> statements = new();
    private List<UnboundFact>? unbound;

    /// <summary>Starts accounting for <paramref name="facts"/>.</summary>
    /// <param name="facts">Every fact of the report.</param>
    /// <param name="findConcept">The set's concept lookup, to tell facts of unknown concepts.</param>
    public ReportBinding(IReadOnlyList<Fact> facts, Func<QName, Concept?> findConcept)
    {
        this.facts = facts ?? throw new ArgumentNullException(nameof(facts));
        this.findConcept = findConcept ?? throw new ArgumentNullException(nameof(findConcept));
    }

    /// <summary>Every fact of the report.</summary>
    public IReadOnlyList<Fact> Facts => facts;

    /// <summary>How many facts went into at least one statement.</summary>
    public int BoundFacts => bound.Count;

    /// <summary>Every statement of every statement type, in the order the types were added, for code that works with any statement.</summary>
    public IEnumerable<IStatement> AllStatements => statements;

    /// <summary>The facts no statement took, with the reason; empty until <see cref="Complete"/>.</summary>
    public IReadOnlyList<UnboundFact> Unbound => unbound ?? (IReadOnlyList<UnboundFact>)Array.Empty<UnboundFact>();

    /// <summary>Records one statement type's binding.</summary>
    public ReportBinding Add<TStatement>(StatementBinding<TStatement> binding)
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        ArgumentNullException.ThrowIfNull(binding);
        bindings.Add(binding);
        statements.AddRange(binding.Statements);
        bound.UnionWith(binding.Bound);
        foreach (var miss in binding.Unbound)
        {
            reasons.TryAdd(miss.Fact, miss.Reason);
        }

        return this;
    }

    /// <summary>The binding of one statement type, as added.</summary>
    public StatementBinding<TStatement> Of<TStatement>()
        where TStatement : class, IStatement, IStatementType<TStatement> =>
        bindings.OfType<StatementBinding<TStatement>>().SingleOrDefault()
            ?? throw new InvalidOperationException($"{typeof(TStatement).Name} is not a statement of this binding.");

    /// <summary>Lists every fact no statement took, with the best reason known.</summary>
    public ReportBinding Complete()
    {
        unbound = new List<UnboundFact>();
        foreach (var fact in facts)
        {
            if (bound.Contains(fact))
            {
                continue;
            }

            var reason = findConcept(fact.ConceptName) switch
            {
                null => $"the taxonomy does not define {fact.ConceptName}",
                { IsAbstract: true } => $"{fact.ConceptName} is abstract",
                _ when reasons.TryGetValue(fact, out var statementReason) => statementReason,
                _ => $"no statement presents {fact.ConceptName}",
            };
            unbound.Add(new UnboundFact(fact, reason));
        }

        return this;
    }
}
