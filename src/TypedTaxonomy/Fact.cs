using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace TypedTaxonomy;

/// <summary>
/// One reported value: a concept, its context (entity, period and axis members), and for numbers a unit and an
/// accuracy. Facts are immutable; create them with an object initializer.
/// </summary>
public sealed class Fact
{
    private readonly ImmutableArray<ExplicitMember> dimensions = [];
    private readonly ImmutableArray<TypedMember> typedDimensions = [];
    private readonly ImmutableArray<int> enclosingTuples = [];
    private ImmutableArray<Footnote> footnotes = [];
    private string? nonDimensionalContent;

    /// <summary>The name of the concept reported.</summary>
    public required QName ConceptName { get; init; }

    /// <summary>The entity the fact is about.</summary>
    public required EntityIdentifier Entity { get; init; }

    /// <summary>The instant or duration the fact is about.</summary>
    public required Period Period { get; init; }

    /// <summary>The unit of a numeric fact; <see langword="null"/> for a non-numeric fact.</summary>
    public Unit? Unit { get; init; }

    /// <summary>The value as reported (for numbers, without surrounding white space); <see langword="null"/> when nil.</summary>
    public string? Value { get; init; }

    /// <summary>The value of a numeric fact as a number; <see langword="null"/> for nil and non-numeric facts, and for numbers a <see cref="decimal"/> cannot hold (INF, NaN, beyond ±7.9·10^28).</summary>
    public decimal? NumericValue { get; init; }

    /// <summary>The reported <c>decimals</c>; <see langword="null"/> when not reported (nil, non-numeric or <c>precision</c>-only facts).</summary>
    public Decimals? Decimals { get; init; }

    /// <summary>A finite reported <c>precision</c> (legacy XBRL 2.1 significant digits); see also <see cref="IsPrecisionInfinite"/>.</summary>
    public int? Precision { get; init; }

    /// <summary>Whether <c>precision="INF"</c> was reported.</summary>
    public bool IsPrecisionInfinite { get; init; }

    /// <summary>Whether the fact is nil (<c>xsi:nil="true"</c>, or a <c>null</c> value in xBRL-JSON).</summary>
    public bool IsNil { get; init; }

    /// <summary>The explicit axis members of the fact's context, in document order.</summary>
    public ImmutableArray<ExplicitMember> Dimensions
    {
        get => dimensions;
        init => dimensions = value.IsDefault ? [] : value;
    }

    /// <summary>The typed axis values of the fact's context, in document order.</summary>
    public ImmutableArray<TypedMember> TypedDimensions
    {
        get => typedDimensions;
        init => typedDimensions = value.IsDefault ? [] : value;
    }

    /// <summary>
    /// The tuples the fact is reported in, outermost first, each as the number of that tuple element in its
    /// document (1 for the first tuple in document order, 2 for the next, nested ones included); empty for a fact
    /// at the top level of its instance, and for every fact of xBRL-JSON, which has no tuples.
    /// </summary>
    /// <remarks>
    /// XBRL 2.1 scopes duplicates and calculations by the parent element: facts in different tuples are not
    /// duplicates (section 4.10, p-equal), and a summation's total binds the contributing items nested anywhere
    /// in its own parent (section 5.2.5.2), which is how <see cref="Validation.ReportValidator"/> uses this.
    /// </remarks>
    public ImmutableArray<int> EnclosingTuples
    {
        get => enclosingTuples;
        init => enclosingTuples = value.IsDefault ? [] : value;
    }

    /// <summary>
    /// The context's segment and scenario content other than axis members, as XBRL 2.1 taxonomies before
    /// dimensions used it (<c>&lt;segment&gt;&lt;my:region&gt;North&lt;/my:region&gt;&lt;/segment&gt;</c>), in a canonical
    /// form: two contexts are the same only when this is the same too (section 4.10, s-equal). Null when there is
    /// none, as for every fact of xBRL-JSON, which cannot hold such content.
    /// </summary>
    public string? NonDimensionalContent
    {
        get => nonDimensionalContent;
        init => nonDimensionalContent = value;
    }

    /// <summary>The fact's id in its document, when it has one.</summary>
    public string? Id { get; init; }

    /// <summary>The language of a non-numeric fact (<c>xml:lang</c> in scope, or xBRL-JSON's <c>language</c>).</summary>
    public string? Language { get; init; }

    /// <summary>The footnotes attached to the fact, in the order their links are written; empty when it has none.</summary>
    public ImmutableArray<Footnote> Footnotes
    {
        get => footnotes;
        init => footnotes = value.IsDefault ? [] : value;
    }

    /// <summary>Where the fact is in the document it was read from.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>A copy of the fact with other footnotes, for readers that meet the footnotes after the fact.</summary>
    internal Fact WithFootnotes(ImmutableArray<Footnote> value)
    {
        var copy = (Fact)MemberwiseClone();
        copy.footnotes = value.IsDefault ? [] : value;
        return copy;
    }

    /// <summary>
    /// A copy of the fact, everything else kept, whose context's other segment and scenario content is
    /// <paramref name="value"/>: for a processor that puts that content in another canonical form (typed values).
    /// </summary>
    public Fact WithNonDimensionalContent(string? value)
    {
        var copy = (Fact)MemberwiseClone();
        copy.nonDimensionalContent = value;
        return copy;
    }

    /// <summary>Whether the fact is numeric, which is whether it has a unit.</summary>
    public bool IsNumeric => Unit is not null;

    /// <summary>
    /// The decimals to round the fact with: the reported <see cref="Decimals"/>, or else the decimals inferred
    /// from a reported precision (<see cref="XbrlRounding.InferDecimalsFromPrecision"/>). <see langword="null"/> for
    /// non-numeric and nil facts, and for precision 0, which tells nothing about the value's accuracy.
    /// </summary>
    public Decimals? EffectiveDecimals
    {
        get
        {
            if (Decimals is { } reported)
            {
                return reported;
            }

            if (IsPrecisionInfinite)
            {
                return TypedTaxonomy.Decimals.Infinite;
            }

            return Precision is { } precision && NumericValue is { } value
                && XbrlRounding.TryInferDecimalsFromPrecision(value, precision, out var inferred)
                ? inferred
                : null;
        }
    }

    /// <summary>Whether the fact has the same concept, entity, period, unit, axis members and other context content as another, ignoring member order.</summary>
    /// <param name="other">The fact to compare with.</param>
    public bool HasSameAspects(Fact other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ConceptName.Equals(other.ConceptName)
            && Entity.Equals(other.Entity)
            && Period.Equals(other.Period)
            && Equals(Unit, other.Unit)
            && NonDimensionalContent == other.NonDimensionalContent
            && Dimensions.Length == other.Dimensions.Length
            && TypedDimensions.Length == other.TypedDimensions.Length
            && Dimensions.ToHashSet().SetEquals(other.Dimensions)
            && TypedDimensions.ToHashSet().SetEquals(other.TypedDimensions);
    }

    /// <summary>A one-line description for messages and debugging: concept, period, axis members and value.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(ConceptName).Append(" [").Append(Period);
        foreach (var d in Dimensions)
        {
            sb.Append(", ").Append(d);
        }

        foreach (var t in TypedDimensions)
        {
            sb.Append(", ").Append(t);
        }

        sb.Append("] = ").Append(IsNil ? "nil" : Value);
        if (Unit is not null)
        {
            sb.Append(' ').Append(Unit);
        }

        return sb.ToString();
    }
}
