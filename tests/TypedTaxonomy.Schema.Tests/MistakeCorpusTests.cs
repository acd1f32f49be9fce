using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>
/// The corpus of realistic mistakes (<c>tests/TypedTaxonomy.Generator.Tests/Mistakes</c>), each file checked alone by
/// the parser and checker: exactly its expected diagnostics, in words, at the mistake, one per mistake.
/// </summary>
public sealed class MistakeCorpusTests
{
    /// <summary>Texts of exceptions and of YamlDotNet's messages, which no diagnostic may show.</summary>
    public static readonly string[] ForeignTexts =
    {
        "Exception", "Operation is not valid", "current state of the object", "While parsing", "While scanning",
        "did not find expected", "Object reference", "Index was outside", "Sequence contains",
    };

    private static string Directory => Path.Combine(SchemaTestKit.RepositoryRoot(), "tests", "TypedTaxonomy.Generator.Tests", "Mistakes");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in CorpusFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void TheCorpusHasAtLeastFortyMistakesAndEachIsExpected()
    {
        var files = CorpusFiles();
        var expected = Expected();

        Assert.True(files.Count >= 40, $"{files.Count} mistakes");
        Assert.Equal(files, expected.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EachMistakeGivesExactlyItsDiagnosticsInWords(string file)
    {
        var result = SchemaFileSet.Check(new[] { (file, File.ReadAllText(Path.Combine(Directory, file))) });

        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(Expected()[file], lines);
        Assert.All(lines, line => Assert.DoesNotContain(ForeignTexts, foreign => line.Contains(foreign, StringComparison.Ordinal)));
        Assert.Equal(lines.Count, lines.Distinct(StringComparer.Ordinal).Count());
    }

    private static List<string> CorpusFiles() =>
        System.IO.Directory.EnumerateFiles(Directory)
            .Select(Path.GetFileName)
            .Where(name => name!.Contains(".taxonomy.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList()!;

    /// <summary>The expected lines of <c>expected.txt</c>, by file.</summary>
    private static Dictionary<string, List<string>> Expected() =>
        File.ReadAllLines(Path.Combine(Directory, "expected.txt"))
            .Where(line => line.Length > 0)
            .GroupBy(line => line.Substring(0, line.IndexOf('(', StringComparison.Ordinal)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
}
