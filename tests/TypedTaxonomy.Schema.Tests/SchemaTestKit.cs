using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>Parses and resolves in-memory schema files as the generator does.</summary>
internal static class SchemaTestKit
{
    public const string Header = """
        taxonomy:
          name: Demo
          prefix: demo
          namespace: http://example.com/demo
        units:
          USD: iso4217:USD
        """;

    public static (TaxonomySetResult Result, IReadOnlyList<SchemaDiagnostic> Diagnostics) Check(params (string Path, string Text)[] files)
    {
        var parsed = files.Select(f => TaxonomyFileParser.Parse(f.Path, f.Text)).ToList();
        var result = TaxonomyResolver.Resolve(parsed.Where(p => p.Document is not null).Select(p => p.Document!));
        var all = parsed.SelectMany(p => p.Diagnostics).Concat(result.Diagnostics).ToList();
        return (result, all);
    }

    public static IReadOnlyList<SchemaDiagnostic> Diagnose(string text) => Check(("demo.taxonomy.yaml", text)).Diagnostics;

    /// <summary>Asserts exactly one diagnostic of <paramref name="id"/> at the given place.</summary>
    public static SchemaDiagnostic Single(IReadOnlyList<SchemaDiagnostic> diagnostics, string id, int line, int column, SchemaSeverity severity = SchemaSeverity.Error)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{string.Join("\n", diagnostics)}");
        var diagnostic = matching[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal((line, column), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.EndsWith(".taxonomy.yaml", diagnostic.Span.FilePath, StringComparison.Ordinal);
        return diagnostic;
    }
}
