using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy.Schema.Writing;

/// <summary>
/// Comments for <see cref="TaxonomyFileWriter"/> to write with a file: lines above the <c>taxonomy</c> block, and for
/// an entry, lines above it and a comment at the end of its line. An entry is named by the keys that lead to it:
/// <c>("concepts", "Revenue")</c>, <c>("concepts", "Revenue", "type")</c>, <c>("taxonomy", "defaults", "currency")</c>,
/// <c>("axes", "us-gaap:SegmentsAxis", "domain")</c>, <c>("axes", axis, "members", member)</c> (at any depth).
/// </summary>
/// <remarks>Comments are for people; a line break in one is written as a space, so no comment can change the data.</remarks>
public sealed class TaxonomyFileComments
{
    private readonly Dictionary<string, List<string>> above = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> onLine = new(StringComparer.Ordinal);

    /// <summary>Lines written at the top of the file, above the <c>taxonomy</c> block.</summary>
    public IList<string> Header { get; } = new List<string>();

    /// <summary>Adds a comment line above the entry at <paramref name="path"/>.</summary>
    public void AddAbove(string text, params string[] path)
    {
        var key = Key(path);
        if (!above.TryGetValue(key, out var lines))
        {
            above.Add(key, lines = new List<string>());
        }

        lines.Add(text);
    }

    /// <summary>Sets the comment at the end of the line of the entry at <paramref name="path"/>.</summary>
    public void SetOnLine(string text, params string[] path) => onLine[Key(path)] = text;

    internal IEnumerable<string> Above(params string[] path) =>
        above.TryGetValue(Key(path), out var lines) ? lines : Enumerable.Empty<string>();

    internal string? OnLine(params string[] path) => onLine.TryGetValue(Key(path), out var text) ? text : null;

    // Names are NCNames or QNames, which hold no line break, so two paths never make one key.
    private static string Key(string[] path) => string.Join("\n", path);
}
