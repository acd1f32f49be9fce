using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using TypedTaxonomy.Import;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using Xunit.Abstractions;

namespace TypedTaxonomy.Import.Tests;

/// <summary>The SRT 2024 taxonomy package imported once, through its "all" entry point, for the tests that look at it.</summary>
public sealed class SrtPackageFixture : IDisposable
{
    private readonly TempDirectory temp = new();

    public SrtPackageFixture()
    {
        Result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = Package, EntryPoint = "srt-entryPoint-all-2024.xsd", OutputPath = temp.Path });
        TaxonomyImporter.WriteFiles(Result);
        Output = OutputSet.Load(temp.Path);
    }

    public static string Package => Path.Combine(TestData.SharedData, "taxonomies", "srt-2024");

    /// <summary>The folder the import's files were written to.</summary>
    public string Folder => temp.Path;

    public ImportResult Result { get; }

    internal OutputSet Output { get; }

    public void Dispose() => temp.Dispose();
}

/// <summary>
/// FASB's SEC Reporting Taxonomy 2024, imported whole from its taxonomy package, checked against the package's own
/// files read here with XDocument: every element it declares, its labels, documentation and references.
/// </summary>
public sealed class SrtPackageImportTests : IClassFixture<SrtPackageFixture>
{
    private const string SrtNamespace = "http://fasb.org/srt/2024";
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    private static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private readonly SrtPackageFixture fixture;
    private readonly ITestOutputHelper output;

    public SrtPackageImportTests(SrtPackageFixture fixture, ITestOutputHelper output)
    {
        this.fixture = fixture;
        this.output = output;
    }

    private static string Elts(string file) => Path.Combine(SrtPackageFixture.Package, "elts", file);

    [Fact]
    public void Every_concept_the_package_declares_is_written_once_as_a_concept_an_axis_or_a_member_and_none_is_inferred()
    {
        output.WriteLine(fixture.Result.Summary.ToText());
        Assert.DoesNotContain(fixture.Result.Diagnostics, d => d.Severity == SchemaSeverity.Error);
        Assert.Empty(fixture.Output.Errors);

        // The items, tables and axes the package's schemas declare in the srt namespace, read from the .xsd files.
        var declared = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SrtPackageFixture.Package, "*.xsd", SearchOption.AllDirectories))
        {
            var schema = XDocument.Load(file).Root!;
            if ((string?)schema.Attribute("targetNamespace") != SrtNamespace)
            {
                continue;
            }

            foreach (var element in schema.Elements(Xs + "element"))
            {
                var group = (string?)element.Attribute("substitutionGroup");
                if (group is "xbrli:item" or "xbrldt:hypercubeItem" or "xbrldt:dimensionItem")
                {
                    declared.Add((string)element.Attribute("name")!);
                }
            }
        }

        Assert.Equal(600, declared.Count); // the package's documentation says 600 elements

        var srt = fixture.Output.Taxonomy("srt");
        var written = new SortedSet<string>(StringComparer.Ordinal);
        written.UnionWith(srt.Concepts.Select(c => c.Key.LocalName));
        written.UnionWith(srt.Axes.Select(a => a.Key.LocalName));
        written.UnionWith(srt.Axes.SelectMany(a => a.Members).Where(m => m.Key.Prefix == "srt").Select(m => m.Key.LocalName));
        written.UnionWith(fixture.Output.Taxonomies.SelectMany(t => t.Axes).SelectMany(a => a.Members).Where(m => m.Key.Prefix == "srt").Select(m => m.Key.LocalName));
        var leftOut = fixture.Result.Summary.LeftOut.Keys.Where(k => k.StartsWith("srt:", StringComparison.Ordinal)).Select(k => k["srt:".Length..]);
        written.UnionWith(leftOut);

        // An axis whose domain is in a taxonomy the package does not hold (srt:CurrencyAxis, of the currency taxonomy)
        // gets the domain the format gives an axis without one, named after it.
        foreach (var axis in srt.Axes.Where(a => !declared.Contains(a.Domain.LocalName)))
        {
            Assert.Equal(axis.Key.LocalName[..^"Axis".Length] + "Domain", axis.Domain.LocalName);
            written.Remove(axis.Domain.LocalName);
        }

        Assert.True(declared.SetEquals(written), $"declared, not written: {string.Join(", ", declared.Except(written))}; written, not declared: {string.Join(", ", written.Except(declared))}");

        // Nothing the package declares about a concept is inferred: data type, period type, balance, abstract.
        var inferred = fixture.Result.Summary.Inferred.Where(i => i.Concept.StartsWith("srt:", StringComparison.Ordinal) && i.Attribute is "type" or "periodType" or "balance" or "abstract").ToList();
        Assert.True(inferred.Count == 0, string.Join("\n", inferred));

        // Schemas the package imports but does not hold (country) are inferred and marked, as for any base taxonomy.
        var country = fixture.Result.Summary.Files.Single(f => f.Prefix == "country");
        Assert.Equal(country.Members, country.InferredAttributes);
        Assert.True(country.Members > 0);
    }

    [Fact]
    public void Labels_and_documentation_are_the_packages_own()
    {
        var labels = ReadLabels(Elts("srt-lab-2024.xml"), "http://www.xbrl.org/2003/role/label");
        var documentation = ReadLabels(Elts("srt-doc-2024.xml"), "http://www.xbrl.org/2003/role/documentation");
        var srt = fixture.Output.Taxonomy("srt");
        Assert.NotEmpty(srt.Concepts);
        // Axes, domains and members carry only a standard label in the format; line items every label role.
        foreach (var concept in srt.Concepts.Where(c => c.Role == ConceptRole.Item))
        {
            var name = concept.Key.LocalName;
            Assert.Equal(labels[name], concept.Labels.Single(l => l.Role == "standard" && l.Language == "en-US").Text);
            Assert.Equal(documentation.GetValueOrDefault(name), concept.Documentation);
        }

        foreach (var axis in srt.Axes)
        {
            Assert.Equal(labels[axis.Key.LocalName], axis.Label);
            Assert.All(axis.Members.Where(m => m.Key.Prefix == "srt"), m => Assert.Equal(labels[m.Key.LocalName], m.Label));
        }

        var items = srt.Concepts.Where(c => c.Role == ConceptRole.Item).ToList();
        Assert.Equal(documentation.Count(d => items.Any(c => c.Key.LocalName == d.Key)), items.Count(c => c.Documentation is not null));
    }

    [Fact]
    public void References_are_the_packages_own_each_concept_with_as_many_as_its_reference_linkbases_give_it()
    {
        // The entry point's reference linkbases: the references and the change notes (TaxonomyVersion ...).
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in new[] { "srt-ref-2024.xml", "srt-cn-ref-2024.xml" })
        {
            foreach (var (concept, count) in CountReferences(Elts(file)))
            {
                expected[concept] = expected.GetValueOrDefault(concept) + count;
            }
        }

        var srt = fixture.Output.Taxonomy("srt");
        var withReferences = 0;

        // The format gives references to line items (not to axes and members).
        foreach (var concept in srt.Concepts.Where(c => c.Role == ConceptRole.Item))
        {
            Assert.True(expected.GetValueOrDefault(concept.Key.LocalName) == concept.References.Count, $"{concept.Key.LocalName}: {concept.References.Count} references written, {expected.GetValueOrDefault(concept.Key.LocalName)} in the package");
            withReferences += concept.References.Count > 0 ? 1 : 0;
        }

        Assert.True(withReferences > 100, $"{withReferences} concepts with references");
        Assert.Contains(srt.Concepts.SelectMany(c => c.References), r => r.Display.Contains("Regulation S-X", StringComparison.Ordinal));
    }

    [Fact]
    public void Statements_are_the_packages_presentation_roles_with_their_role_definitions()
    {
        var roles = Directory.EnumerateFiles(SrtPackageFixture.Package, "*-pre-2024.xml", SearchOption.AllDirectories)
            .SelectMany(f => XDocument.Load(f).Root!.Elements(Link + "presentationLink"))
            .Select(l => (string)l.Attribute(XLink + "role")!)
            .ToHashSet(StringComparer.Ordinal);
        var definitions = XDocument.Load(Elts("srt-roles-2024.xsd")).Descendants(Link + "roleType")
            .ToDictionary(r => (string)r.Attribute("roleURI")!, r => r.Element(Link + "definition")!.Value.Trim(), StringComparer.Ordinal);
        var statements = fixture.Output.Taxonomy("srt").Statements;
        Assert.Equal(fixture.Result.Summary.PresentationRolesRead, roles.Count);
        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.Contains(s.Role, roles));
        Assert.All(statements, s => Assert.Contains(s.Title, definitions[s.Role], StringComparison.Ordinal));

        // A role is left out only when it has no line item that can carry a fact, and the notes say so.
        foreach (var role in roles.Where(r => statements.All(s => s.Role != r)))
        {
            Assert.Contains(fixture.Result.Notes, n => n.Contains(role, StringComparison.Ordinal) && n.Contains("not imported as a statement", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_same_package_zipped_imports_the_same_from_inside_the_zip()
    {
        using var temp = new TempDirectory();
        var zip = temp.File("srt-2024.zip");
        ZipFile.CreateFromDirectory(SrtPackageFixture.Package, zip, CompressionLevel.Fastest, includeBaseDirectory: true);

        var fromZip = TaxonomyImporter.Import(new ImportOptions { SchemaPath = zip, EntryPoint = "Elements only", OutputPath = temp.File("zip") });
        var fromFolder = TaxonomyImporter.Import(new ImportOptions { SchemaPath = SrtPackageFixture.Package, EntryPoint = "https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd", OutputPath = temp.File("zip") });

        Assert.True(fromZip.Summary.Files.Single(f => f.Prefix == "srt").Concepts > 300);
        Assert.Equal(fromFolder.Files.Keys.Order(), fromZip.Files.Keys.Order());
        foreach (var (path, text) in fromFolder.Files)
        {
            // The header names the package; everything after it is the same.
            Assert.Equal(Body(text), Body(fromZip.Files[path]));
        }
    }

    private static string Body(string yaml) => yaml[yaml.IndexOf("\ntaxonomy:", StringComparison.Ordinal)..];

    /// <summary>Concept local name → the label of <paramref name="role"/>, from a label linkbase of the package.</summary>
    private static Dictionary<string, string> ReadLabels(string file, string role)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in XDocument.Load(file).Root!.Elements(Link + "labelLink"))
        {
            var concepts = link.Elements(Link + "loc").ToDictionary(l => (string)l.Attribute(XLink + "label")!, l => ((string)l.Attribute(XLink + "href")!).Split('#')[1]["srt_".Length..]);
            var resources = link.Elements(Link + "label").Where(l => (string?)l.Attribute(XLink + "role") == role).ToLookup(l => (string)l.Attribute(XLink + "label")!, l => l.Value.Trim());
            foreach (var arc in link.Elements(Link + "labelArc"))
            {
                foreach (var text in resources[(string)arc.Attribute(XLink + "to")!])
                {
                    labels.TryAdd(concepts[(string)arc.Attribute(XLink + "from")!], text);
                }
            }
        }

        return labels;
    }

    /// <summary>Concept local name → how many references a reference linkbase links it to.</summary>
    private static Dictionary<string, int> CountReferences(string file)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var link in XDocument.Load(file).Root!.Elements(Link + "referenceLink"))
        {
            var concepts = link.Elements(Link + "loc").ToDictionary(l => (string)l.Attribute(XLink + "label")!, l => ((string)l.Attribute(XLink + "href")!).Split('#')[1]["srt_".Length..]);
            var resources = link.Elements(Link + "reference").ToLookup(l => (string)l.Attribute(XLink + "label")!);
            foreach (var arc in link.Elements(Link + "referenceArc"))
            {
                var concept = concepts[(string)arc.Attribute(XLink + "from")!];
                counts[concept] = counts.GetValueOrDefault(concept) + resources[(string)arc.Attribute(XLink + "to")!].Count();
            }
        }

        return counts;
    }
}
