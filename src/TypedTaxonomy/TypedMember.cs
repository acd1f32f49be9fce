using System;

namespace TypedTaxonomy;

/// <summary>
/// The value of a typed axis (dimension) in a fact's context: in XBRL XML, the text of the single element inside
/// <c>xbrldi:typedMember</c>, such as <c>2023-10-01</c>. Two typed members are equal when their axis and value are;
/// <see cref="Element"/> is only how the value was wrapped in XML.
/// </summary>
/// <param name="Axis">The typed axis (dimension) concept.</param>
/// <param name="Value">The value's XML text, as reported.</param>
public sealed record TypedMember(QName Axis, string Value)
{
    /// <summary>
    /// The name of the element that held the value in XBRL XML (the axis's typed domain element), when known;
    /// xBRL-JSON does not carry it.
    /// </summary>
    public QName? Element { get; init; }

    /// <summary>Compares axis and value.</summary>
    /// <param name="other">The typed member to compare with.</param>
    public bool Equals(TypedMember? other) =>
        other is not null && Axis.Equals(other.Axis) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Axis, StringComparer.Ordinal.GetHashCode(Value));

    /// <summary><c>axis=value</c>.</summary>
    public override string ToString() => Axis + "=" + Value;
}
