namespace TypedTaxonomy;

/// <summary>
/// A member of an axis that a statement is reported for, as concepts: their labels (in every role and language of
/// the taxonomy) name the breakdown a table shows, such as <c>Platform: Cloud</c>.
/// </summary>
/// <param name="Axis">The axis (dimension) concept.</param>
/// <param name="Member">The member concept.</param>
public sealed record AxisMember(Concept Axis, Concept Member)
{
    /// <summary><c>Axis label: member label</c>, in <paramref name="language"/> where the taxonomy has it.</summary>
    public string Describe(string? language = null) =>
        Axis.LabelOf("terse", language) + ": " + Member.LabelOf("terse", language);

    /// <summary>The standard labels, as <see cref="Describe"/> gives them.</summary>
    public override string ToString() => Describe();
}
