using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Cli.Render;
using TypedTaxonomy.Import;
using TypedTaxonomy.Rendering;

namespace TypedTaxonomy.EndToEnd.Tests.Rendering;

/// <summary>
/// A report rendered from schema files as <c>typed-taxonomy render</c> does it: schema files resolved, the report read,
/// its pages laid out and written as HTML (in memory). Built once per test run for each input.
/// </summary>
public sealed class RenderedReport
{
    private static readonly Lazy<RenderedReport> AppleQuarter = new(() =>
    {
        var folder = Repository.Shared("data/sec-filings/aapl-10q-2025");
        var import = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = Path.Combine(folder, "aapl-20250329.xsd"),
            InstancePath = Path.Combine(folder, "aapl-20250329_htm.xml"),
            OutputPath = "imported/aapl-10q",
        });
        return Render(import.Files.Select(f => (f.Key, f.Value)), Path.Combine(folder, "aapl-20250329_htm.xml"));
    });

    private static readonly Lazy<RenderedReport> CloopenSeeds = new(() =>
    {
        var files = Directory.GetFiles(Repository.Path("schema"), "*.taxonomy.yaml", SearchOption.AllDirectories)
            .Select(path => (path, File.ReadAllText(path)));
        return Render(files, Repository.Path("samples/data/cloopen-revenue-recognition.xbrl.json"));
    });

    private RenderedReport(IReadOnlyList<RenderedPage> pages, int factCount)
    {
        Pages = pages;
        FactCount = factCount;
        Html = pages.ToDictionary(p => p.FileName, HtmlPageWriter.Page, StringComparer.Ordinal);
    }

    /// <summary>Apple's 10-Q for the quarter to March 29, 2025, imported from its extension taxonomy and instance.</summary>
    public static RenderedReport Apple => AppleQuarter.Value;

    /// <summary>The seed figures of Cloopen's filings on the shipped schema.</summary>
    public static RenderedReport Cloopen => CloopenSeeds.Value;

    /// <summary>The pages in order.</summary>
    public IReadOnlyList<RenderedPage> Pages { get; }

    /// <summary>How many facts the report has.</summary>
    public int FactCount { get; }

    /// <summary>Each page's HTML by file name.</summary>
    public IReadOnlyDictionary<string, string> Html { get; }

    /// <summary>The page of a presentation role.</summary>
    public RenderedPage PageOf(string role) => Pages.SingleOrDefault(p => p.Role == role)
        ?? throw new InvalidOperationException($"No page renders the role {role}; the pages are {string.Join(", ", Pages.Select(p => p.Role))}.");

    private static RenderedReport Render(IEnumerable<(string Path, string Text)> files, string reportPath)
    {
        var schema = SchemaChecker.CheckTexts(files);
        Assert.False(schema.HasErrors, string.Join("\n", schema.Problems.Concat(schema.Diagnostics.Select(d => d.ToString()))));
        var rules = SchemaRules.For(schema.Set, null);
        var report = ReportChecker.Read(reportPath, rules.IsNumericConcept) ?? throw new InvalidOperationException(reportPath + " is empty");
        return new RenderedReport(ReportRenderer.Render(report.Facts, SchemaPresentation.For(schema.Set)), report.Facts.Count);
    }
}
