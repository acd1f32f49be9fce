using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// <c>import</c> of the SRT taxonomy package and of Apple's 10-Q extension against it, then <c>check --report</c> of
/// the 10-Q as filed, packed in report packages, as a person runs them.
/// </summary>
public sealed class ReportPackageCheckTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_10Q_in_report_packages_checks_against_SRT_imported_from_its_package_and_the_extension_imported_against_it()
    {
        var filing = TestData.SecFiling("aapl-10q-2025");
        var srt = CliRunner.Run("import", Path.Combine(TestData.SharedData, "taxonomies", "srt-2024"), "--entry-point", "srt-entryPoint-all-2024.xsd", "--output", temp.File("srt"));
        Assert.True(srt.ExitCode == 0, srt.Error);
        Assert.Contains("srt.taxonomy.yaml: 321 concepts, 33 axes", srt.Output, StringComparison.Ordinal);
        var aapl = CliRunner.Run("import", Path.Combine(filing, "aapl-20250329.xsd"), "--instance", Path.Combine(filing, "aapl-20250329_htm.xml"), "--base", temp.File("srt"), "--output", temp.File("aapl"));
        Assert.True(aapl.ExitCode == 0, aapl.Error);
        Assert.DoesNotContain("srt.taxonomy.yaml", aapl.Output, StringComparison.Ordinal);

        var htm = File.ReadAllBytes(Path.Combine(filing, "aapl-20250329.htm"));
        var xml = File.ReadAllBytes(Path.Combine(filing, "aapl-20250329_htm.xml"));
        var xbri = Zip("aapl.xbri", ("filing/META-INF/reportPackage.json", Encoding.UTF8.GetBytes("{\"documentInfo\":{\"documentType\":\"https://xbrl.org/report-package/2023/xbri\"}}")), ("filing/reports/aapl-20250329.htm", htm));
        var two = Zip("two.zip", ("filing/reports/a.xbrl", xml), ("filing/reports/b.htm", htm));

        var (exitCode, output, error) = CliRunner.Run("check", temp.File("srt"), temp.File("aapl"), "--report", xbri, "--report", two);

        Assert.True(exitCode == 0, output + error);
        const string Verdict = ": 760 facts (674 numeric), 120 summation bindings checked (Calculations 1.1, round to nearest): 0 errors, 0 inconsistencies, 0 warnings; every fact's concept is in the schema files.";
        Assert.Contains(xbri + Verdict, output, StringComparison.Ordinal);
        Assert.Contains(two + "/filing/reports/a.xbrl" + Verdict, output, StringComparison.Ordinal);
        Assert.Contains(two + "/filing/reports/b.htm" + Verdict, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_report_package_is_an_error_with_the_specifications_code()
    {
        var broken = Zip("broken.xbri", ("filing/reports/a.htm", Encoding.UTF8.GetBytes("<html/>")));

        var (exitCode, output, error) = CliRunner.Run("check", Path.Combine(TestData.RepositoryRoot, "schema"), "--report", broken);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"{broken}: error rpe:documentTypeFileExtensionMismatch: a .xbri report package needs filing/META-INF/reportPackage.json", output + error, StringComparison.Ordinal);
    }

    private string Zip(string name, params (string Entry, byte[] Bytes)[] entries)
    {
        var path = temp.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, bytes) in entries)
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(bytes);
        }

        return path;
    }
}
