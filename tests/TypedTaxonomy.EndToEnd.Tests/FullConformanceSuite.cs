using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>One variation of the whole XBRL 2.1 conformance suite (edition 2014-12-10).</summary>
/// <param name="Key">The testcase's number and the variation's id (<c>204/V-03</c>).</param>
/// <param name="Testcase">The testcase file's name without extension.</param>
/// <param name="Name">The variation's name.</param>
/// <param name="Description">What the variation tests, as the suite says it.</param>
/// <param name="Entry">The full path of the document marked <c>readMeFirst</c>: an instance, a schema or a linkbase.</param>
/// <param name="ExpectedValid">Whether the suite expects it to be valid.</param>
public sealed record SuiteVariation(string Key, string Testcase, string Name, string Description, string Entry, bool ExpectedValid)
{
    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>The 36 testcases of <c>../shared/data/xbrl21-conformance-2014</c>, read from its <c>index.xml</c>.</summary>
public static class FullConformanceSuite
{
    private static readonly Lazy<IReadOnlyList<SuiteVariation>> All = new(Load);

    /// <summary>The suite's root folder.</summary>
    public static string Root => Repository.Shared("data/xbrl21-conformance-2014");

    /// <summary>Every variation, in index and document order.</summary>
    public static IReadOnlyList<SuiteVariation> Variations => All.Value;

    /// <summary>The variation of <paramref name="key"/>.</summary>
    public static SuiteVariation Get(string key) => Variations.Single(v => v.Key == key);

    private static IReadOnlyList<SuiteVariation> Load()
    {
        var index = XDocument.Load(Path.Combine(Root, "index.xml"));
        var variations = new List<SuiteVariation>();
        foreach (var testcase in index.Root!.Elements("testcase"))
        {
            var path = Path.GetFullPath(Path.Combine(Root, (string)testcase.Attribute("uri")!));
            var directory = Path.GetDirectoryName(path)!;
            var name = Path.GetFileNameWithoutExtension(path);
            var number = char.IsDigit(name[0]) ? name.Split('-')[0] : name.Split('-')[0];
            foreach (var variation in XDocument.Load(path).Root!.Elements().Where(e => e.Name.LocalName == "variation"))
            {
                var data = variation.Elements().Single(e => e.Name.LocalName == "data");
                var entry = data.Elements().Single(e => (string?)e.Attribute("readMeFirst") == "true");
                var result = variation.Elements().Single(e => e.Name.LocalName == "result");
                var expected = (string)result.Attribute("expected")!;
                variations.Add(new SuiteVariation(
                    number + "/" + (string)variation.Attribute("id")!,
                    name,
                    (string?)variation.Attribute("name") ?? string.Empty,
                    string.Join(" ", (variation.Elements().FirstOrDefault(e => e.Name.LocalName == "description")?.Value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
                    Path.GetFullPath(Path.Combine(directory, entry.Value.Trim())),
                    expected switch
                    {
                        "valid" => true,
                        "invalid" => false,
                        _ => throw new InvalidOperationException($"{name} {(string)variation.Attribute("id")!}: unexpected result '{expected}'"),
                    }));
            }
        }

        return variations;
    }
}
