using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// The TypedTaxonomy package as a consumer gets it: packed, restored from a local feed into an empty package
/// cache, referenced by a new project with the shipped schema as additional files, built and run. This is what
/// proves the generator finds every assembly it loads inside the package, not only through project references.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly ITestOutputHelper output;
    private readonly string work = Path.Combine(Path.GetTempPath(), "typedtaxonomy-package-" + Guid.NewGuid().ToString("N"));

    public PackageTests(ITestOutputHelper output)
    {
        this.output = output;
        Directory.CreateDirectory(work);
    }

    [Fact]
    public void AProjectReferencingThePackageGeneratesTheStatementsAndRuns()
    {
        var version = "0.0.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Path.Combine(work, "feed");

        // The solution's build has restored the project; restoring again here could race other tests' builds.
        Run("dotnet", $"pack \"{Repository.Path("src/TypedTaxonomy/TypedTaxonomy.csproj")}\" -c Release -o \"{feed}\" -p:Version={version} --no-restore -nologo", Repository.Root);

        var consumer = Path.Combine(work, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var schema = Repository.Path("schema").Replace('\\', '/');
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TypedTaxonomy" Version="{version}" />
                <AdditionalFiles Include="{schema}/**/*.taxonomy.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), $$"""
            using System;
            using System.Linq;
            using Qiniu.Financials;
            using TypedTaxonomy;
            using TypedTaxonomy.Xbrl;

            var report = new XbrlJsonReader().ReadFile(@"{{Repository.Path("samples/data/qiniu-prospectus.xbrl.json")}}");
            var year = Period.Duration(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
            var statement = StatementBinder.Bind<ProfitOrLossStatement>(report.Facts).Find(year)!;
            Console.WriteLine($"gross profit {statement.GrossProfit}, valid {statement.Validate().IsValid}");
            """);

        var environment = ("NUGET_PACKAGES", Path.Combine(work, "packages"));
        var result = Run("dotnet", "run -nologo", consumer, environment);

        Assert.Contains("gross profit 291176000, valid True", result, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(Path.Combine(work, "packages"), "TypedTaxonomy.Generator.dll", SearchOption.AllDirectories).Any(), "the generator came from the package");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is the system's to clean then.
        }
    }

    private string Run(string fileName, string arguments, string directory, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {arguments} did not finish within 5 minutes");
        }

        var text = stdout.Result + stderr.Result;
        output.WriteLine($"> {fileName} {arguments}\n{text}");
        Assert.True(process.ExitCode == 0, $"{fileName} {arguments} failed ({process.ExitCode}):\n{text}");
        return text;
    }
}
