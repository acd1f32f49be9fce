using System;
using System.Collections.Generic;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Import.Model;

/// <summary>
/// The one prefix the output uses for each namespace. Taxonomy files name a taxonomy by its prefix, so two
/// namespaces can never share one; the first declaration seen wins and a clash gets a numbered prefix.
/// </summary>
internal sealed class NamespacePrefixes
{
    private readonly Dictionary<string, string> prefixByNamespace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> namespaceByPrefix = new(StringComparer.Ordinal);

    public string? PrefixOf(string namespaceUri) => prefixByNamespace.TryGetValue(namespaceUri, out var prefix) ? prefix : null;

    public string? NamespaceOf(string prefix) => namespaceByPrefix.TryGetValue(prefix, out var ns) ? ns : null;

    /// <summary>Registers <paramref name="preferred"/> for the namespace unless it has a prefix already; returns the prefix in use.</summary>
    public string Register(string namespaceUri, string preferred)
    {
        if (prefixByNamespace.TryGetValue(namespaceUri, out var existing))
        {
            return existing;
        }

        var prefix = NameRules.WhyNotPrefix(preferred) is null ? preferred : "ns";
        var candidate = prefix;
        for (var n = 2; namespaceByPrefix.ContainsKey(candidate); n++)
        {
            candidate = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        prefixByNamespace.Add(namespaceUri, candidate);
        namespaceByPrefix.Add(candidate, namespaceUri);
        return candidate;
    }
}
