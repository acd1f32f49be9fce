using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TypedTaxonomy.Generator.Tests.Packaging;

/// <summary>
/// A newcomer's path: the README's consumer steps (a nuget.config naming the local feed, <c>dotnet new console</c>,
/// <c>dotnet add package</c>, the tool, a schema file, code using the generated classes, <c>dotnet run</c>) run as they
/// stand, from an empty folder, against the packages packed by the README's pack command; then the same project
/// retargeted to net8.0 (a copy with <c>&lt;TargetFramework&gt;net8.0&lt;/TargetFramework&gt;</c>, what
/// <c>dotnet new console</c> makes with the .NET 8 SDK) runs with the package's net8.0 library. Restore uses the
/// machine's own package sources beside the feed, as a user's would.
/// </summary>
/// <remarks>
/// Only the .NET 10 SDK is needed: the net8.0 project restores its targeting pack from the package source, and runs on
/// the .NET 10 runtime with DOTNET_ROLL_FORWARD=Major when no .NET 8 runtime is installed (as on the CI machine). The
/// compiler is the .NET 10 SDK's in both; that the generator also loads in the .NET 8 SDK's compiler (Roslyn 4.8) is
/// shown by <see cref="PackageContentTests"/>: no Roslyn reference newer than 4.8, since no 4.8 compiler package is
/// served here to build with. The net8.0 project does not repeat the steps that are the same for every target
/// framework (the nuget.config, the tool, the schema file, the code): its own <c>dotnet run</c> restores the package
/// for net8.0, generates and compiles.
/// </remarks>
[Collection(PackedPackagesCollection.Name)]
public sealed class NewcomerTests
{
    private const string Expected = "demo:GrossProfit 291176: valid True\ndemo:GrossProfit 291000: valid False\n";

    private readonly PackedPackages packages;
    private readonly ITestOutputHelper output;

    public NewcomerTests(PackedPackages packages, ITestOutputHelper output)
    {
        this.packages = packages;
        this.output = output;
    }

    [Fact(Timeout = 1_800_000)]
    public async Task TheReadmeStepsBuildAndRunANet10ProjectAndItsNet8Copy()
    {
        var steps = ReadmeSteps.ConsumerSteps();
        Assert.Contains("dotnet new console\n", steps, StringComparison.Ordinal);
        var version = new System.Text.RegularExpressions.Regex("--version " + System.Text.RegularExpressions.Regex.Escape(ReadmeSteps.ReadmeVersion) + @"(?=\s)");
        Assert.Equal(2, version.Matches(steps).Count); // the package and the tool
        steps = version.Replace(steps, "--version " + packages.Version);

        // One folder for everything: the feed, the project and its net8.0 copy beside it.
        var folder = DotnetBuild.NewFolder("Newcomer");
        try
        {
            var (project, result) = await Run(steps, folder);
            Assert.True(result.ExitCode == 0, $"The README's steps failed ({result.ExitCode}):\n{result.Output}");
            AssertPrintsTheExpectedLines(result.Output);
            Assert.Contains("<TargetFramework>net10.0</TargetFramework>", File.ReadAllText(Path.Combine(project, "Newcomer.csproj")), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(project, "taxonomy.schema.json")), "the tool wrote the JSON Schema");

            var generator = Path.Combine(PackedPackages.PackageCache, "typedtaxonomy", packages.Version, "analyzers", "dotnet", "roslyn4.8", "cs", "TypedTaxonomy.Generator.dll");
            Assert.True(File.Exists(generator), "the generator came from the package: " + generator);

            var net8 = Retargeted(project, "net8.0");
            await Task.WhenAll(TheNet8ProjectRuns(net8), TheItemMetadataAndTheSwitchWork(project));
        }
        finally
        {
            await DotnetBuild.ShutDownCompilerServerAsync(folder.FullName, ServerId, output.WriteLine);
            DotnetBuild.Delete(folder, output.WriteLine);
        }
    }

    /// <summary>
    /// In the net10.0 project: <c>CSharpNamespace</c> on the file's <c>TaxonomySchema</c> item moves its code, and
    /// <c>EnableDefaultTaxonomySchemaItems=false</c> leaves the file out.
    /// </summary>
    private async Task TheItemMetadataAndTheSwitchWork(string project)
    {
        var projectFile = Path.Combine(project, "Newcomer.csproj");
        var original = File.ReadAllText(projectFile);
        File.WriteAllText(projectFile, original.Replace("</Project>", """
              <ItemGroup>
                <TaxonomySchema Update="demo.taxonomy.yaml" CSharpNamespace="Acme.Reporting" />
              </ItemGroup>
            </Project>
            """, StringComparison.Ordinal));
        var program = Path.Combine(project, "Program.cs");
        File.WriteAllText(program, File.ReadAllText(program).Replace("using Demo.Financials;", "using Acme.Reporting;", StringComparison.Ordinal));

        var moved = await DotnetBuild.RunProcessAsync(DotnetBuild.DotnetHost(), project, Environment(), "run", "-nologo");
        output.WriteLine($"dotnet run with CSharpNamespace=\"Acme.Reporting\" in {moved.Elapsed.TotalSeconds:F1} s:\n{moved.Output}");
        Assert.True(moved.ExitCode == 0, moved.Output);
        AssertPrintsTheExpectedLines(moved.Output);

        File.WriteAllText(projectFile, original.Replace("</Project>", """
              <PropertyGroup>
                <EnableDefaultTaxonomySchemaItems>false</EnableDefaultTaxonomySchemaItems>
              </PropertyGroup>
            </Project>
            """, StringComparison.Ordinal));
        var without = await DotnetBuild.RunProcessAsync(DotnetBuild.DotnetHost(), project, Environment(), "build", "-nologo");
        output.WriteLine($"dotnet build with EnableDefaultTaxonomySchemaItems=false in {without.Elapsed.TotalSeconds:F1} s:\n{without.Output}");
        Assert.NotEqual(0, without.ExitCode);
        Assert.Contains("error CS0246: The type or namespace name 'Acme'", without.Output, StringComparison.Ordinal);
    }

    /// <summary>The net8.0 copy of the project builds and runs with the package's net8.0 library and prints the same.</summary>
    private async Task TheNet8ProjectRuns(string project)
    {
        var environment = Environment();
        if (!HasRuntime(8))
        {
            environment["DOTNET_ROLL_FORWARD"] = "Major"; // no .NET 8 runtime here: the net8.0 program runs on the newer one
        }

        var run = await DotnetBuild.RunProcessAsync(DotnetBuild.DotnetHost(), project, environment, "run", "-nologo");
        output.WriteLine($"net8.0: dotnet run in {run.Elapsed.TotalSeconds:F1} s, exit code {run.ExitCode}:\n{run.Output}");
        Assert.True(run.ExitCode == 0, $"net8.0: dotnet run failed ({run.ExitCode}):\n{run.Output}");
        AssertPrintsTheExpectedLines(run.Output);
        var assets = File.ReadAllText(Path.Combine(project, "obj", "project.assets.json"));
        Assert.Contains("lib/net8.0/TypedTaxonomy.dll", assets, StringComparison.Ordinal);
    }

    /// <summary>The program's output, whatever came before it, ends with the two lines the README promises.</summary>
    private static void AssertPrintsTheExpectedLines(string output) =>
        Assert.EndsWith(Expected, output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

    /// <summary>
    /// A copy of <paramref name="project"/> beside it (so its nuget.config still finds the feed), without its build output
    /// and tools, with <paramref name="framework"/> as its target framework.
    /// </summary>
    private static string Retargeted(string project, string framework)
    {
        var copy = Directory.CreateDirectory(project + "." + framework).FullName;
        foreach (var file in Directory.EnumerateFiles(project))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var projectFile = Path.Combine(copy, "Newcomer.csproj");
        var text = File.ReadAllText(projectFile);
        const string Net10 = "<TargetFramework>net10.0</TargetFramework>";
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(text, System.Text.RegularExpressions.Regex.Escape(Net10)));
        File.WriteAllText(projectFile, text.Replace(Net10, $"<TargetFramework>{framework}</TargetFramework>", StringComparison.Ordinal));
        return copy;
    }

    private async Task<(string Project, (int ExitCode, string Output, TimeSpan Elapsed) Result)> Run(string steps, DirectoryInfo folder)
    {
        // The folder that holds the feed, as in the README.
        var feed = Directory.CreateDirectory(Path.Combine(folder.FullName, "feed"));
        foreach (var package in Directory.EnumerateFiles(packages.Feed, "*.nupkg"))
        {
            File.Copy(package, Path.Combine(feed.FullName, Path.GetFileName(package)));
        }

        var script = Path.Combine(folder.FullName, "steps.sh");
        File.WriteAllText(script, steps);

        // The README's block as it stands, with its standard error joined to its standard output in one pipe: read from
        // two pipes, a step's message on standard error (the tool's "wrote taxonomy.schema.json") could arrive after the
        // program's lines printed later, and the output would not end with them.
        var result = await DotnetBuild.RunProcessAsync("bash", folder.FullName, Environment(), TimeSpan.FromMinutes(15), "-e", "-c", "exec 2>&1; . \"$0\"", script);
        output.WriteLine($"The README's steps in {result.Elapsed.TotalSeconds:F1} s, exit code {result.ExitCode}:\n{result.Output}");
        return (Path.Combine(folder.FullName, "Newcomer"), result);
    }

    /// <summary>
    /// No build node outlives the test; the newcomer's builds have a compiler server of their own for this run
    /// (<c>SharedCompilationId</c>), shut down when the test ends: it loads the generator from the package cache, whose
    /// folder for this run's version is deleted when the packages are, and a server resolves an analyzer's dependencies
    /// by name across every folder it has loaded one from, so the server of the other consumer builds, and of a user's
    /// builds, must never see it.
    /// </summary>
    private static Dictionary<string, string> Environment() => new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["SharedCompilationId"] = ServerId,
    };

    private static readonly string ServerId = "TypedTaxonomy.Newcomer." + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Whether a .NET runtime of <paramref name="major"/> is installed beside the one running the tests.</summary>
    private static bool HasRuntime(int major) =>
        Directory.EnumerateDirectories(Path.GetDirectoryName(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/', '\\'))!)
            .Any(d => Path.GetFileName(d).StartsWith(major + ".", StringComparison.Ordinal));
}
