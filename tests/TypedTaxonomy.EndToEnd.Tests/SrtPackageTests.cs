using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Import;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// FASB's SRT 2024 imported whole from its taxonomy package, and Apple's 10-Q extension imported against it: the
/// schema files generate and compile in memory, and the generated validator reads the filing's facts with every
/// concept known and no error.
/// </summary>
public sealed class SrtPackageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "typed-taxonomy-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_SRT_package_and_an_extension_imported_against_it_generate_compile_and_validate_the_filing()
    {
        var srt = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = Repository.Shared("data/taxonomies/srt-2024"),
            EntryPoint = "srt-entryPoint-all-2024.xsd",
            OutputPath = Path.Combine(folder, "srt"),
        });
        TaxonomyImporter.WriteFiles(srt);
        var filing = Repository.Shared("data/sec-filings/aapl-10q-2025");
        var instance = Path.Combine(filing, "aapl-20250329_htm.xml");
        var extension = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = Path.Combine(filing, "aapl-20250329.xsd"),
            InstancePath = instance,
            OutputPath = Path.Combine(folder, "aapl"),
            BaseTaxonomies = [Path.Combine(folder, "srt")],
        });

        var files = srt.Files.Concat(extension.Files).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var generated = GeneratedTaxonomy.Build(files);

        Assert.DoesNotContain(generated.SchemaDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var srtClass = generated.TaxonomyClass("Srt");
        Assert.NotNull(srtClass);
        var report = new XbrlInstanceReader().ReadFile(instance);
        var validation = generated.Validate("Aapl", report.Facts, CalculationMode.RoundToNearest);
        Assert.Empty(validation.UnknownConcepts);
        Assert.DoesNotContain(validation.Result.Findings, f => f.Severity == ValidationSeverity.Error);
        Assert.True(validation.CheckedCalculations > 0);
    }
}
