using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>One variation of a testcase of the XBRL 2.1 conformance suite.</summary>
/// <param name="Key">The testcase's number and the variation's id (<c>304/V-12a</c>): variation ids repeat across testcases.</param>
/// <param name="Testcase">The testcase file's name without extension (<c>304-unitOfMeasure</c>).</param>
/// <param name="Name">The variation's name.</param>
/// <param name="Description">What the variation tests, as the suite says it.</param>
/// <param name="Instance">The instance document's full path (the <c>readMeFirst</c> entry).</param>
/// <param name="DataSchemas">The <c>xsd</c> entries of the variation's data, full paths (some are not in the subset).</param>
/// <param name="ExpectedValid">Whether the suite expects the instance to be valid.</param>
public sealed record ConformanceVariation(string Key, string Testcase, string Name, string Description, string Instance, IReadOnlyList<string> DataSchemas, bool ExpectedValid)
{
    /// <inheritdoc />
    public override string ToString() => Key;
}

/// <summary>
/// The five testcases of the conformance subset in <c>../shared/data/xbrl21-conformance</c>, read from its
/// <c>index.xml</c>, and the discovery of a variation's taxonomy as an XBRL processor does it: from the
/// instance's <c>link:schemaRef</c>s and <c>link:linkbaseRef</c>s.
/// </summary>
public static class ConformanceSuite
{
    private static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static readonly Lazy<IReadOnlyList<ConformanceVariation>> All = new(Load);

    /// <summary>The suite's root folder.</summary>
    public static string Root => Repository.Shared("data/xbrl21-conformance");

    /// <summary>Every variation, in index and document order.</summary>
    public static IReadOnlyList<ConformanceVariation> Variations => All.Value;

    /// <summary>The variation of <paramref name="key"/>.</summary>
    public static ConformanceVariation Get(string key) => Variations.Single(v => v.Key == key);

    /// <summary>
    /// The taxonomy of a variation: the schemas and linkbases the instance refers to. The testcase's <c>data</c>
    /// lists are not always right (303 V-01 to V-04 name a Period.xsd that is not there, 320 V-24 a schema
    /// whose instance refers to another); an XBRL processor starts from the instance, and so does this. When
    /// the instance is not well-formed XML the testcase's own list is used.
    /// </summary>
    public static (IReadOnlyList<string> Schemas, IReadOnlyList<string> Linkbases) DiscoverTaxonomy(ConformanceVariation variation)
    {
        var directory = Path.GetDirectoryName(variation.Instance)!;
        try
        {
            var root = XDocument.Load(variation.Instance).Root!;
            string Resolve(XElement reference) => Path.GetFullPath(Path.Combine(directory, ((string)reference.Attribute(XLink + "href")!).Trim()));
            return (root.Elements(Link + "schemaRef").Select(Resolve).ToList(), root.Elements(Link + "linkbaseRef").Select(Resolve).ToList());
        }
        catch (System.Xml.XmlException)
        {
            return (variation.DataSchemas, Array.Empty<string>());
        }
    }

    private static IReadOnlyList<ConformanceVariation> Load()
    {
        var index = XDocument.Load(Path.Combine(Root, "index.xml"));
        var variations = new List<ConformanceVariation>();
        foreach (var testcase in index.Root!.Elements("testcase"))
        {
            var path = Path.GetFullPath(Path.Combine(Root, (string)testcase.Attribute("uri")!));
            var directory = Path.GetDirectoryName(path)!;
            var name = Path.GetFileNameWithoutExtension(path);
            var number = name.Split('-')[0];
            foreach (var variation in XDocument.Load(path).Root!.Elements("variation"))
            {
                var data = variation.Element("data")!;
                string Full(XElement e) => Path.GetFullPath(Path.Combine(directory, e.Value.Trim()));
                var instance = data.Elements("instance").Single(e => (string?)e.Attribute("readMeFirst") == "true");
                var expected = (string)variation.Element("result")!.Attribute("expected")!;
                variations.Add(new ConformanceVariation(
                    number + "/" + (string)variation.Attribute("id")!,
                    name,
                    (string?)variation.Attribute("name") ?? string.Empty,
                    string.Join(" ", (variation.Element("description")?.Value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
                    Full(instance),
                    data.Elements("xsd").Select(Full).ToList(),
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
