using System;
using System.Collections.Generic;

namespace TypedTaxonomy;

/// <summary>
/// A reportable line item of a taxonomy, such as <c>ifrs-full:Revenue</c>. Two concepts are equal when their names
/// are equal.
/// </summary>
public sealed class Concept : IEquatable<Concept>
{
    /// <summary>Creates a concept.</summary>
    /// <param name="name">The concept's qualified name.</param>
    /// <param name="dataType">The data type of its facts.</param>
    /// <param name="periodType">Whether its facts are reported for an instant or a duration.</param>
    /// <param name="balance">Debit or credit for monetary concepts.</param>
    /// <param name="isAbstract">Whether the concept is a heading that carries no facts.</param>
    /// <param name="isNillable">Whether a fact may be reported as nil.</param>
    /// <param name="label">The standard label.</param>
    /// <param name="labels">Labels in other roles and languages (the standard label in the taxonomy's language need not be repeated).</param>
    public Concept(
        QName name,
        DataType dataType,
        PeriodType periodType,
        Balance balance,
        bool isAbstract,
        bool isNillable,
        string label,
        params ConceptLabel[] labels)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (string.IsNullOrEmpty(name.LocalName))
        {
            throw new ArgumentException("A concept needs a local name.", nameof(name));
        }

        Name = name;
        DataType = dataType;
        PeriodType = periodType;
        Balance = balance;
        IsAbstract = isAbstract;
        IsNillable = isNillable;
        Label = label;
        Labels = labels ?? [];
    }

    /// <summary>Labels in other roles and languages.</summary>
    public IReadOnlyList<ConceptLabel> Labels { get; }

    /// <summary>
    /// The label of a role (<c>standard</c>, <c>terse</c>, <c>total</c>, <c>negated</c>, ...) in a language (a tag
    /// such as <c>zh-CN</c>; null for the taxonomy's own), falling back to the standard label in that language, then to
    /// the role in any language, then to the standard label. The one place a label is picked by role and language.
    /// </summary>
    public string LabelOf(string role, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (language is not null)
        {
            if (Find(role, language) is { } inRole)
            {
                return inRole;
            }

            if (Find(StandardRole, language) is { } standard)
            {
                return standard;
            }
        }

        return role == StandardRole ? Label : Find(role, null) ?? Label;
    }

    /// <summary>The role of the standard label.</summary>
    public const string StandardRole = "standard";

    private string? Find(string role, string? language)
    {
        foreach (var candidate in Labels)
        {
            if (candidate.Role == role && (language is null || string.Equals(candidate.Language, language, StringComparison.OrdinalIgnoreCase)))
            {
                return candidate.Text;
            }
        }

        return null;
    }

    /// <summary>The qualified name, the concept's stable key.</summary>
    public QName Name { get; }

    /// <summary>The data type of the concept's facts.</summary>
    public DataType DataType { get; }

    /// <summary>Whether facts are reported for an instant or a duration.</summary>
    public PeriodType PeriodType { get; }

    /// <summary>Debit or credit (monetary concepts only), otherwise <see cref="Balance.None"/>.</summary>
    public Balance Balance { get; }

    /// <summary>Whether the concept is abstract (a heading, axis, domain or member) and so carries no facts.</summary>
    public bool IsAbstract { get; }

    /// <summary>Whether a fact of this concept may be nil.</summary>
    public bool IsNillable { get; }

    /// <summary>The standard label.</summary>
    public string Label { get; }

    /// <summary>Whether facts of this concept are numbers, which carry a unit and decimals.</summary>
    public bool IsNumeric => IsNumericType(DataType);

    /// <summary>Whether facts of a data type are numbers, which carry a unit and decimals.</summary>
    /// <param name="dataType">The data type.</param>
    public static bool IsNumericType(DataType dataType) => dataType switch
    {
        DataType.Monetary or DataType.Decimal or DataType.Integer or DataType.NonNegativeInteger
            or DataType.Shares or DataType.PerShare or DataType.Percent or DataType.Pure => true,
        _ => false,
    };

    /// <summary>Compares names.</summary>
    /// <param name="other">The concept to compare with.</param>
    public bool Equals(Concept? other) => other is not null && Name.Equals(other.Name);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Concept);

    /// <inheritdoc/>
    public override int GetHashCode() => Name.GetHashCode();

    /// <summary>The concept's name, <c>prefix:LocalName</c>.</summary>
    public override string ToString() => Name.ToString();
}
