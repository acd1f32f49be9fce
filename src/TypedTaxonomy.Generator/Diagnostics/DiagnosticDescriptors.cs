using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Schema.Diagnostics;
using Catalog = TypedTaxonomy.Schema.Diagnostics.SchemaDiagnosticDescriptors;

namespace TypedTaxonomy.Generator.Diagnostics;

/// <summary>
/// The Roslyn descriptors of the schema diagnostics, made from the schema layer's catalog (shared with the command
/// line tool), one for each of its entries: the catalog is the one list, so no id can be missing here. The catalog
/// formats the message, hence "{0}". Release tracking (AnalyzerReleases.*.md) cannot read computed ids, so a test
/// holds those files to the catalog instead.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Every descriptor, in the catalog's order (by id).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = Catalog.All.Select(Create).ToImmutableArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The descriptor of a catalog id; an id outside the catalog (never made by <see cref="SchemaDiagnostic.Create"/>) gets the internal error's.</summary>
    public static DiagnosticDescriptor Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : ById[Catalog.InternalError.Id];

    /// <summary>The Roslyn descriptor of one catalog entry.</summary>
    public static DiagnosticDescriptor Create(SchemaDiagnosticDescriptor entry)
    {
        if (entry is null)
        {
            throw new ArgumentNullException(nameof(entry));
        }

        return new DiagnosticDescriptor(entry.Id, entry.Title, "{0}", entry.Category, ToRoslyn(entry.Severity), isEnabledByDefault: true, entry.Description, entry.HelpLink);
    }

    private static DiagnosticSeverity ToRoslyn(SchemaSeverity severity) => severity switch
    {
        SchemaSeverity.Error => DiagnosticSeverity.Error,
        SchemaSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
