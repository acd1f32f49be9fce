using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Generator;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// Schema files run through the real generator and compiled in memory into an assembly of their own, as a
/// consumer project would build them; the generated <c>{Name}Taxonomy.Validate</c> and <c>Bind</c> are then
/// called. Reflection here stands in for the consumer's compiled call sites; the generated code has none.
/// </summary>
public sealed class GeneratedTaxonomy
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Concept).Assembly.Location))
            .ToImmutableArray());

    private readonly Assembly assembly;

    private GeneratedTaxonomy(Assembly assembly, ImmutableArray<Diagnostic> schemaDiagnostics, int generatedFiles)
    {
        this.assembly = assembly;
        SchemaDiagnostics = schemaDiagnostics;
        GeneratedFiles = generatedFiles;
    }

    /// <summary>What the generator reported on the schema files.</summary>
    public ImmutableArray<Diagnostic> SchemaDiagnostics { get; }

    /// <summary>How many source files the generator produced.</summary>
    public int GeneratedFiles { get; }

    /// <summary>
    /// Generates, compiles and loads the code of <paramref name="files"/> (path → text). Compile errors fail with the
    /// diagnostics. It compiles as a consumer's Debug build does (what its tests run): the optimizing emit of a Release
    /// build would cost a tenth more of each compile here and check nothing more of the generated code.
    /// </summary>
    public static GeneratedTaxonomy Build(IReadOnlyDictionary<string, string> files)
    {
        var additional = files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (AdditionalText)new SchemaText(f.Key, f.Value)).ToImmutableArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            Array.Empty<SyntaxTree>(),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Debug));
        var driver = CSharpGeneratorDriver.Create(new[] { new TaxonomyGenerator().AsSourceGenerator() }, additional, parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var schemaDiagnostics = generatorDiagnostics;

        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20);
            throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", errors) + "\nSchema diagnostics:\n" + string.Join("\n", schemaDiagnostics.Take(20)));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext(output.AssemblyName, isCollectible: true);
        return new GeneratedTaxonomy(context.LoadFromStream(image), schemaDiagnostics, output.SyntaxTrees.Count());
    }

    /// <summary>The generated taxonomy class of the taxonomy named <paramref name="name"/>.</summary>
    public Type TaxonomyClass(string name) =>
        assembly.GetTypes().SingleOrDefault(t => t.Name == name + "Taxonomy")
            ?? throw new InvalidOperationException($"No generated class {name}Taxonomy; generated: {string.Join(", ", assembly.GetTypes().Where(t => t.Name.EndsWith("Taxonomy", StringComparison.Ordinal)).Select(t => t.Name))}");

    /// <summary>Calls the generated <c>{name}Taxonomy.Validate(facts, mode)</c>.</summary>
    public ReportValidation Validate(string name, IReadOnlyList<Fact> facts, CalculationMode mode) =>
        (ReportValidation)TaxonomyClass(name).GetMethod("Validate")!.Invoke(null, new object[] { facts, mode })!;

    /// <summary>Calls the generated <c>{name}Taxonomy.Bind(facts)</c>.</summary>
    public ReportBinding Bind(string name, IReadOnlyList<Fact> facts) =>
        (ReportBinding)TaxonomyClass(name).GetMethod("Bind")!.Invoke(null, new object[] { facts })!;

    /// <summary>The generated <c>{name}Taxonomy.Rules</c>: the concepts, members and summations of the taxonomy set.</summary>
    public TaxonomyRules Rules(string name) =>
        (TaxonomyRules)TaxonomyClass(name).GetField("Rules")!.GetValue(null)!;

    /// <summary>The generated statement classes.</summary>
    public IEnumerable<Type> StatementClasses => assembly.GetTypes().Where(t => typeof(IStatement).IsAssignableFrom(t));

    private sealed class SchemaText : AdditionalText
    {
        private readonly SourceText text;

        public SchemaText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
