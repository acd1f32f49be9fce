using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Cli.Render;
using TypedTaxonomy.Import;
using TypedTaxonomy.Rendering;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Benchmarks;

/// <summary>
/// Rendering Apple's 10-Q for the quarter to March 29, 2025 (760 facts, 42 pages) in process, as
/// <c>typed-taxonomy render</c> does after reading its inputs: laying the facts out on the pages of the taxonomy's
/// presentation, and that plus writing every page and the index as HTML (in memory). The baseline is reading the
/// same report from memory, what any use of it costs first. Setup imports the filing's taxonomy and resolves it.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private byte[] instance = null!;
    private ReportPresentation presentation = null!;
    private XbrlReport report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = RepositoryFiles.Shared(Path.Combine("data", "sec-filings", "aapl-10q-2025"));
        var path = Path.Combine(folder, "aapl-20250329_htm.xml");
        var import = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = Path.Combine(folder, "aapl-20250329.xsd"),
            InstancePath = path,
            OutputPath = "imported/aapl-10q",
        });
        var schema = SchemaChecker.CheckTexts(import.Files.Select(f => (f.Key, f.Value)));
        presentation = SchemaPresentation.For(schema.Set);
        instance = File.ReadAllBytes(path);
        report = Read();
    }

    [Benchmark(Baseline = true)]
    public XbrlReport ReadReport() => Read();

    [Benchmark]
    public int LayOutPages() => ReportRenderer.Render(report.Facts, presentation).Count;

    [Benchmark]
    public int LayOutAndWriteHtml()
    {
        var pages = ReportRenderer.Render(report.Facts, presentation);
        var length = HtmlPageWriter.Index(pages, "aapl").Length;
        foreach (var page in pages)
        {
            length += HtmlPageWriter.Page(page).Length;
        }

        return length;
    }

    private XbrlReport Read() => new XbrlInstanceReader().Read(new MemoryStream(instance), "aapl-20250329_htm.xml");
}
