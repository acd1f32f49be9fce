using System;
using System.IO;

namespace TypedTaxonomy.Cli.Tests;

/// <summary><c>typed-taxonomy render</c>: pages written for a good report, a message and exit code 2 otherwise.</summary>
public sealed class RenderCommandTests
{
    private static string Schema => Path.Combine(TestData.RepositoryRoot, "schema");

    private static string Report => Path.Combine(TestData.RepositoryRoot, "samples", "data", "cloopen-revenue-recognition.xbrl.json");

    [Fact]
    public void WritesOnePagePerRoleWithFactsAndAnIndex()
    {
        var folder = Path.Combine(Path.GetTempPath(), "typed-taxonomy-render-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output, error) = CliRunner.Run("render", Schema, "--report", Report, "--output", folder);

            Assert.True(exitCode == ExitCodes.Clean, error);
            Assert.Equal($"4 pages of 56 facts written to {Path.Combine(folder, "index.html")}\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
            Assert.True(File.Exists(Path.Combine(folder, "report.css")));
            var index = File.ReadAllText(Path.Combine(folder, "index.html"));
            for (var page = 1; page <= 4; page++)
            {
                Assert.Contains($"<a href=\"R{page}.htm\">", index, StringComparison.Ordinal);
                Assert.Contains("<table class=\"report\"", File.ReadAllText(Path.Combine(folder, $"R{page}.htm")), StringComparison.Ordinal);
            }

            Assert.Contains("¥ in Thousands, $ in Thousands", File.ReadAllText(Path.Combine(folder, "R1.htm")), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void MarkdownPutsEveryPageAsATableInOneFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "typed-taxonomy-render-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output, error) = CliRunner.Run("render", Schema, "--report", Report, "--output", folder, "--format", "markdown");

            Assert.True(exitCode == ExitCodes.Clean, error);
            Assert.Contains("index.md", output, StringComparison.Ordinal);
            var markdown = File.ReadAllText(Path.Combine(folder, "index.md"));
            Assert.Contains("| | 3 Months Ended Sep. 30, 2021 CNY (¥) | 3 Months Ended Jun. 30, 2021 CNY (¥) | 12 Months Ended Dec. 31, 2021 CNY (¥) item |", markdown, StringComparison.Ordinal);
            Assert.Contains("| **CPaaS** |", markdown, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "index.html")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void AMissingReportIsAUsageErrorWithItsPath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-report.xbrl.json");
        var (exitCode, output, error) = CliRunner.Run("render", Schema, "--report", missing, "--output", Path.GetTempPath());

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Empty(output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnOutputFolderTheCommandIsRefused()
    {
        var (exitCode, _, error) = CliRunner.Run("render", Schema, "--report", Report);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }
}
