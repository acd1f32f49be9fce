using System;
using System.Diagnostics;

namespace TypedTaxonomy.Benchmarks;

/// <summary>Runs a program to its end, as the command line benchmarks time it, and fails on an unexpected exit code.</summary>
internal static class ToolProcess
{
    public static void Run(int expectedExitCode, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != expectedExitCode)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output[..Math.Min(output.Length, 4000)]}{error.Result}");
        }
    }
}
