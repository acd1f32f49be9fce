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
            new[] { "Scriban.Signed.dll", "TypedTaxonomy.Generator.dll", "TypedTaxonomy.Schema.dll", "YamlDotNet.dll" },
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
            }
        }

        Assert.True(roslynReferences > 0, "the generator references Roslyn");
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
}
