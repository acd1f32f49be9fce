using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedTaxonomy.Generator.Diagnostics;
using TypedTaxonomy.Generator.Parser;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Generator.Analyzer;

/// <summary>
/// Reports the schema diagnostics on the YAML/JSON files themselves, live in the editor and in builds.
/// The whole set of schema files is checked once per compilation, because most checks span files;
/// each file's action then reports the diagnostics located in it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TaxonomySchemaAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var schemaFiles = start.Options.AdditionalFiles.Where(f => TaxonomyFileParser.IsTaxonomyFile(f.Path)).ToImmutableArray();
            if (schemaFiles.IsEmpty)
            {
                return;
            }

            var cancellationToken = start.CancellationToken;
            var check = new Lazy<ILookup<string, SchemaDiagnostic>>(
                () => SchemaCheck.Run(schemaFiles.Select(f => SchemaFile.Read(f, cancellationToken))).Diagnostics.ToLookup(d => d.Span.FilePath, StringComparer.Ordinal),
                LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterAdditionalFileAction(fileContext =>
            {
                if (!TaxonomyFileParser.IsTaxonomyFile(fileContext.AdditionalFile.Path))
                {
                    return;
                }

                foreach (var diagnostic in check.Value[fileContext.AdditionalFile.Path])
                {
                    fileContext.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        });
    }
}
