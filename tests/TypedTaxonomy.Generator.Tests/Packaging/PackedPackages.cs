using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TypedTaxonomy.Generator.Tests.Packaging;

/// <summary>The tests that need the packed packages: one collection, so the packages are packed once per run.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}

/// <summary>
/// <c>TypedTaxonomy</c> and <c>TypedTaxonomy.Cli</c> packed once, by the pack command of the README's "In a project of
/// your own" in the tests' configuration, into a feed folder of their own, with a version of this run only (so no package cache holds an older
/// build under it). Dispose deletes the feed and this version from the NuGet package cache.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    private readonly IMessageSink diagnostics;
    private readonly DirectoryInfo folder = DotnetBuild.NewFolder("Feed");

    public PackedPackages(IMessageSink diagnostics) => this.diagnostics = diagnostics;

    /// <summary>The version every package of this run has.</summary>
    public string Version { get; } = "1.0.0-test." + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The folder holding the packed packages.</summary>
    public string Feed => Path.Combine(folder.FullName, "feed");

    /// <summary>The path of the package <paramref name="id"/> in the feed.</summary>
    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Where restore puts a package: NUGET_PACKAGES, or the user's .nuget/packages.</summary>
    public static string PackageCache =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public async Task InitializeAsync()
    {
        var arguments = ReadmeSteps.PackCommand();
        var output = arguments.IndexOf("-o");
        Assert.True(output > 0 && output + 1 < arguments.Count, "the README's pack command names its output folder with -o");
        arguments[output + 1] = Feed;

        // The configuration the tests were built in, whose build of the packed projects is then up to date (the README
        // packs Release); PackageVersion, unlike Version, leaves the assemblies as they are built.
        var configuration = arguments.IndexOf("-c");
        Assert.True(configuration > 0 && configuration + 1 < arguments.Count, "the README's pack command names its configuration with -c");
        arguments[configuration + 1] = typeof(PackedPackages).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        // One MSBuild process (-m:1): the projects are built already, so packing is a few small serial steps, and a worker
        // node of its own (node reuse is off in the tests) costs more CPU to start than it saves.
        arguments.AddRange(["-nologo", "-v:q", "-m:1", "-p:PackageVersion=" + Version]);

        var pack = await DotnetBuild.RunProcessAsync(DotnetBuild.DotnetHost(), GeneratorHarness.RepositoryRoot(), null, TimeSpan.FromMinutes(15), arguments.Skip(1).ToArray());
        diagnostics.OnMessage(new DiagnosticMessage($"dotnet {string.Join(' ', arguments.Skip(1))}: {pack.Elapsed.TotalSeconds:F1} s, exit code {pack.ExitCode}"));
        Assert.True(pack.ExitCode == 0, $"packing failed:\n{pack.Output}");
    }

    public Task DisposeAsync()
    {
        DotnetBuild.Delete(folder, message => diagnostics.OnMessage(new DiagnosticMessage(message)));
        foreach (var id in new[] { "typedtaxonomy", "typedtaxonomy.cli" })
        {
            var cached = new DirectoryInfo(Path.Combine(PackageCache, id, Version));
            if (cached.Exists)
            {
                DotnetBuild.Delete(cached, message => diagnostics.OnMessage(new DiagnosticMessage(message)));
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>The README's "In a project of your own": its pack command and its consumer's steps, as the README has them.</summary>
public static class ReadmeSteps
{
    /// <summary>The version the README's steps name; tests put the version of their run in its place.</summary>
    public const string ReadmeVersion = "1.0.0";

    /// <summary>The pack command, split into words (<c>dotnet pack ... -o ../feed</c>).</summary>
    public static List<string> PackCommand()
    {
        var command = Blocks()[0].Trim();
        Assert.DoesNotContain('\n', command);
        Assert.StartsWith("dotnet pack ", command, StringComparison.Ordinal);
        return command.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>The consumer's steps, a shell script run from the folder that holds the feed.</summary>
    public static string ConsumerSteps() => Blocks()[1];

    private static IReadOnlyList<string> Blocks()
    {
        var readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("## In a project of your own", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no section 'In a project of your own'");
        var end = readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        var blocks = Regex.Matches(section, "```sh\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 2, "the section shows the pack command and the consumer's steps as sh blocks");
        return blocks;
    }
}
