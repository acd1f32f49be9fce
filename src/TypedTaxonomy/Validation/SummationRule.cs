namespace TypedTaxonomy.Validation;

/// <summary>A contributing item of a summation, with its weight (any decimal: XBRL 2.1 section 5.2.5.2 allows weights other than 1 and -1).</summary>
/// <param name="Concept">The item's concept.</param>
/// <param name="Weight">What the item is multiplied by: 1 to add, -1 to subtract, or another decimal.</param>
public readonly record struct SummationTerm(Concept Concept, decimal Weight);

/// <summary>A summation-item relationship set, as generated from a taxonomy's calculations.</summary>
/// <param name="Total">The total's concept.</param>
/// <param name="Items">The contributing items.</param>
public sealed record SummationRule(Concept Total, SummationTerm[] Items);

/// <summary>
/// A roll-forward, as generated from a taxonomy: for a period, the balance at its end is the balance at its start
/// plus the changes over it.
/// </summary>
/// <param name="Balance">The balance's concept, an instant.</param>
/// <param name="Changes">The changes over the period, durations, with their weights.</param>
public sealed record RollForwardRule(Concept Balance, SummationTerm[] Changes);

/// <summary>A numeric concept's allowed range, as generated from a taxonomy.</summary>
/// <param name="Concept">The concept.</param>
/// <param name="Min">The lowest allowed value, or null.</param>
/// <param name="Max">The highest allowed value, or null.</param>
public sealed record RangeRule(Concept Concept, decimal? Min, decimal? Max);

/// <summary>What a report validator knows of a taxonomy set; generated code fills it in.</summary>
public sealed class TaxonomyRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="findConcept">The concept of a QName, or null when no taxonomy of the set defines it.</param>
    /// <param name="checkMember">For an axis of the set: whether the member belongs to its domain; null when the axis is not one of the set's.</param>
    /// <param name="summations">Every summation of the set.</param>
    /// <param name="ranges">Every range of the set.</param>
    public TaxonomyRules(System.Func<QName, Concept?> findConcept, System.Func<QName, QName, bool?> checkMember, SummationRule[] summations, RangeRule[] ranges)
        : this(findConcept, checkMember, summations, ranges, [])
    {
    }

    /// <summary>Creates the rules, roll-forwards among them.</summary>
    /// <param name="findConcept">The concept of a QName, or null when no taxonomy of the set defines it.</param>
    /// <param name="checkMember">For an axis of the set: whether the member belongs to its domain; null when the axis is not one of the set's.</param>
    /// <param name="summations">Every summation of the set.</param>
    /// <param name="ranges">Every range of the set.</param>
    /// <param name="rollForwards">Every roll-forward of the set.</param>
    public TaxonomyRules(System.Func<QName, Concept?> findConcept, System.Func<QName, QName, bool?> checkMember, SummationRule[] summations, RangeRule[] ranges, RollForwardRule[] rollForwards)
    {
        FindConcept = findConcept;
        CheckMember = checkMember;
        Summations = summations;
        Ranges = ranges;
        RollForwards = rollForwards;
    }

    /// <summary>The concept of a QName, or null.</summary>
    public System.Func<QName, Concept?> FindConcept { get; }

    /// <summary>For an axis of the set, whether a member belongs to it; null for an unknown axis.</summary>
    public System.Func<QName, QName, bool?> CheckMember { get; }

    /// <summary>Every summation of the set.</summary>
    public SummationRule[] Summations { get; }

    /// <summary>Every range of the set.</summary>
    public RangeRule[] Ranges { get; }

    /// <summary>Every roll-forward of the set.</summary>
    public RollForwardRule[] RollForwards { get; }
}
