using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Generator.Tests.Packaging;

/// <summary>
/// What the packed <c>TypedTaxonomy</c> package holds. Above all: every analyzer assembly sits in an
/// <c>analyzers/dotnet/roslynX.Y/cs</c> folder and references no Roslyn newer than X.Y, nor a newer
/// System.Collections.Immutable or System.Reflection.Metadata than that compiler brings along, so a compiler of
/// that version loads it (a newer reference is CS9057, or a load failure). This is the proof for the .NET 8 SDK
/// (Roslyn 4.8): no package of that compiler is served here to build a project with.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageContentTests
{
    /// <summary>What each compiler version supplies to analyzers: Roslyn 4.8 references System.Collections.Immutable and System.Reflection.Metadata 7.0.</summary>
    private static readonly Dictionary<string, Dictionary<string, Version>> CompilerSupplies = new(StringComparer.Ordinal)
    {
        ["4.8"] = new(StringComparer.Ordinal)
        {
            ["System.Collections.Immutable"] = new(7, 0, 0, 0),
            ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        },
    };

    private readonly PackedPackages packages;

    public PackageContentTests(PackedPackages packages) => this.packages = packages;

    [Fact]
    public void EveryAnalyzerAssemblyReferencesNoNewerCompilerThanItsFolder()
    {
        using var package = ZipFile.OpenRead(packages.Package("TypedTaxonomy"));
        var analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[] { "Microsoft.Bcl.AsyncInterfaces.dll", "Scriban.Signed.dll", "System.IO.Pipelines.dll", "System.Text.Encodings.Web.dll", "System.Text.Json.dll", "TypedTaxonomy.Generator.dll", "TypedTaxonomy.Schema.dll", "YamlDotNet.dll" },
            analyzers.Select(e => e.Name).Order(StringComparer.Ordinal));

        var roslynReferences = 0;
        foreach (var entry in analyzers)
        {
            var folder = Regex.Match(entry.FullName, @"^analyzers/dotnet/roslyn(\d+\.\d+)/cs/[^/]+\.dll$");
            Assert.True(folder.Success, $"{entry.FullName} is not in an analyzers/dotnet/roslynX.Y/cs folder, so every compiler would load it");
            var compiler = Version.Parse(folder.Groups[1].Value);
            var supplies = CompilerSupplies[folder.Groups[1].Value];
            foreach (var (name, version) in References(entry))
            {
                if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    roslynReferences++;
                    Assert.True(
                        (version.Major, version.Minor).CompareTo((compiler.Major, compiler.Minor)) <= 0,
                        $"{entry.FullName} references {name} {version}, newer than the Roslyn {compiler} of its folder");
                }
                else if (supplies.TryGetValue(name, out var supplied))
                {
                    Assert.True(version <= supplied, $"{entry.FullName} references {name} {version}; Roslyn {compiler} brings {supplied}");
                }
                else if (NewerThanTheOldestCompilerHas(name, version))
                {
                    Assert.True(
                        analyzers.Any(other => other.FullName == entry.FullName[..(entry.FullName.LastIndexOf('/') + 1)] + name + ".dll"),
                        $"{entry.FullName} references {name} {version}, which the .NET 8 SDK's compiler does not have and the package does not put beside it");
                }
            }
        }

        Assert.True(roslynReferences > 0, "the generator references Roslyn");
    }

    [Fact]
    public void TheGeneratorRunsFromThePackageAsTheDotnet8CompilerLoadsIt()
    {
        // Scriban (netstandard2.0) references System.Text.Json 10, which neither the .NET 8 SDK's compiler (its runtime
        // has 8) nor Visual Studio 17.8's has, and needs it to render: the package carries it beside the generator.
        // Load the package's analyzer assemblies as that compiler would, with nothing newer than .NET 8 from the
        // runtime, and generate the shipped schema.
        var folder = DotnetBuild.NewFolder("Analyzers");
        try
        {
            using (var package = ZipFile.OpenRead(packages.Package("TypedTaxonomy")))
            {
                foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/roslyn4.8/cs/", StringComparison.Ordinal)))
                {
                    entry.ExtractToFile(Path.Combine(folder.FullName, entry.Name));
                }
            }

            var context = new AnalyzerFolderContext(folder.FullName);
            var generatorType = context.LoadFromAssemblyPath(Path.Combine(folder.FullName, "TypedTaxonomy.Generator.dll")).GetType("TypedTaxonomy.Generator.TaxonomyGenerator", throwOnError: true)!;
            var generator = (Microsoft.CodeAnalysis.IIncrementalGenerator)Activator.CreateInstance(generatorType)!;
            var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                [Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(generator)],
                GeneratorHarness.FromDisk(GeneratorHarness.ShippedSchemaFiles()),
                GeneratorHarness.ParseOptions);

            var result = driver.RunGenerators(GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Empty { } }")).GetRunResult().Results.Single();

            Assert.Null(result.Exception);
            Assert.Empty(result.Diagnostics);
            Assert.True(result.GeneratedSources.Length > 50, $"{result.GeneratedSources.Length} files generated");
            Assert.Contains(context.Assemblies, a => a.GetName().Name == "Scriban.Signed");
            Assert.Empty(context.Refused);
            context.Unload();
        }
        finally
        {
            DotnetBuild.Delete(folder, _ => { });
        }
    }

    [Fact]
    public void ThePackageHoldsTheItemTheJsonSchemaTheHelpPagesAndItsMetadata()
    {
        using var package = ZipFile.OpenRead(packages.Package("TypedTaxonomy"));
        var names = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("buildTransitive/TypedTaxonomy.props", names);
        Assert.Contains("buildTransitive/TypedTaxonomy.targets", names);
        Assert.Contains("lib/net8.0/TypedTaxonomy.dll", names);
        Assert.Contains("lib/net10.0/TypedTaxonomy.dll", names);
        Assert.Contains("README.md", names);
        Assert.Equal(
            File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "schema", "taxonomy.schema.json")),
            Read(package, "schema/taxonomy.schema.json"));

        var nuspec = XDocument.Parse(Read(package, "TypedTaxonomy.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        var repository = metadata.Element(ns + "repository")?.Attribute("url")?.Value;
        Assert.False(string.IsNullOrEmpty(repository), "the package names its repository");
        Assert.Equal(repository, metadata.Element(ns + "projectUrl")?.Value);

        // Each diagnostic's help link is its page under the package's repository address, and the package has the page.
        foreach (var descriptor in SchemaDiagnosticDescriptors.All)
        {
            Assert.Equal($"{repository}/blob/main/docs/diagnostics/{descriptor.Id}.md", descriptor.HelpLink);
            Assert.Contains($"docs/diagnostics/{descriptor.Id}.md", names);
        }

        Assert.Contains(names, n => n.EndsWith(".nuspec", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.ChangeExtension(packages.Package("TypedTaxonomy"), ".snupkg")), "the symbols are packed beside it");
    }

    [Fact]
    public void TheToolPackageIsTheFrameworkDependentTool()
    {
        using var package = ZipFile.OpenRead(packages.Package("TypedTaxonomy.Cli"));
        var names = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", names);
        Assert.Contains("tools/net10.0/any/typed-taxonomy.dll", names);
        Assert.Contains("README.md", names);
        Assert.Contains("<Command Name=\"typed-taxonomy\"", Read(package, "tools/net10.0/any/DotnetToolSettings.xml"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the .NET 8 SDK's compiler (Roslyn 4.8 on .NET 8) lacks this version of a framework or Microsoft.Bcl
    /// assembly: .NET 8's own are version 8.0.0.0, the netstandard2.0 packages' (System.Memory 4.0.x) lower.
    /// </summary>
    private static bool NewerThanTheOldestCompilerHas(string name, Version version) =>
        (name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.Bcl.", StringComparison.Ordinal) || name is "Microsoft.CSharp" or "netstandard" or "mscorlib")
        && version > new Version(8, 0, 0, 0)
        && !CompilerSupplies["4.8"].ContainsKey(name);

    private static string Read(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static List<(string Name, Version Version)> References(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetAssemblyReference(handle))
            .Select(reference => (reader.GetString(reference.Name), reference.Version))
            .ToList();
    }

    /// <summary>
    /// Loads analyzer assemblies as the .NET 8 SDK's compiler loader does: what the compiler has (Roslyn, the .NET 8
    /// framework) from the compiler, the rest from the analyzers' folder. A framework assembly newer than .NET 8's
    /// comes from the folder or fails to load (recorded in <see cref="Refused"/>).
    /// </summary>
    private sealed class AnalyzerFolderContext(string folder) : System.Runtime.Loader.AssemblyLoadContext("analyzers", isCollectible: true)
    {
        public List<string> Refused { get; } = [];

        protected override System.Reflection.Assembly? Load(System.Reflection.AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            if (NewerThanTheOldestCompilerHas(assemblyName.Name!, assemblyName.Version ?? new Version()))
            {
                if (File.Exists(path))
                {
                    return LoadFromAssemblyPath(path);
                }

                Refused.Add(assemblyName.FullName);
                throw new FileNotFoundException($"{assemblyName.FullName} is neither in the .NET 8 SDK's compiler nor beside the generator");
            }

            return assemblyName.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || !File.Exists(path) ? null : LoadFromAssemblyPath(path);
        }
    }
}
