using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Generator.Diagnostics;
using TypedTaxonomy.Generator.Emitter;
using TypedTaxonomy.Generator.Model;
using TypedTaxonomy.Generator.Parser;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Generator;

/// <summary>
/// Generates typed statement classes, concept and unit catalogs and axis enums from the project's
/// <c>*.taxonomy.yaml</c> / <c>*.taxonomy.json</c> additional files.
/// </summary>
/// <remarks>
/// Each file is parsed in its own step, so editing one file re-parses only that file; C# edits touch
/// nothing here because no step reads the compilation. Resolution needs every file and runs after a
/// Collect of the parsed models (cheap). Its output is split into one spec per generated file, so only the
/// files whose spec changed are rendered again.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class TaxonomyGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.AdditionalTextsProvider
            .Where(static text => TaxonomyFileParser.IsTaxonomyFile(text.Path))
            .Select(static (text, cancellationToken) => SchemaFile.Read(text, cancellationToken))
            .WithTrackingName(TrackingNames.ParseFile);

        var plan = parsed
            .Collect()
            .Select(static (files, cancellationToken) => GenerationPlan.Create(files, cancellationToken))
            .WithTrackingName(TrackingNames.Resolve);

        var rendered = plan
            .SelectMany(static (plan, _) => plan.Files)
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

        context.RegisterSourceOutput(plan.Select(static (plan, _) => plan.InternalErrors), static (output, errors) =>
        {
            foreach (var error in errors)
            {
                output.ReportDiagnostic(error.ToDiagnostic());
            }
        });
    }
}
