using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Generator.Specs;
using TypedTaxonomy.Generator.Pipeline;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// The generator caches each generated file on its slice of the resolved set; a slice that misses something its
/// file reads would leave that file stale. Random sequences of edits across the files of a small two-taxonomy set
/// (concepts added, removed, renamed with their uses, moved between files, relabelled; line items added and
/// removed; a summation that another file's statement checks changed) are applied to one driver, step by step, and
/// after every step its outputs (every generated file, byte for byte, and every diagnostic) must equal those of a
/// cold run on the same texts.
/// </summary>
public sealed class IncrementalEqualsColdPropertyTests
{
    private const int Sequences = 60;
    private const int StepsPerSequence = 10;

    [Fact]
    public void EveryEditSequenceGivesWhatAColdRunGives()
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Empty { } }");
        var edits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var seed = 0; seed < Sequences; seed++)
        {
            var random = new Random(seed);
            var model = SchemaModel.Initial();
            var texts = model.Render().ToDictionary(f => f.Path, f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text), StringComparer.Ordinal);
            var driver = GeneratorHarness.CreateDriver(texts.Values).RunGenerators(compilation);
            for (var step = 0; step < StepsPerSequence; step++)
            {
                var edit = model.Edit(random);
                edits[edit] = edits.GetValueOrDefault(edit) + 1;
                foreach (var (path, text) in model.Render())
                {
                    if (texts[path].GetText()!.ToString() != text)
                    {
                        var replacement = new InMemoryAdditionalText(path, text);
                        driver = driver.ReplaceAdditionalText(texts[path], replacement);
                        texts[path] = replacement;
                    }
                }

                driver = driver.RunGenerators(compilation);
                var cold = GeneratorHarness.CreateDriver(texts.Values).RunGenerators(compilation);
                var context = $"seed {seed}, step {step} ({edit})";
                Assert.True(Outputs(cold).SequenceEqual(Outputs(driver)), $"Generated files differ from a cold run after {context}:\n{Difference(Outputs(cold), Outputs(driver))}");
                Assert.Equal(Diagnostics(cold), Diagnostics(driver));
                AssertSlicesHoldWhatTheirFilesRead(texts.Values, context);
            }
        }

        // Every kind of edit was tried, many times over.
        Assert.All(SchemaModel.EditKinds, kind => Assert.True(edits.GetValueOrDefault(kind) >= 20, $"{kind}: {edits.GetValueOrDefault(kind)} times"));
    }

    [Theory]
    [InlineData("Concept001x50", new[] { "Big.Financials.BigConcepts.part001.g.cs" })]
    [InlineData("Concept001x05", new[] { "Big.Financials.BigConcepts.part001.g.cs", "Big.Financials.Statement001Statement.g.cs" })]
    public void RelabellingAConceptRendersAgainOnlyTheFilesThatShowIt(string concept, string[] expected)
    {
        var files = Benchmarks.SyntheticTaxonomy.Create(3).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Empty { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var text = files[1].GetText()!.ToString();
        var at = text.IndexOf("    label:", text.IndexOf("  " + concept + ":", StringComparison.Ordinal), StringComparison.Ordinal);
        var edited = new InMemoryAdditionalText(files[1].Path, text.Insert(text.IndexOf('\n', at), " (relabelled)"));
        var result = driver.ReplaceAdditionalText(files[1], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var rendered = result.TrackedSteps[TrackingNames.Render].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(expected, rendered.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((Emitter.RenderedSource)o.Value).HintName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(rendered.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void EverySliceOfTheShippedSchemaHoldsWhatItsFileReads() =>
        AssertSlicesHoldWhatTheirFilesRead(GeneratorHarness.FromDisk(GeneratorHarness.ShippedSchemaFiles()), "the shipped schema");

    /// <summary>
    /// Each file planned from its slice is the file planned from the whole resolved set: the slice holds all that the
    /// file reads. (The driver's outputs equal a cold run's whatever the slices hold; this is what makes them right.)
    /// </summary>
    private static void AssertSlicesHoldWhatTheirFilesRead(IEnumerable<AdditionalText> texts, string context)
    {
        var set = Schema.SchemaFileSet.Check(texts.Select(t => (t.Path, t.GetText()!.ToString()))).Set;
        foreach (var slice in SpecSlice.Of(set))
        {
            Assert.True(
                SpecBuilder.Plan(slice).Equals(SpecBuilder.Plan(slice with { Set = set })),
                $"The {slice.Kind} slice '{slice.Key}' of '{slice.Prefix}' plans another file than the whole set does after {context}");
        }
    }

    private static List<(string HintName, string Text)> Outputs(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();

    private static List<string> Diagnostics(GeneratorDriver driver) =>
        driver.GetRunResult().Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal).ToList();

    private static string Difference(List<(string HintName, string Text)> cold, List<(string HintName, string Text)> incremental)
    {
        var text = new StringBuilder();
        foreach (var name in cold.Select(c => c.HintName).Union(incremental.Select(i => i.HintName)).OrderBy(n => n, StringComparer.Ordinal))
        {
            var a = cold.FirstOrDefault(c => c.HintName == name).Text;
            var b = incremental.FirstOrDefault(i => i.HintName == name).Text;
            if (a != b)
            {
                text.Append(name).Append(a is null ? ": only incremental" : b is null ? ": only cold" : ": differs").Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The taxonomy set as data: edits change it, and it writes the schema files.</summary>
    private sealed class SchemaModel
    {
        public static readonly string[] EditKinds = { "add", "remove", "rename", "move", "relabel", "add line item", "remove line item", "change summation" };

        private static readonly string[] Files = { "base", "first", "second" };

        private readonly Dictionary<string, List<Concept>> concepts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> lineItems = new(StringComparer.Ordinal);
        private readonly List<(string Total, List<(string Item, int Weight)> Items)> summations = new();
        private int next;

        public static SchemaModel Initial()
        {
            var model = new SchemaModel();
            foreach (var file in Files)
            {
                model.concepts[file] = Enumerable.Range(0, 4).Select(_ => model.NewConcept()).ToList();
            }

            model.lineItems["first"] = model.concepts["first"].Select(c => c.Name).Concat(new[] { "base:" + model.concepts["base"][0].Name }).ToList();
            model.lineItems["second"] = model.concepts["first"].Take(3).Concat(model.concepts["second"]).Select(c => c.Name).ToList();

            // A summation declared in the first file, over concepts the second file's statement shows too.
            var first = model.concepts["first"];
            model.summations.Add((first[0].Name, new List<(string, int)> { (first[1].Name, 1), (first[2].Name, -1) }));
            return model;
        }

        public string Edit(Random random)
        {
            var kind = EditKinds[random.Next(EditKinds.Length)];
            var file = Files[random.Next(Files.Length)];
            var own = concepts[file];
            switch (kind)
            {
                case "add":
                    own.Add(NewConcept());
                    break;
                case "remove" when own.Count > 1:
                    var removed = own[random.Next(own.Count)];
                    own.Remove(removed);
                    Forget(removed.Name);
                    break;
                case "rename" when own.Count > 0:
                    var renamed = own[random.Next(own.Count)];
                    var newName = "Renamed" + (next++).ToString(CultureInfo.InvariantCulture);
                    Replace(renamed.Name, newName);
                    renamed.Name = newName;
                    break;
                case "move" when file != "base" && own.Count > 1:
                    var moved = own[random.Next(own.Count)];
                    own.Remove(moved);
                    concepts[file == "first" ? "second" : "first"].Add(moved);
                    break;
                case "relabel" when own.Count > 0:
                    own[random.Next(own.Count)].Label = "Label " + (next++).ToString(CultureInfo.InvariantCulture);
                    break;
                case "add line item":
                    var statement = random.Next(2) == 0 ? "first" : "second";
                    var candidates = concepts["first"].Concat(concepts["second"]).Select(c => c.Name).Where(n => !lineItems[statement].Contains(n)).ToList();
                    if (candidates.Count > 0)
                    {
                        lineItems[statement].Insert(random.Next(lineItems[statement].Count + 1), candidates[random.Next(candidates.Count)]);
                    }

                    break;
                case "remove line item":
                    var from = lineItems[random.Next(2) == 0 ? "first" : "second"];
                    if (from.Count > 1)
                    {
                        from.RemoveAt(random.Next(from.Count));
                    }

                    break;
                case "change summation" when summations.Count > 0:
                    var items = summations[0].Items;
                    var at = random.Next(items.Count);
                    items[at] = random.Next(2) == 0 || concepts["first"].Count == 0
                        ? (items[at].Item, -items[at].Weight)
                        : (concepts["first"][random.Next(concepts["first"].Count)].Name, items[at].Weight);
                    break;
            }

            return kind;
        }

        public IEnumerable<(string Path, string Text)> Render()
        {
            var text = new StringBuilder("taxonomy: { name: Base, prefix: base, namespace: http://example.com/base, csharpNamespace: Base.Financials }\nunits: { USD: iso4217:USD }\n");
            Concepts(text, concepts["base"]);
            yield return ("base.taxonomy.yaml", text.ToString());

            foreach (var file in new[] { "first", "second" })
            {
                text.Clear().Append("taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo, csharpNamespace: Demo.Financials, imports: [base] }\n");
                if (file == "first")
                {
                    text.Append("units: { USD: iso4217:USD }\n");
                }

                Concepts(text, concepts[file]);
                text.Append("statements:\n  ").Append(file == "first" ? "Income" : "Details").Append(":\n    lineItems: [").Append(string.Join(", ", lineItems[file])).Append("]\n");
                if (file == "first" && summations.Count > 0)
                {
                    text.Append("calculations:\n");
                    foreach (var (total, items) in summations)
                    {
                        text.Append("  - total: ").Append(total).Append("\n    items: { ")
                            .Append(string.Join(", ", items.Select(i => i.Item + ": " + i.Weight.ToString(CultureInfo.InvariantCulture)))).Append(" }\n");
                    }
                }

                yield return (file + ".taxonomy.yaml", text.ToString());
            }
        }

        private static void Concepts(StringBuilder text, List<Concept> concepts)
        {
            if (concepts.Count == 0)
            {
                return;
            }

            text.Append("concepts:\n");
            foreach (var concept in concepts)
            {
                text.Append("  ").Append(concept.Name).Append(": { type: monetary, periodType: duration, balance: credit, label: ").Append(concept.Label).Append(" }\n");
            }
        }

        private Concept NewConcept()
        {
            var number = (next++).ToString(CultureInfo.InvariantCulture);
            return new Concept { Name = "Concept" + number, Label = "Concept " + number };
        }

        private void Forget(string name)
        {
            foreach (var items in lineItems.Values)
            {
                items.RemoveAll(i => i == name || i == "base:" + name);
            }
        }

        private void Replace(string name, string newName)
        {
            foreach (var items in lineItems.Values)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    items[i] = items[i] == name ? newName : items[i] == "base:" + name ? "base:" + newName : items[i];
                }
            }

            for (var s = 0; s < summations.Count; s++)
            {
                var (total, terms) = summations[s];
                summations[s] = (total == name ? newName : total, terms.Select(t => (t.Item == name ? newName : t.Item, t.Weight)).ToList());
            }
        }

        private sealed class Concept
        {
            public string Name { get; set; } = string.Empty;

            public string Label { get; set; } = string.Empty;
        }
    }
}
