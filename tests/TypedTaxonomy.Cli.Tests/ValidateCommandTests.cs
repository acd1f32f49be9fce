using System;
using System.IO;
using System.Linq;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// <c>typed-taxonomy validate</c>: the XBRL 2.1 processor on a filing as filed (Inline XBRL), with the SRT taxonomy
/// package resolving its remote schema, on a taxonomy entry point, and on a copy of a filing with a calculation that
/// no longer adds up; exit codes as <c>check</c> gives them.
/// </summary>
public sealed class ValidateCommandTests
{
    private static string Srt => Path.Combine(TestData.SharedData, "taxonomies", "srt-2024");

    private static string AppleInline => Path.Combine(TestData.SharedData, "sec-filings", "aapl-10q-2025", "aapl-20250329.htm");

    [Fact]
    public void AFilingAsFiledIsCleanAndSaysWhichRemoteSchemasWereNotAtHand()
    {
        var (exitCode, output, error) = CliRunner.Run("validate", AppleInline, "--package", Srt, "--mode", "round-to-nearest");

        Assert.True(exitCode == ExitCodes.Clean, output + error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            new[] { "us-gaap-2024.xsd", "dei-2024.xsd", "ecd-2024.xsd", "country-2024.xsd" },
            lines.Where(l => l.Contains("): warning webCache:retrievalError: https://", StringComparison.Ordinal)).Select(l => l.Split(" is not at hand")[0].Split('/')[^1]));
        Assert.DoesNotContain(lines, l => l.Contains("srt-2024.xsd is not at hand", StringComparison.Ordinal));
        Assert.EndsWith(
            "aapl-20250329.htm: 760 facts (34 numeric), 4 summation bindings checked (Calculations 1.1, round to nearest): 0 errors, 0 inconsistencies, 5 warnings; a DTS of 9 documents, 4 remote ones not at hand.",
            lines[^1],
            StringComparison.Ordinal);

        // The same warnings make the run fail when warnings are asked to.
        Assert.Equal(ExitCodes.Findings, CliRunner.Run("validate", AppleInline, "--package", Srt, "--fail-on", "warning").ExitCode);
    }

    [Fact]
    public void ATaxonomyEntryPointIsValidatedAsADts()
    {
        var (exitCode, output, error) = CliRunner.Run("validate", Path.Combine(Srt, "entire", "srt-entryPoint-all-2024.xsd"), "--package", Srt, "--format", "json");

        Assert.True(exitCode == ExitCodes.Clean, output + error);
        var report = output.Split('\n')[0];
        Assert.Contains("\"dtsDocuments\":57,\"notAtHand\":9,\"errors\":0,\"inconsistencies\":0,\"warnings\":9", report, StringComparison.Ordinal);
    }

    [Fact]
    public void ACalculationThatNoLongerAddsUpIsAnInconsistencyAtItsTotal()
    {
        using var temp = new TempDirectory();
        CopyAppleFiling(temp);

        // Apple's other comprehensive income on derivatives: after reclassification = before − reclassification (456 − (−232) = 688).
        var instance = temp.File("aapl-20250329_htm.xml");
        var text = File.ReadAllText(instance);
        const string Total = "id=\"f-147\" unitRef=\"usd\">688000000<";
        Assert.Contains(Total, text, StringComparison.Ordinal);
        File.WriteAllText(instance, text.Replace(Total, "id=\"f-147\" unitRef=\"usd\">698000000<", StringComparison.Ordinal));
        var line = text[..text.IndexOf(Total, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (exitCode, output, _) = CliRunner.Run("validate", instance, "--mode", "round-to-nearest", "--fail-on", "inconsistency");

        Assert.Equal(ExitCodes.Findings, exitCode);
        var inconsistency = Assert.Single(output.Split('\n'), l => l.Contains(": inconsistency ", StringComparison.Ordinal));
        Assert.StartsWith($"{instance}({line},", inconsistency, StringComparison.Ordinal);
        Assert.Contains("calc11e:inconsistentCalculation", inconsistency, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingEntryOrAnUnusablePackageIsExitCodeTwo()
    {
        var missing = CliRunner.Run("validate", "no-such-report.xml");
        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Contains("no-such-report.xml: error typedTaxonomy:unreadableReport: no such file", missing.Error, StringComparison.Ordinal);

        var package = CliRunner.Run("validate", AppleInline, "--package", Path.Combine(TestData.SharedData, "sec-filings"));
        Assert.Equal(ExitCodes.Usage, package.ExitCode);
        Assert.Contains("tpe:", package.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportRefusesAnInvalidTaxonomyWithEveryErrorAndAllowInvalidImportsItAnyway()
    {
        using var temp = new TempDirectory();
        var schema = Path.Combine(TestData.SharedData, "sec-filings", "nflx-10k-2024", "nflx-20240126.xsd");

        var refused = CliRunner.Run("import", schema, "--output", temp.File("refused"));

        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Equal(4, refused.Error.Split('\n').Count(l => l.Contains("xbrl.4.3.2:linkbaseRefHref", StringComparison.Ordinal) && l.Contains("nflx-20240126.xsd(2", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(temp.File("refused")), "nothing is written");

        var allowed = CliRunner.Run("import", schema, "--output", temp.File("allowed"), "--allow-invalid");

        Assert.True(allowed.ExitCode == ExitCodes.Clean, allowed.Output + allowed.Error);
        Assert.Contains("imported anyway: --allow-invalid", allowed.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("allowed/nflx.taxonomy.yaml")));
    }

    [Fact]
    public void CheckWithDtsAddsWhatTheProcessorFindsAgainstTheReportsOwnTaxonomy()
    {
        using var temp = new TempDirectory();
        CopyAppleFiling(temp);

        var imported = CliRunner.Run("import", temp.File("aapl-20250329.xsd"), "--instance", temp.File("aapl-20250329_htm.xml"), "--output", temp.File("schema"));
        Assert.True(imported.ExitCode == ExitCodes.Clean, imported.Output + imported.Error);

        // 4.56E8 is a number to the schema files' rules, but not an xs:decimal, the value space of monetaryItemType.
        var instance = temp.File("aapl-20250329_htm.xml");
        File.WriteAllText(instance, File.ReadAllText(instance).Replace("id=\"f-139\" unitRef=\"usd\">456000000<", "id=\"f-139\" unitRef=\"usd\">4.56E8<", StringComparison.Ordinal));

        var plain = CliRunner.Run("check", temp.File("schema"), "--report", instance);
        var withDts = CliRunner.Run("check", temp.File("schema"), "--report", instance, "--dts", "--package", Srt);

        Assert.DoesNotContain("xmlSchema:valueError", plain.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Findings, withDts.ExitCode);
        var valueError = Assert.Single(withDts.Output.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains("xmlSchema:valueError: The value '4.56E8' of OtherComprehensiveIncomeLossDerivativeInstrumentGainLossBeforeReclassificationAfterTax", valueError, StringComparison.Ordinal);
        Assert.Contains("every fact's concept is in the schema files; a DTS of 9 documents, 4 remote ones not at hand.", withDts.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, CliRunner.Run("check", temp.File("schema"), "--report", instance, "--package", Srt).ExitCode);
    }

    /// <summary>Copies the 10-Q's instance, schema and linkbases (not the Inline document or the R pages) into <paramref name="temp"/>.</summary>
    private static void CopyAppleFiling(TempDirectory temp)
    {
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(AppleInline)!, "aapl-20250329*.x*"))
        {
            File.Copy(file, temp.File(Path.GetFileName(file)));
        }
    }
}
