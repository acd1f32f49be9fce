using System;

namespace TypedTaxonomy.Import.Model;

/// <summary>A concept's name as the output writes it: the prefix of the taxonomy file it belongs to and its local name.</summary>
internal readonly record struct ConceptName(string Prefix, string LocalName) : IComparable<ConceptName>
{
    public int CompareTo(ConceptName other)
    {
        var byPrefix = string.CompareOrdinal(Prefix, other.Prefix);
        return byPrefix != 0 ? byPrefix : string.CompareOrdinal(LocalName, other.LocalName);
    }

    public override string ToString() => Prefix + ":" + LocalName;
}
