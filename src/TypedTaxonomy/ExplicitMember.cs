namespace TypedTaxonomy;

/// <summary>
/// A member of an explicit axis (dimension) in a fact's context, such as
/// <c>us-gaap:StatementBusinessSegmentsAxis = aapl:AmericasSegmentMember</c>.
/// </summary>
/// <param name="Axis">The axis (dimension) concept.</param>
/// <param name="Member">The member concept.</param>
public readonly record struct ExplicitMember(QName Axis, QName Member)
{
    /// <summary><c>axis=member</c>.</summary>
    public override string ToString() => Axis + "=" + Member;
}
