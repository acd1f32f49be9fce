using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// <c>typed-taxonomy validate</c> on report packages: Apple's 10-Q as filed (its Inline XBRL document with the extension
/// taxonomy beside it) packed in a <c>.xbri</c> is read in place, its DTS found inside the zip, with the verdict the
/// document gets on disk; findings are located inside the package; each report of a package of several is validated
/// on its own; a package that breaks the specification is that entry's error with its <c>rpe:</c> code.
/// </summary>
public sealed class ReportPackageValidateTests : IDisposable
{
    private const string Verdict = ": 760 facts (34 numeric), 4 summation bindings checked (Calculations 1.1, round to nearest): 0 errors, 0 inconsistencies, 5 warnings; a DTS of 9 documents, 4 remote ones not at hand.";

    private static readonly string[] TaxonomyFiles = ["aapl-20250329.xsd", "aapl-20250329_cal.xml", "aapl-20250329_def.xml", "aapl-20250329_lab.xml", "aapl-20250329_pre.xml"];

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string Filing => TestData.SecFiling("aapl-10q-2025");

    private static string Srt => Path.Combine(TestData.SharedData, "taxonomies", "srt-2024");

    [Fact]
    public void TheFilingPackedAsAnXbriIsValidatedInPlaceAsTheDocumentIsOnDisk()
    {
        var onDisk = CliRunner.Run("validate", Path.Combine(Filing, "aapl-20250329.htm"), "--package", Srt, "--mode", "round-to-nearest");
        var xbri = Package("aapl.xbri", "filing/reports/", TaxonomyFiles.Append("aapl-20250329.htm"));

        var (exitCode, output, error) = CliRunner.Run("validate", xbri, "--package", Srt, "--mode", "round-to-nearest");

        Assert.True(exitCode == ExitCodes.Clean, output + error);
        Assert.EndsWith(Verdict, onDisk.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.EndsWith(xbri + Verdict, output.TrimEnd(), StringComparison.Ordinal);

        // The same findings, each at its place inside the package instead of the folder.
        var inside = xbri + "/filing/reports/";
        Assert.Equal(
            Findings(onDisk.Output).Select(f => f.Replace(Filing + Path.DirectorySeparatorChar, inside, StringComparison.Ordinal)),
            Findings(output));
        Assert.Contains(Findings(output), f => f.StartsWith(inside + "aapl-20250329.xsd(8,3): warning webCache:retrievalError: https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd", StringComparison.Ordinal));
    }

    [Fact]
    public void EachReportOfAPackageOfSeveralIsValidatedAndAMissingLinkbaseIsFoundInsideThePackage()
    {
        var two = Path.Combine(temp.Path, "two.zip");
        using (var zip = ZipFile.Open(two, ZipArchiveMode.Create))
        {
            foreach (var (folder, leaveOut) in new[] { ("a", (string?)null), ("b", "aapl-20250329_cal.xml") })
            {
                foreach (var file in TaxonomyFiles.Append("aapl-20250329.htm").Where(f => f != leaveOut))
                {
                    zip.CreateEntryFromFile(Path.Combine(Filing, file), $"filing/reports/{folder}/{file}");
                }
            }
        }

        var (exitCode, output, error) = CliRunner.Run("validate", two, "--package", Srt, "--mode", "round-to-nearest");

        Assert.Equal(ExitCodes.Findings, exitCode);
        Assert.Contains(two + "/filing/reports/a/aapl-20250329.htm" + Verdict, output, StringComparison.Ordinal);
        var errors = Findings(output).Where(f => f.Contains(": error ", StringComparison.Ordinal)).ToList();
        var missing = Assert.Single(errors);
        Assert.StartsWith(two + "/filing/reports/b/aapl-20250329.xsd(21,7): error xbrl.4.3.2:linkbaseRefHref:", missing, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.StartsWith(two + "/filing/reports/b/aapl-20250329.htm: ", StringComparison.Ordinal) && l.Contains(" 1 error", StringComparison.Ordinal));
        Assert.True(error.Length == 0, error);
    }

    [Fact]
    public void APackageThatBreaksTheSpecificationIsThatEntrysErrorWithItsCode()
    {
        var broken = Package("broken.xbri", "filing/reports/", ["aapl-20250329.htm"], withMetaInf: false);

        var (exitCode, output, error) = CliRunner.Run("validate", broken, Path.Combine(Filing, "aapl-20250329.htm"), "--package", Srt);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains($"{broken}: error rpe:documentTypeFileExtensionMismatch: a .xbri report package needs filing/META-INF/reportPackage.json", output + error, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.EndsWith("aapl-20250329.htm: 760 facts (34 numeric), 4 summation bindings checked (classic XBRL 2.1): 0 errors, 0 inconsistencies, 5 warnings; a DTS of 9 documents, 4 remote ones not at hand.", StringComparison.Ordinal));
    }

    /// <summary>The lines that are findings (<c>place: severity rule: message</c>), not the verdicts.</summary>
    private static IEnumerable<string> Findings(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": error ", StringComparison.Ordinal));

    private string Package(string name, string folder, IEnumerable<string> files, bool withMetaInf = true)
    {
        var path = Path.Combine(temp.Path, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        if (withMetaInf)
        {
            using var json = zip.CreateEntry("filing/META-INF/reportPackage.json").Open();
            json.Write(Encoding.UTF8.GetBytes("{\"documentInfo\":{\"documentType\":\"https://xbrl.org/report-package/2023/xbri\"}}"));
        }

        foreach (var file in files)
        {
            zip.CreateEntryFromFile(Path.Combine(Filing, file), folder + file);
        }

        return path;
    }
}
