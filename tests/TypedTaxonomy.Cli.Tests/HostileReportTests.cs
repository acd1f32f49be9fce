using System;
using System.IO;
using System.Linq;

using TypedTaxonomy.Schema.Tests;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// Hostile reports given to <c>check --report</c> (issue 14): names and units of any size are quoted as short, marked
/// excerpts in every finding, so the output stays a few short lines.
/// </summary>
public sealed class HostileReportTests : IDisposable
{
    private const string SchemaText = SchemaTestKit.Header + """

        concepts:
          Revenue: { type: monetary, periodType: duration }
        """;

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_huge_concept_name_and_a_unit_of_10000_measures_print_as_excerpts()
    {
        var measures = string.Join("*", Enumerable.Range(0, 10_000).Select(i => "demo:M" + i));
        var report = Report(
            Fact("f1", "demo:Revenue", "\"unit\": \"" + measures + "\""),
            Fact("f2", "demo:" + new string('X', 5_000_000), "\"unit\": \"iso4217:USD\""));

        var (exitCode, output, error) = Check(report);

        Assert.Equal(1, exitCode);
        var lines = (output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.Length < 500, $"A line of {line.Length:N0} characters: {line[..Math.Min(500, line.Length)]}"));
        Assert.Contains(lines, l => l.Contains("demo:XXXX", StringComparison.Ordinal) && l.Contains("(5,000,005 characters) is not defined", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("not demo:M0*demo:M1", StringComparison.Ordinal) && l.Contains(" characters)", StringComparison.Ordinal));
    }

    /// <summary>
    /// A schema file larger than four bytes a character allows is refused before it is read: a 400 MB file was read
    /// whole (1.6 GB) before its size was checked. The file here is sparse, so it takes no disk.
    /// </summary>
    [Fact]
    public void An_oversized_schema_file_is_refused_before_it_is_read()
    {
        var huge = temp.File("huge.taxonomy.yaml");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(400L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (exitCode, output, error) = CliRunner.Run("check", huge);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(2, exitCode);
        Assert.Contains($"{huge}: error: the file has 419,430,400 bytes; schema files are limited to 33,554,432 characters, so it is not read.", output + error, StringComparison.Ordinal);
        Assert.True(allocated < 64L * 1024 * 1024, $"The check allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_directory_given_as_a_report_is_named_as_one()
    {
        File.WriteAllText(temp.File("demo.taxonomy.yaml"), SchemaText);

        // A folder stands for the reports in it (check's batch mode); one with none is a usage error, not "Access denied".
        var (exitCode, output, error) = CliRunner.Run("check", temp.File("demo.taxonomy.yaml"), "--report", temp.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{temp.Path}: error: the directory holds no XBRL or xBRL-JSON report", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.json", "")]
    [InlineData("blank.xml", " \r\n\t")]
    [InlineData("bom.json", "\uFEFF")]
    public void An_empty_report_is_named_empty(string name, string text)
    {
        File.WriteAllText(temp.File("demo.taxonomy.yaml"), SchemaText);
        File.WriteAllText(temp.File(name), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var (exitCode, output, error) = CliRunner.Run("check", temp.File("demo.taxonomy.yaml"), "--report", temp.File(name));

        Assert.Equal(2, exitCode);
        Assert.Contains($"{temp.File(name)}: error: the report is empty", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("XML", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_report_read_from_a_pipe_is_read_whole()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // More than a kilobyte of white space first: a reader that opened the pipe twice would lose the start.
        var report = new string(' ', 4096) + Report(Fact("f1", "demo:Revenue", "\"unit\": \"iso4217:USD\""));
        var pipe = temp.File("report.pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        File.WriteAllText(temp.File("demo.taxonomy.yaml"), SchemaText);
        var writer = System.Threading.Tasks.Task.Run(() => File.WriteAllText(pipe, report));

        // A reader that opened the pipe a second time would wait for a writer for ever: the guard turns that into a failure.
        var (exitCode, output, error) = await System.Threading.Tasks.Task.Run(() => CliRunner.Run("check", temp.File("demo.taxonomy.yaml"), "--report", pipe)).WaitAsync(TimeSpan.FromSeconds(60));
        await writer.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(exitCode == 0, output + error);
        Assert.Contains($"{pipe}: 1 fact (1 numeric)", output, StringComparison.Ordinal);
    }

    private (int ExitCode, string Output, string Error) Check(string report)
    {
        File.WriteAllText(temp.File("demo.taxonomy.yaml"), SchemaText);
        File.WriteAllText(temp.File("report.json"), report);
        return CliRunner.Run("check", temp.File("demo.taxonomy.yaml"), "--report", temp.File("report.json"));
    }

    private static string Fact(string id, string concept, string unit) =>
        $"\"{id}\": {{ \"value\": \"1\", \"decimals\": 0, \"dimensions\": {{ \"concept\": \"{concept}\", \"entity\": \"demo:e\", \"period\": \"2021-01-01T00:00:00/2022-01-01T00:00:00\", {unit} }} }}";

    private static string Report(params string[] facts) =>
        "{ \"documentInfo\": { \"documentType\": \"https://xbrl.org/2021/xbrl-json\", \"namespaces\": { \"demo\": \"http://example.com/demo\", \"iso4217\": \"http://www.xbrl.org/2003/iso4217\" } },\n"
        + "  \"facts\": { " + string.Join(",\n", facts) + " } }";
}
