using System;
using System.IO;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// <c>check --report</c> and <c>import --instance</c> on Apple's 10-Q as filed (Inline XBRL), against the instance the
/// SEC extracted from it.
/// </summary>
public sealed class InlineReportCheckTests
{
    [Fact]
    public void Checking_the_filed_htm_finds_what_checking_the_SEC_extraction_finds_alone_or_in_a_folder()
    {
        using var temp = new TempDirectory();
        var directory = TestData.SecFiling("aapl-10q-2025");
        var htm = Path.Combine(directory, "aapl-20250329.htm");
        var xml = Path.Combine(directory, "aapl-20250329_htm.xml");

        // The importer reads its instance through the same reader choice: the .htm serves as well as the extraction.
        var import = CliRunner.Run("import", Path.Combine(directory, "aapl-20250329.xsd"), "--instance", htm, "--output", temp.Path);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);

        var fromHtm = CliRunner.Run("check", temp.Path, "--report", htm);
        var fromXml = CliRunner.Run("check", temp.Path, "--report", xml);

        Assert.True(fromHtm.ExitCode == fromXml.ExitCode, fromHtm.Output + fromHtm.Error);
        Assert.Equal(string.Empty, fromHtm.Error);
        Assert.Contains($"{htm}: 760 facts (674 numeric)", fromHtm.Output, StringComparison.Ordinal);
        Assert.Contains($"{xml}: 760 facts (674 numeric)", fromXml.Output, StringComparison.Ordinal);

        // Findings name their place in the file read; apart from the place, the two reports are the same.
        Assert.Equal(WithoutPlaces(fromXml.Output, xml), WithoutPlaces(fromHtm.Output, htm));
        Assert.Contains("120 summation bindings checked", fromHtm.Output, StringComparison.Ordinal);

        // Classic XBRL 2.1 binding, which treats duplicated facts differently, agrees as well.
        var classicHtm = CliRunner.Run("check", temp.Path, "--report", htm, "--mode", "classic");
        var classicXml = CliRunner.Run("check", temp.Path, "--report", xml, "--mode", "classic");
        Assert.Equal(WithoutPlaces(classicXml.Output, xml), WithoutPlaces(classicHtm.Output, htm));

        // In a folder, the .htm is a report and the SEC's renderings beside it (R2.htm, not even XML) are not.
        var folder = Path.Combine(temp.Path, "filing");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "aapl-20250329.htm", "aapl-20250329_htm.xml", "R2.htm" })
        {
            File.Copy(Path.Combine(directory, name), Path.Combine(folder, name));
        }

        var (_, output, error) = CliRunner.Run("check", temp.Path, "--report", folder);
        Assert.True(output.Contains("aapl-20250329.htm: 760 facts", StringComparison.Ordinal), output + error);
        Assert.Contains("aapl-20250329_htm.xml: 760 facts", output, StringComparison.Ordinal);
        Assert.DoesNotContain("R2.htm", output + error, StringComparison.Ordinal);
    }

    private static string WithoutPlaces(string output, string file) =>
        System.Text.RegularExpressions.Regex.Replace(output.Replace(file, "REPORT", StringComparison.Ordinal), @"REPORT\(\d+,\d+\)", "REPORT(place)");
}
