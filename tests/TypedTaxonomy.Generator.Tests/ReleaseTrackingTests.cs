using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Generator.Diagnostics;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// The schema catalog is the one list of diagnostics: the Roslyn descriptors are made from it, and the release
/// notes (AnalyzerReleases.*.md, which the release tracking analyzer cannot check against computed ids) must list it.
/// </summary>
public sealed class ReleaseTrackingTests
{
    [Fact]
    public void EveryCatalogEntryHasItsRoslynDescriptor()
    {
        Assert.Equal(SchemaDiagnosticDescriptors.All.Select(d => d.Id), DiagnosticDescriptors.All.Select(d => d.Id));
        foreach (var entry in SchemaDiagnosticDescriptors.All)
        {
            var descriptor = DiagnosticDescriptors.Find(entry.Id);
            Assert.Equal(entry.Id, descriptor.Id);
            Assert.Equal(entry.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(entry.Category, descriptor.Category);
            Assert.Equal(entry.Description, descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(entry.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal(entry.Severity.ToString(), descriptor.DefaultSeverity.ToString());
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void AnIdOutsideTheCatalogIsReportedAsAnInternalErrorRatherThanCrashing()
    {
        var diagnostic = new SchemaDiagnostic("TAX9999", SchemaSeverity.Error, "made by hand", SourceSpan.StartOf("a.taxonomy.yaml")).ToDiagnostic();

        Assert.Equal(SchemaDiagnosticDescriptors.InternalError.Id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void TheReleaseNotesListEveryCatalogEntryOnce()
    {
        var directory = Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "TypedTaxonomy.Generator");
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(directory, file)))
            .Where(line => line.StartsWith("TAX", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToList();

        Assert.Equal(SchemaDiagnosticDescriptors.All.Select(d => d.Id), rows.Select(r => r[0]));
        foreach (var row in rows)
        {
            var entry = SchemaDiagnosticDescriptors.Find(row[0])!;
            Assert.Equal(new[] { entry.Id, entry.Category, entry.Severity.ToString(), entry.Title }, row);
        }
    }
}
