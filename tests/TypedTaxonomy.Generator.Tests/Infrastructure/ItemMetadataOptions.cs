using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedTaxonomy.Generator.Tests.Infrastructure;

/// <summary>
/// The options the compiler hands a generator for each additional file, as MSBuild writes them from item metadata
/// made visible with <c>CompilerVisibleItemMetadata</c> (<c>build_metadata.AdditionalFiles.{Name}</c>).
/// </summary>
public sealed class ItemMetadataOptions : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Options> byPath = new(StringComparer.Ordinal);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    /// <summary>Gives the additional file at <paramref name="path"/> the item metadata <paramref name="name"/>.</summary>
    public ItemMetadataOptions With(string path, string name, string value)
    {
        if (!byPath.TryGetValue(path, out var options))
        {
            byPath[path] = options = new Options(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));
        }

        options.Values["build_metadata.AdditionalFiles." + name] = value;
        return this;
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => byPath.TryGetValue(textFile.Path, out var options) ? options : GlobalOptions;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public Dictionary<string, string> Values { get; } = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => Values.TryGetValue(key, out value);
    }
}
