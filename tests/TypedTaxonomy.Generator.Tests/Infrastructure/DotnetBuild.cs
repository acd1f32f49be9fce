using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace TypedTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the SDK's <c>dotnet</c> on a consumer project outside the repository, as a user would: into an artifacts
/// folder of its own, without build node reuse (no MSBuild node outlives the test), with the SDK's default compiler
/// server, which a user's builds share (a solution test run builds the repository with a server of its own and ends
/// it before the tests start; Directory.Build.props), even where the environment turns it off
/// (UseSharedCompilation=false): a compiler of its own per build costs several seconds of CPU to start, more than
/// compiling a small consumer.
/// </summary>
public static class DotnetBuild
{
    /// <summary>How long one command may run before it is killed and the test fails.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A consumer project that references the runtime and, as an analyzer, the generator and the assemblies it loads:
    /// the ones this test run already built (beside the test assembly), as the package ships them, so a test's build
    /// compiles the consumer only and not the repository's projects once more.
    /// </summary>
    public static string ConsumerProject(string schemaItems, bool executable = true) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{(executable ? "Exe" : "Library")}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
          </PropertyGroup>
          <ItemGroup>
            {string.Join("\n    ", GeneratorAssemblies().Select(a => $"<Analyzer Include=\"{a}\" />"))}
            <Reference Include="{Built("TypedTaxonomy.dll")}" />
            {schemaItems}
          </ItemGroup>
        </Project>
        """;

    /// <summary>The generator and every assembly it loads in the compiler, as the package's analyzers folder holds them.</summary>
    private static string[] GeneratorAssemblies()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "analyzer");
        var assemblies = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.dll").OrderBy(f => f, StringComparer.Ordinal).ToArray() : Array.Empty<string>();
        return assemblies.Any(a => Path.GetFileName(a) == "TypedTaxonomy.Generator.dll")
            ? assemblies
            : throw new DirectoryNotFoundException($"The generator is not in {folder}; the test project's CopyGeneratorAsPackaged target puts it there");
    }

    private static string Built(string assembly)
    {
        var path = Path.Combine(AppContext.BaseDirectory, assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{assembly} is not beside the test assembly; the consumer builds need it", path);
    }

    /// <summary>A new folder of its own under the temporary folder, for one test's consumer project.</summary>
    public static DirectoryInfo NewFolder(string name) =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "TypedTaxonomy." + name + "." + Guid.NewGuid().ToString("N")));

    /// <summary>
    /// Runs <c>dotnet build</c> in <paramref name="directory"/> and writes its time, exit code and output to
    /// <paramref name="log"/>; the exit code and everything printed.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> BuildAsync(string directory, Action<string> log, params string[] properties)
    {
        var arguments = new System.Collections.Generic.List<string>
        {
            "build", "-nologo", "-v:q", "-nr:false", "--artifacts-path", Path.Combine(directory, "artifacts"),
        };
        arguments.AddRange(properties);
        var build = await RunAsync(directory, arguments.ToArray());
        log($"dotnet build in {build.Elapsed.TotalSeconds:F1} s, exit code {build.ExitCode}:\n{build.Output}");
        return (build.ExitCode, build.Output);
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    public static Task<(int ExitCode, string Output, TimeSpan Elapsed)> RunAsync(string directory, params string[] arguments) =>
        RunProcessAsync(DotnetHost(), directory, null, arguments);

    /// <summary>
    /// Runs <paramref name="fileName"/> (<c>dotnet</c>, or a shell running a user's steps) with <paramref name="arguments"/>
    /// in <paramref name="directory"/>, with <paramref name="environment"/> added to the environment.
    /// </summary>
    public static Task<(int ExitCode, string Output, TimeSpan Elapsed)> RunProcessAsync(string fileName, string directory, System.Collections.Generic.IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunProcessAsync(fileName, directory, environment, Timeout, arguments);

    /// <summary>
    /// Runs <paramref name="fileName"/> as <see cref="RunProcessAsync(string, string, System.Collections.Generic.IReadOnlyDictionary{string, string}?, string[])"/>
    /// does, killed after <paramref name="timeout"/> (packing, or a user's steps with several restores and builds, take longer than one build).
    /// </summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Elapsed)> RunProcessAsync(string fileName, string directory, System.Collections.Generic.IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside an SDK build; its MSBuild settings must not leak into this one.
        foreach (var variable in new[] { "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "true";
        foreach (var (name, value) in environment ?? new System.Collections.Generic.Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var text = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(text, e.Data);
        process.ErrorDataReceived += (_, e) => Append(text, e.Data);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = await Task.Run(() => process.WaitForExit(timeout));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} did not finish within {timeout.TotalMinutes} minutes:\n{Snapshot(text)}");
        }

        process.WaitForExit(); // drains the output events
        return (process.ExitCode, Snapshot(text), stopwatch.Elapsed);
    }

    /// <summary>Deletes a test's folder, or says why it could not.</summary>
    public static void Delete(DirectoryInfo directory, Action<string> log)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log($"Could not delete {directory.FullName}: {exception.Message}");
        }
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.AppendLine(line);
            }
        }
    }

    private static string Snapshot(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    /// <summary>
    /// Shuts down the compiler server that builds in <paramref name="directory"/> started under the name
    /// <paramref name="sharedCompilationId"/>, as <c>dotnet build-server shutdown</c> does the default one: through the
    /// compiler of the SDK those builds used (its base path from <c>dotnet --info</c> there), which sends it the request.
    /// A server that is not running is no error; an SDK laid out otherwise, or a request that fails, is logged: the
    /// server would end on its own after ten idle minutes.
    /// </summary>
    public static async Task ShutDownCompilerServerAsync(string directory, string sharedCompilationId, Action<string> log)
    {
        try
        {
            await ShutDownCompilerServerCoreAsync(directory, sharedCompilationId, log);
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or System.ComponentModel.Win32Exception)
        {
            log($"Could not shut down the compiler server {sharedCompilationId}: {exception.Message}");
        }
    }

    private static async Task ShutDownCompilerServerCoreAsync(string directory, string sharedCompilationId, Action<string> log)
    {
        var info = await RunProcessAsync(DotnetHost(), directory, null, "--info");
        var basePath = info.Output.Split('\n')
            .Select(line => line.Trim())
            .FirstOrDefault(line => line.StartsWith("Base Path:", StringComparison.Ordinal))?["Base Path:".Length..].Trim();
        var server = basePath is null ? null : Path.Combine(basePath, "Roslyn", "bincore", "VBCSCompiler.dll");
        if (server is null || !File.Exists(server))
        {
            log($"No compiler server to shut down: dotnet --info names no SDK with one ({basePath ?? "no base path"})");
            return;
        }

        var shutdown = await RunProcessAsync(DotnetHost(), directory, null, "exec", server, "-shutdown", "-pipename:" + sharedCompilationId);
        log($"Asked the compiler server {sharedCompilationId} to shut down: exit code {shutdown.ExitCode}. {shutdown.Output}");
    }

    /// <summary>The dotnet that runs the tests (set by the SDK), else the one on the path.</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
