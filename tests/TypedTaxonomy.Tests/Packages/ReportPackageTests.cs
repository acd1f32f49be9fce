using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using TypedTaxonomy.Xbrl;
using TypedTaxonomy.Xbrl.Inline;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Tests.Packages;

/// <summary>
/// Report packages built here from Apple's 10-Q as filed, in each layout of XBRL Report Packages 1.0 and the older
/// ESEF one, read in place with the reader of each report's kind; and each rule of the layout broken once, giving the
/// specification's error code.
/// </summary>
public sealed class ReportPackageTests : IDisposable
{
    private const string Xbri = "{\"documentInfo\":{\"documentType\":\"https://xbrl.org/report-package/2023/xbri\"}}";
    private const string Xbr = "{\"documentInfo\":{\"documentType\":\"https://xbrl.org/report-package/2023/xbr\"}}";
    private const string Unconstrained = "{\"documentInfo\":{\"documentType\":\"https://xbrl.org/report-package/2023\"}}";
    private static readonly string Filing = TestData.Path("sec-filings", "aapl-10q-2025");
    private static readonly Lazy<byte[]> Htm = new(() => File.ReadAllBytes(Path.Combine(Filing, "aapl-20250329.htm")));
    private static readonly Lazy<byte[]> Xml = new(() => File.ReadAllBytes(Path.Combine(Filing, "aapl-20250329_htm.xml")));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "typed-taxonomy-tests", Guid.NewGuid().ToString("N"));

    public ReportPackageTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void An_inline_report_package_reads_the_same_facts_as_the_htm_with_places_inside_the_package()
    {
        var path = Zip("aapl.xbri", new() { ["filing/META-INF/reportPackage.json"] = Text(Xbri), ["filing/reports/aapl-20250329.htm"] = Htm.Value });

        using var package = ReportPackage.Open(path);
        var report = package.Read(package.SingleReport());

        Assert.Equal(ReportPackage.InlineDocumentType, package.DocumentType);
        Assert.True(package.Reports.Single().IsInline);
        var direct = new InlineXbrlReader().ReadFile(Path.Combine(Filing, "aapl-20250329.htm"));
        Assert.Equal(direct.Facts.Count, report.Facts.Count);
        Assert.Equal(direct.Facts.Select(Key), report.Facts.Select(Key));
        Assert.Equal(path + "/filing/reports/aapl-20250329.htm", report.Facts[0].Location!.Value.Document);
        Assert.Equal(direct.Facts[0].Location!.Value.Line, report.Facts[0].Location!.Value.Line);
    }

    [Fact]
    public void A_non_inline_report_package_reads_its_XBRL_report()
    {
        var path = Zip("aapl.xbr", new() { ["filing/META-INF/reportPackage.json"] = Text(Xbr), ["filing/reports/aapl.xbrl"] = Xml.Value });

        var report = ReportPackage.ReadFile(path);

        var direct = new XbrlInstanceReader().ReadFile(Path.Combine(Filing, "aapl-20250329_htm.xml"));
        Assert.Equal(direct.Facts.Select(Key), report.Facts.Select(Key));
    }

    [Fact]
    public void An_unconstrained_zip_holds_several_reports_of_any_kind_each_read_on_its_own()
    {
        var direct = new XbrlInstanceReader().ReadFile(Path.Combine(Filing, "aapl-20250329_htm.xml"));
        using var json = new MemoryStream();
        new XbrlJsonWriter().Write(direct, json);
        var path = Zip("reports.zip", new()
        {
            ["filing/META-INF/reportPackage.json"] = Text(Unconstrained),
            ["filing/reports/a.xbrl"] = Xml.Value,
            ["filing/reports/b.json"] = json.ToArray(),
            ["filing/reports/c.htm"] = Htm.Value,
        });

        using var package = ReportPackage.Open(path);

        Assert.Equal(["filing/reports/a.xbrl", "filing/reports/b.json", "filing/reports/c.htm"], package.Reports.Select(r => r.Primary));
        Assert.All(package.Reports, r => Assert.Equal(direct.Facts.Count, package.Read(r).Facts.Count));
        Assert.Equal("rpe:multipleReports", Assert.Throws<XbrlPackageException>(() => package.SingleReport()).Code);
    }

    [Fact]
    public void The_older_ESEF_layout_without_reportPackage_json_is_read_and_its_taxonomy_package_with_it()
    {
        var path = Zip("esef.zip", new()
        {
            ["aapl-2025/META-INF/taxonomyPackage.xml"] = Text("""
                <tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package"><tp:identifier>http://www.apple.com/20250329</tp:identifier>
                <tp:entryPoints><tp:entryPoint><tp:name>aapl</tp:name><tp:entryPointDocument href="http://www.apple.com/20250329/aapl-20250329.xsd"/></tp:entryPoint></tp:entryPoints></tp:taxonomyPackage>
                """),
            ["aapl-2025/META-INF/catalog.xml"] = Text("""<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><rewriteURI uriStartString="http://www.apple.com/20250329/" rewritePrefix="../www.apple.com/20250329/"/></catalog>"""),
            ["aapl-2025/www.apple.com/20250329/aapl-20250329.xsd"] = File.ReadAllBytes(Path.Combine(Filing, "aapl-20250329.xsd")),
            ["aapl-2025/reports/aapl-20250329.htm"] = Htm.Value,
        });

        using var package = ReportPackage.Open(path);
        using var taxonomy = TaxonomyPackage.Open(package.Archive);

        Assert.Null(package.DocumentType);
        Assert.Equal(760, package.Read(package.SingleReport()).Facts.Count);
        Assert.True(taxonomy.TryResolve("http://www.apple.com/20250329/aapl-20250329.xsd", out var entry));
        Assert.Equal("aapl-2025/www.apple.com/20250329/aapl-20250329.xsd", entry);
    }

    [Fact]
    public void A_report_in_a_subfolder_is_one_report()
    {
        var path = Zip("sub.xbri", new() { ["filing/META-INF/reportPackage.json"] = Text(Xbri), ["filing/reports/aapl/aapl-20250329.htm"] = Htm.Value });

        using var package = ReportPackage.Open(path);

        Assert.Equal("filing/reports/aapl/aapl-20250329.htm", package.SingleReport().Primary);
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        // name, entries as "path=text" separated by '|', the expected code
        { "aapl.tar", "filing/reports/a.xbrl=x", "rpe:unsupportedFileExtension" },
        { "slip.zip", "filing/reports/a.xbrl=x|filing/../../evil.xbrl=x", "rpe:invalidArchiveFormat" },
        { "two.zip", "a/reports/a.xbrl=x|b/reports/b.xbrl=x", "rpe:invalidDirectoryStructure" },
        { "nojson.xbri", "filing/reports/a.htm=x", "rpe:documentTypeFileExtensionMismatch" },
        { "badjson.zip", "filing/META-INF/reportPackage.json={\"documentInfo\":|filing/reports/a.xbrl=x", "rpe:invalidJSON" },
        { "noinfo.zip", "filing/META-INF/reportPackage.json={\"documentInfo\":[]}|filing/reports/a.xbrl=x", "rpe:invalidJSONStructure" },
        { "notype.zip", "filing/META-INF/reportPackage.json={\"documentInfo\":{\"documentType\":1}}|filing/reports/a.xbrl=x", "rpe:invalidJSONStructure" },
        { "future.zip", "filing/META-INF/reportPackage.json={\"documentInfo\":{\"documentType\":\"https://xbrl.org/report-package/2099\"}}|filing/reports/a.xbrl=x", "rpe:unsupportedReportPackageVersion" },
        { "mismatch.xbr", "filing/META-INF/reportPackage.json=" + Xbri + "|filing/reports/a.xbrl=x", "rpe:documentTypeFileExtensionMismatch" },
        { "noreports.zip", "filing/META-INF/reportPackage.json=" + Unconstrained + "|filing/other/a.xbrl=x", "rpe:missingReportsDirectory" },
        { "empty.zip", "filing/META-INF/reportPackage.json=" + Unconstrained + "|filing/reports/readme.txt=x", "rpe:missingReport" },
        { "two.xbri", "filing/META-INF/reportPackage.json=" + Xbri + "|filing/reports/a.htm=x|filing/reports/b.htm=x", "rpe:multipleReports" },
        { "xml.xbri", "filing/META-INF/reportPackage.json=" + Xbri + "|filing/reports/a.xbrl=x", "rpe:incorrectReportType" },
        { "html.xbr", "filing/META-INF/reportPackage.json=" + Xbr + "|filing/reports/a.htm=x", "rpe:incorrectReportType" },
        { "crowded.zip", "filing/META-INF/reportPackage.json=" + Unconstrained + "|filing/reports/sub/a.xbrl=x|filing/reports/sub/b.json=x", "rpe:multipleReportsInSubdirectory" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_package_that_breaks_the_layout_gets_the_specifications_code(string name, string entries, string code)
    {
        var path = Zip(name, entries.Split('|').ToDictionary(e => e[..e.IndexOf('=')], e => Text(e[(e.IndexOf('=') + 1)..])));

        var error = Assert.Throws<XbrlPackageException>(() => ReportPackage.Open(path).Dispose());

        Assert.Equal(code, error.Code);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"error {code}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_an_invalid_archive()
    {
        var path = Path.Combine(folder, "fake.xbri");
        File.WriteAllText(path, "not a zip");

        Assert.Equal("rpe:invalidArchiveFormat", Assert.Throws<XbrlPackageException>(() => ReportPackage.Open(path)).Code);
    }

    [Fact]
    public void An_entry_larger_than_the_bound_is_refused_before_it_is_inflated()
    {
        var path = Zip("big.xbr", new() { ["filing/META-INF/reportPackage.json"] = Text(Xbr), ["filing/reports/a.xbrl"] = new byte[10_000] });

        using var package = ReportPackage.Open(path, maxEntryBytes: 1_000);
        var error = Assert.Throws<XbrlPackageException>(() => package.Read(package.SingleReport()));

        Assert.Equal("rpe:invalidArchiveFormat", error.Code);
        Assert.Equal("filing/reports/a.xbrl", error.Entry);
        Assert.Contains("10,000 bytes uncompressed, more than the 1,000 allowed", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_report_inside_is_located_in_the_package()
    {
        var path = Zip("bad.xbr", new() { ["filing/META-INF/reportPackage.json"] = Text(Xbr), ["filing/reports/a.xbrl"] = Text("<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\">\n<broken></xbrli:xbrl>") });

        var error = Assert.Throws<XbrlFormatException>(() => ReportPackage.ReadFile(path));

        Assert.Equal(path + "/filing/reports/a.xbrl", error.Document);
        Assert.Equal(2, error.Line);
    }

    private static string Key(Fact fact) => Inline.InlineAppleTests.Key(fact);

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private string Zip(string name, Dictionary<string, byte[]> entries)
    {
        var path = Path.Combine(folder, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, bytes) in entries)
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(bytes);
        }

        return path;
    }
}
