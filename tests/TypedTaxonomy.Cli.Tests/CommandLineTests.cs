using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>The commands as a person runs them: exit codes, what goes to stdout and to stderr.</summary>
public sealed class CommandLineTests
{
    private static readonly Regex Located = new(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\): error: .+$", RegexOptions.Multiline);

    [Fact]
    public void Import_prints_one_progress_line_per_phase_and_the_summary()
    {
        using var temp = new TempDirectory();
        var directory = TestData.SecFiling("aapl-10k-2023");
        var (exitCode, output, error) = CliRunner.Run(
            "import",
            Path.Combine(directory, "aapl-20230930.xsd"),
            "--instance",
            Path.Combine(directory, "aapl-20230930_htm.xml"),
            "--output",
            temp.File("apple.taxonomy.yaml"),
            "--name",
            "Apple",
            "--csharp-namespace",
            "Apple.Financials");

        Assert.True(exitCode == 0, error + output);
        var phases = new[] { "reading schema", "reading instance", "labels:", "presentation:", "calculation:", "definition:", "inferring from 1164 facts", "checking the output", "writing 6 files" };
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(phases.Length, lines.Length);
        for (var i = 0; i < phases.Length; i++)
        {
            Assert.StartsWith(phases[i], lines[i], StringComparison.Ordinal);
        }

        Assert.Contains("calculation: 215 arcs", error);
        Assert.Contains("Inferred attributes:", output);
        Assert.Contains("Could not be typed", output);
        Assert.Contains("Check of the output: 0 errors", output);

        var extension = File.ReadAllText(temp.File("apple.taxonomy.yaml"));
        Assert.Contains("  name: Apple\n", extension);
        Assert.Contains("  csharpNamespace: Apple.Financials\n", extension);
        Assert.Contains("  csharpNamespace: Apple.Financials.UsGaap\n", File.ReadAllText(temp.File("us-gaap.taxonomy.yaml")));

        // The written files pass the check command.
        var check = CliRunner.Run("check", temp.Path);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
    }

    [Fact]
    public void Truncated_schema_gives_exit_code_2_and_a_located_error_without_stack_trace()
    {
        using var temp = new TempDirectory();
        var source = File.ReadAllText(Path.Combine(TestData.SecFiling("aapl-10k-2023"), "aapl-20230930.xsd"));
        var truncated = temp.File("truncated.xsd");
        File.WriteAllText(truncated, source.Substring(0, source.Length / 3));

        var (exitCode, output, error) = CliRunner.Run("import", truncated, "--output", temp.Path);

        Assert.Equal(2, exitCode);
        var match = Located.Match(error);
        Assert.True(match.Success, error);
        Assert.Equal(truncated, match.Groups["file"].Value);
        Assert.True(int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) > 1);
        Assert.DoesNotContain("   at ", error + output);
        Assert.Empty(Directory.GetFiles(temp.Path, "*.taxonomy.yaml"));
    }

    [Fact]
    public void Truncated_linkbase_and_instance_are_located_too()
    {
        using var temp = new TempDirectory();
        var directory = TestData.SecFiling("nflx-10k-2024");
        foreach (var file in Directory.GetFiles(directory, "nflx-20240126*"))
        {
            File.Copy(file, temp.File(Path.GetFileName(file)));
        }

        var definition = temp.File("nflx-20240126_def.xml");
        File.WriteAllText(definition, File.ReadAllText(definition).Substring(0, 5000));
        var (exitCode, _, error) = CliRunner.Run("import", temp.File("nflx-20240126.xsd"), "-o", temp.File("out"));
        Assert.Equal(2, exitCode);
        Assert.Matches(@"nflx-20240126_def\.xml\(\d+,\d+\): error: not well-formed XML", error);

        var (exitCode2, _, error2) = CliRunner.Run("import", Path.Combine(directory, "nflx-20240126.xsd"), "--instance", temp.File("nflx-20240126_def.xml"), "-o", temp.File("out"));
        Assert.Equal(2, exitCode2);
        Assert.True(Located.IsMatch(error2), error2);
    }

    [Fact]
    public void Schema_that_is_not_a_schema_and_missing_files_are_reported()
    {
        using var temp = new TempDirectory();
        var notSchema = temp.File("not-a-schema.xsd");
        File.WriteAllText(notSchema, "<?xml version=\"1.0\"?>\n<linkbase/>\n");
        var (exitCode, _, error) = CliRunner.Run("import", notSchema);
        Assert.Equal(2, exitCode);
        Assert.Contains(notSchema + "(2,2): error: the root element is <linkbase>", error);

        var missing = temp.File("missing.xsd");
        (exitCode, _, error) = CliRunner.Run("import", missing);
        Assert.Equal(2, exitCode);
        Assert.Contains(missing + ": error: the file does not exist", error);

        (exitCode, _, error) = CliRunner.Run("import", TestData.Conformance("397-ABC.xsd"), "--name", "not valid");
        Assert.Equal(2, exitCode);
        Assert.Contains("error: The taxonomy name 'not valid' is not a C# identifier", error);
    }

    [Fact]
    public void Check_accepts_the_repository_schemas()
    {
        var (exitCode, output, error) = CliRunner.Run("check", Path.Combine(TestData.RepositoryRoot, "schema"));
        Assert.True(exitCode == 0, output + error);
        Assert.Matches(@"Checked \d+ files: 0 errors", output);
    }

    [Fact]
    public void Check_reports_a_broken_file_with_its_place_and_exit_code_1()
    {
        using var temp = new TempDirectory();
        var file = temp.File("broken.taxonomy.yaml");
        File.WriteAllText(file, "taxonomy:\n  name: Broken\n  prefix: br\n  namespace: http://example.com/br\nconcepts:\n  Revenue:\n    type: monetary\n    periodType: duration\nstatements:\n  Income:\n    lineItems: [Revenue, Cost]\n");

        var (exitCode, output, _) = CliRunner.Run("check", temp.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains(file + "(11,26): error TAX0009: The concept 'Cost' is not defined", output);
        Assert.Contains("Checked 1 file: 1 error, 0 warnings.", output);
    }

    [Fact]
    public void Check_of_a_missing_path_says_so_with_exit_code_2()
    {
        using var temp = new TempDirectory();
        var (exitCode, _, error) = CliRunner.Run("check", temp.File("nowhere"));
        Assert.Equal(2, exitCode);
        Assert.Contains(temp.File("nowhere") + ": error: no such file or directory", error);
    }
}
