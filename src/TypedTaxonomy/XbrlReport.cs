using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TypedTaxonomy;

/// <summary>A report read from an XBRL instance or an xBRL-JSON document: its facts and what is known about it.</summary>
public sealed class XbrlReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="facts">The facts, in document order.</param>
    /// <param name="namespaces">Prefix to namespace URI, as declared in the document.</param>
    /// <param name="documentUri">Where the document was read from, if anywhere.</param>
    /// <param name="schemaRefs">The taxonomy schemas the document refers to (<c>link:schemaRef</c>, xBRL-JSON <c>taxonomy</c>).</param>
    /// <param name="notes">What the reader left out or inferred, for a person to read.</param>
    public XbrlReport(
        IEnumerable<Fact> facts,
        IEnumerable<KeyValuePair<string, string>>? namespaces = null,
        string? documentUri = null,
        IEnumerable<string>? schemaRefs = null,
        IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Facts = [.. facts];
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (prefix, uri) in namespaces ?? [])
        {
            builder[prefix] = uri;
        }

        Namespaces = builder.ToImmutable();
        DocumentUri = documentUri;
        SchemaRefs = [.. schemaRefs ?? []];
        Notes = [.. notes ?? []];
    }

    /// <summary>The facts, in document order.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>Prefix to namespace URI, sorted by prefix; the empty prefix is the default namespace.</summary>
    public IReadOnlyDictionary<string, string> Namespaces { get; }

    /// <summary>Where the document was read from, if anywhere.</summary>
    public string? DocumentUri { get; }

    /// <summary>The taxonomy schemas the document refers to, in document order.</summary>
    public IReadOnlyList<string> SchemaRefs { get; }

    /// <summary>What the reader ignored, skipped or inferred (for example "3 footnotes ignored"), for a person to read.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The number of <c>xbrli:context</c> elements in an XBRL XML instance; 0 for xBRL-JSON, which has none.</summary>
    public int ContextCount { get; init; }

    /// <summary>The number of <c>xbrli:unit</c> elements in an XBRL XML instance; 0 for xBRL-JSON, which has none.</summary>
    public int UnitCount { get; init; }

    /// <summary>The number of numeric facts (facts with a unit).</summary>
    public int NumericFactCount => Facts.Count(f => f.IsNumeric);
}
