using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Generator.Specs;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// A schema file with more concepts than one holder class creates: the catalog is split, the holders' names keep
/// clear of the concepts', and the generated code finds every concept by name through <c>All</c>.
/// </summary>
public sealed class LargeCatalogTests
{
    private const int Concepts = SpecBuilder.ConceptsPerHolder * 2 + 50;

    [Fact]
    public void AFileOfManyConceptsIsCreatedInPartsAndFoundByName()
    {
        var yaml = new StringBuilder("taxonomy: { name: Wide, prefix: wide, namespace: http://example.com/wide, csharpNamespace: Wide.Financials }\nconcepts:\n");
        yaml.Append("  Many1: { type: monetary, periodType: instant, label: Named like the first holder }\n");
        for (var i = 0; i < Concepts - 1; i++)
        {
            yaml.Append("  Item").Append(i).Append(": { type: monetary, periodType: duration }\n");
        }

        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Empty { } }");
        GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("many.taxonomy.yaml", yaml.ToString()) })
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var catalog = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("WideConcepts.many.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("private static class Many1_2", catalog, StringComparison.Ordinal);
        Assert.Contains("private static class Many2", catalog, StringComparison.Ordinal);
        Assert.Contains("private static class Many3", catalog, StringComparison.Ordinal);
        Assert.Contains("public static global::TypedTaxonomy.Concept Many1 => Many1_2.Many1;", catalog, StringComparison.Ordinal);

        using var image = new MemoryStream();
        Assert.True(output.Emit(image).Success);
        var context = new AssemblyLoadContext("catalog", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image.ToArray()));
            var all = (ConceptCatalog)assembly.GetType("Wide.Financials.WideConcepts")!.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(Concepts, all.Count);
            Assert.Equal("Named like the first holder", all[0].Label);
            var last = "Item" + (Concepts - 2);
            Assert.Same(all[Concepts - 1], all.Find(last));
            Assert.Null(all.Find("Item" + Concepts));

            var tryGet = assembly.GetType("Wide.Financials.WideTaxonomy")!.GetMethod("TryGetConcept")!;
            var arguments = new object?[] { new QName("http://example.com/wide", "wide", last), null };
            Assert.True((bool)tryGet.Invoke(null, arguments)!);
            Assert.Same(all[Concepts - 1], arguments[1]);
            Assert.Same(all[Concepts - 1], assembly.GetType("Wide.Financials.WideConcepts")!.GetProperty(last, BindingFlags.Public | BindingFlags.Static)!.GetValue(null));
        }
        finally
        {
            context.Unload();
        }
    }
}
