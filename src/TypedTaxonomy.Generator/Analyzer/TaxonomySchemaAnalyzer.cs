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
    /// <summary>
    /// The last set of files checked, with its diagnostics. After a C# edit an editor gives the analyzer the same
    /// texts, so <see cref="SchemaFile.Read"/> gives the same parses, and the check across files need not run again.
    /// </summary>
    private static CheckedSet? lastChecked;

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
                () => Check(schemaFiles.Select(f => SchemaFile.Read(f, cancellationToken)).ToArray()),
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

    private static ILookup<string, SchemaDiagnostic> Check(SchemaFile[] files)
    {
        var last = Volatile.Read(ref lastChecked);
        if (last is not null && IsSameParses(last.Files, files))
        {
            return last.Diagnostics;
        }

        var diagnostics = SchemaCheck.Run(files).Diagnostics.ToLookup(d => d.Span.FilePath, StringComparer.Ordinal);
        Volatile.Write(ref lastChecked, new CheckedSet(files, diagnostics));
        return diagnostics;
    }

    private static bool IsSameParses(SchemaFile[] earlier, SchemaFile[] files)
    {
        if (earlier.Length != files.Length)
        {
            return false;
        }

        for (var i = 0; i < files.Length; i++)
        {
            if (!ReferenceEquals(earlier[i], files[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class CheckedSet
    {
        public CheckedSet(SchemaFile[] files, ILookup<string, SchemaDiagnostic> diagnostics)
        {
            Files = files;
            Diagnostics = diagnostics;
        }

        public SchemaFile[] Files { get; }

        public ILookup<string, SchemaDiagnostic> Diagnostics { get; }
    }
}
