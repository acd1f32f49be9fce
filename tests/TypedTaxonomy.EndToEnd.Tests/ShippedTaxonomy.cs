using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// The shipped schema files (<c>schema/**/*.taxonomy.yaml</c>, path relative to the repository → text), generated
/// and compiled once per test run for every test that uses them: compiling is what costs.
/// </summary>
public static class ShippedTaxonomy
{
    private static readonly Lazy<(IReadOnlyDictionary<string, string> Files, GeneratedTaxonomy Generated)> Built = new(() =>
    {
        var files = Directory.EnumerateFiles(Repository.Path("schema"), "*.taxonomy.yaml", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'), File.ReadAllText);
        return (files, GeneratedTaxonomy.Build(files));
    });

    /// <summary>The schema files.</summary>
    public static IReadOnlyDictionary<string, string> Files => Built.Value.Files;

    /// <summary>Their generated code, compiled and loaded.</summary>
    public static GeneratedTaxonomy Generated => Built.Value.Generated;
}
