using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TypedTaxonomy.Rendering;
using Xunit.Abstractions;

namespace TypedTaxonomy.EndToEnd.Tests.Rendering;

/// <summary>
/// Apple's pages opened in a real browser, headless Chromium (Debian's <c>chromium</c>; <c>.ci/run</c> installs it):
/// the index and the statement of operations are screenshot (kept under the test output's <c>TestResults/rendering</c>
/// folder as an artifact, not committed), the statement's DOM holds its table, and neither page logs a console message.
/// </summary>
public sealed class BrowserTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly ITestOutputHelper output;

    public BrowserTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void PagesOpenInChromiumWithTheirTablesAndNoConsoleErrors()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed: install Debian's package with 'apt-get install -y chromium' (.ci/run does this when /usr/bin/chromium is missing).");
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "rendering");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        HtmlPageWriter.WriteAll(RenderedReport.Apple.Pages, folder, "Apple 10-Q, quarter to March 29, 2025");
        var operations = RenderedReport.Apple.PageOf("http://www.apple.com/role/CONDENSEDCONSOLIDATEDSTATEMENTSOFOPERATIONSUnaudited");

        foreach (var (file, shot) in new[] { (HtmlPageWriter.IndexName, "index.png"), (operations.FileName, "operations.png") })
        {
            var png = Path.Combine(folder, shot);
            var (_, log) = Run(chromium, folder, $"--screenshot={png} --window-size=1280,1600 {new Uri(Path.Combine(folder, file)).AbsoluteUri}");
            var bytes = File.Exists(png) ? File.ReadAllBytes(png) : [];
            output.WriteLine($"{shot}: {bytes.Length} bytes at {png}");
            Assert.True(bytes.Length > 20_000, $"The screenshot of {file} is missing or blank ({bytes.Length} bytes); Chromium said:\n{log}");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes.Take(4).ToArray());
            AssertNoConsoleMessages(file, log);
        }

        var (dom, domLog) = Run(chromium, folder, "--dump-dom " + new Uri(Path.Combine(folder, operations.FileName)).AbsoluteUri);
        AssertNoConsoleMessages(operations.FileName, domLog);
        Assert.Contains("<table class=\"report\"", dom, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Net sales</th>", dom, StringComparison.Ordinal);
        Assert.Contains("$ 95,359", dom, StringComparison.Ordinal);
    }

    private static void AssertNoConsoleMessages(string file, string log)
    {
        // Chromium logs each console message (a script error, console.error) as INFO:CONSOLE:line] "message", source: ...
        var messages = log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        Assert.True(messages.Count == 0, $"{file} logged to the console:\n{string.Join("\n", messages)}");
    }

    private (string Output, string Log) Run(string chromium, string folder, string arguments)
    {
        var profile = Path.Combine(folder, ".chromium-profile");
        var start = new ProcessStartInfo(chromium, $"--headless --disable-gpu --no-sandbox --enable-logging=stderr --v=0 --user-data-dir={profile} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not finish within {Timeout.TotalSeconds} s: {arguments}");
        }

        output.WriteLine($"chromium {arguments}: exit {process.ExitCode}");
        return (stdout.Result, stderr.Result);
    }
}
