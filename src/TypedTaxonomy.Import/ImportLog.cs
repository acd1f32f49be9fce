using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Import;

/// <summary>Collects the notes of an import: what was left out, changed or assumed, each said once.</summary>
internal sealed class ImportLog
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public List<string> Notes { get; } = new();

    /// <summary>Names left out of the output because the format cannot hold them, with the reason.</summary>
    public SortedDictionary<string, string> LeftOut { get; } = new(StringComparer.Ordinal);

    public void Note(string text)
    {
        if (seen.Add(text))
        {
            Notes.Add(text);
        }
    }

    public void Leave(string name, string reason)
    {
        if (!LeftOut.ContainsKey(name))
        {
            LeftOut.Add(name, reason);
        }
    }
}
