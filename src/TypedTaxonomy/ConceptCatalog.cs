using System;
using System.Collections;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace TypedTaxonomy;

/// <summary>
/// Every concept of one taxonomy, in the order of its schema files, with a lookup by local name. Generated concept
/// catalogs expose it as <c>All</c>; the lookup is built the first time it is used, once.
/// </summary>
public sealed class ConceptCatalog : IReadOnlyList<Concept>
{
    private readonly Concept[] concepts;
    private FrozenDictionary<string, Concept>? byLocalName;

    /// <summary>Joins the concepts created by each part of a catalog.</summary>
    /// <param name="parts">The parts' concepts, in order.</param>
    /// <exception cref="ArgumentException">Two concepts share a local name.</exception>
    public ConceptCatalog(params Concept[][] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var count = 0;
        foreach (var part in parts)
        {
            count += part.Length;
        }

        concepts = new Concept[count];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(concepts, at);
            at += part.Length;
        }
    }

    /// <inheritdoc />
    public int Count => concepts.Length;

    /// <inheritdoc />
    public Concept this[int index] => concepts[index];

    /// <summary>The concept of a local name, or null when the taxonomy has none of that name.</summary>
    /// <param name="localName">The local part of the concept's QName.</param>
    public Concept? Find(string localName)
    {
        ArgumentNullException.ThrowIfNull(localName);
        var index = byLocalName ??= Index(concepts);
        return index.GetValueOrDefault(localName);
    }

    /// <inheritdoc />
    public IEnumerator<Concept> GetEnumerator() => ((IEnumerable<Concept>)concepts).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static FrozenDictionary<string, Concept> Index(Concept[] concepts)
    {
        var index = new Dictionary<string, Concept>(concepts.Length, StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            if (!index.TryAdd(concept.Name.LocalName, concept))
            {
                throw new ArgumentException($"The catalog has two concepts named {Excerpt.Quote(concept.Name.LocalName)}.", nameof(concepts));
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
