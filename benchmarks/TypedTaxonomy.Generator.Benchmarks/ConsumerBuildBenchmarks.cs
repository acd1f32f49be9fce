using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace TypedTaxonomy.Generator.Benchmarks;

/// <summary>
/// What a user pays, end to end: <c>dotnet build</c> of a console project from clean (its bin and obj deleted,
/// packages restored once before), referencing the runtime and the generator as the package does (the library,
/// and the generator with its assemblies as analyzers). <see cref="EmptyConsumer"/>, the baseline, has no schema;
/// <see cref="UsGaapSizedConsumer"/> has the 200 files of <see cref="SyntheticTaxonomy"/> (17,000 line-item concepts)
/// and code that uses the generated namespace. The compiler server stays up between builds, as on a developer's
/// machine.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ConsumerBuildBenchmarks
{
    private const string Program = """
        using Big.Financials;
        using TypedTaxonomy;

        var year = Period.Duration(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var statement = new Statement007Statement(year) { Concept007x01 = 100m };
        Console.WriteLine($"{BigConcepts.All.Count} concepts; {statement.Validate().Findings.Count} findings");
        """;

    private static readonly string ServerId = "TypedTaxonomy.ConsumerBuildBenchmarks." + Environment.ProcessId;

    private string empty = null!;
    private string large = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "TypedTaxonomy.ConsumerBuild");
        empty = Write(Path.Combine(root, "empty"), withSchema: false);
        large = Write(Path.Combine(root, "large"), withSchema: true);
        Dotnet(empty, "restore");
        Dotnet(large, "restore");
    }

    [Benchmark(Baseline = true)]
    public void EmptyConsumer() => BuildFromClean(empty);

    [Benchmark]
    public void UsGaapSizedConsumer() => BuildFromClean(large);

    private static void BuildFromClean(string directory)
    {
        foreach (var output in new[] { "bin", Path.Combine("obj", "Release") })
        {
            if (Directory.Exists(Path.Combine(directory, output)))
            {
                Directory.Delete(Path.Combine(directory, output), recursive: true);
            }
        }

        Dotnet(directory, "build", "-c", "Release", "--no-restore", "-nologo", "-v:q");
    }

    private static string Write(string directory, bool withSchema)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var here = AppContext.BaseDirectory;
        string Dll(string name) => Path.Combine(here, name + ".dll");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{Dll("TypedTaxonomy")}" />
                <Analyzer Include="{Dll("TypedTaxonomy.Generator")};{Dll("TypedTaxonomy.Schema")};{Dll("YamlDotNet")};{Dll("Scriban.Signed")}" />
                <AdditionalFiles Include="schema/**/*.taxonomy.yaml" />
              </ItemGroup>
            </Project>
            """);
        if (withSchema)
        {
            foreach (var (path, text) in SyntheticTaxonomy.Create())
            {
                var file = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        }
        else
        {
            File.WriteAllText(Path.Combine(directory, "Program.cs"), "Console.WriteLine(\"no taxonomy\");\n");
        }

        return directory;
    }

    private static void Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["UseSharedCompilation"] = "true"; // the SDK's default, which some machines' environments turn off
        start.Environment["SharedCompilationId"] = ServerId; // a server of its own: BenchmarkDotNet deletes the folder it loads the generator from
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {directory}:\n{output}");
        }
    }
}
