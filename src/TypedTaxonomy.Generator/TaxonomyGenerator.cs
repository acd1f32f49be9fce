using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Generator.Diagnostics;
using TypedTaxonomy.Generator.Emitter;
using TypedTaxonomy.Generator.Specs;
using TypedTaxonomy.Generator.Pipeline;
using TypedTaxonomy.Schema;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Generator;

/// <summary>
/// Generates typed statement classes, concept and unit catalogs and axis enums from the project's
/// <c>*.taxonomy.yaml</c> / <c>*.taxonomy.json</c> additional files.
/// </summary>
/// <remarks>
/// <para>
/// The generator is the one reporter of the schema diagnostics (TAX0001...), on the YAML/JSON files themselves, in
/// every build (command line or IDE, analyzers on or off) and live in the editor; there is no separate analyzer, so
/// each diagnostic is shown once. A file's own parse diagnostics are reported from its parse step, so they are cached
/// with it; the diagnostics across files come with the resolved plan.
/// </para>
/// Each file is parsed in its own step, so editing one file re-parses only that file; C# edits touch
/// nothing here because no step reads the compilation. Resolution is split the same way: each file's declarations
/// become records in its parse step, a step across files links them (duplicates, names looked up), and each
/// file's statements and calculations are resolved in a step cached on what the file reads of the set, so an edit
/// resolves again only the files it changed or whose uses it changed. The resolved set is cut into one slice per
/// generated file (the share of the resolved set that file reads), so an edit plans and renders again only the files
/// whose slice it changed.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class TaxonomyGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The project may give a file the C# namespace of its code (CSharpNamespace on its TaxonomySchema item); the
        // options are read per file, so a file is parsed again only when its text or its namespace changes. Resolution's
        // first step, the records of what the file declares, is made in the same step, from the file alone.
        var parsed = context.AdditionalTextsProvider
            .Where(static text => TaxonomyFileParser.IsTaxonomyFile(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (Text: pair.Left, CSharpNamespace: SchemaFile.CSharpNamespaceOf(pair.Left, pair.Right)))
            .Select(static (file, cancellationToken) => SchemaFileSet.Declare(SchemaFile.Read(file.Text, file.CSharpNamespace, cancellationToken)))
            .WithTrackingName(TrackingNames.ParseFile);

        context.RegisterSourceOutput(parsed, static (output, file) =>
        {
            foreach (var diagnostic in file.Parsed.Result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        // Resolution, in the steps of SchemaFileSet.Resolve after each file's declarations: the set linked (what needs
        // every file); each file's statements and calculations resolved on what they read of the set, cached on it; the
        // set assembled from the files and cut into slices.
        var link = parsed
            .Collect()
            .Select(static (files, _) => SchemaFileSet.Link(files))
            .WithTrackingName(TrackingNames.Link);

        var resolvedFiles = parsed
            .Combine(link)
            .Select(static (pair, _) => pair.Right.InputOf(pair.Left))
            .WithTrackingName(TrackingNames.FileInput)
            .Select(static (input, _) => SchemaFileSet.ResolveFile(input))
            .WithTrackingName(TrackingNames.ResolveFile);

        var plan = resolvedFiles
            .Collect()
            .Combine(link)
            .Select(static (pair, cancellationToken) => GenerationPlan.Create(pair.Right, pair.Left, cancellationToken))
            .WithTrackingName(TrackingNames.Resolve);

        var rendered = plan
            .SelectMany(static (plan, _) => plan.Slices)
            .WithTrackingName(TrackingNames.SourceFiles)
            .Select(static (spec, cancellationToken) => RenderedSource.Render(spec, cancellationToken))
            .WithTrackingName(TrackingNames.Render);

        context.RegisterSourceOutput(rendered, static (output, source) =>
        {
            if (source.Text is not null)
            {
                output.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            }
            else
            {
                output.ReportDiagnostic(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, SourceSpan.StartOf(source.SourcePath), source.Failure).ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(plan.Select(static (plan, _) => plan.Diagnostics).WithTrackingName(TrackingNames.SetDiagnostics), static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }
}
