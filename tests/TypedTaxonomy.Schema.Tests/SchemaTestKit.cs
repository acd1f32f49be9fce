using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>Parses and resolves in-memory schema files as the generator does.</summary>
internal static class SchemaTestKit
{
    public const string Header = """
        taxonomy:
          name: Demo
          prefix: demo
          namespace: http://example.com/demo
        units:
          USD: iso4217:USD
        """;

    public static (TaxonomySetResult Result, IReadOnlyList<SchemaDiagnostic> Diagnostics) Check(params (string Path, string Text)[] files)
    {
        var parsed = files.Select(f => TaxonomyFileParser.Parse(f.Path, f.Text)).ToList();
        var result = TaxonomyResolver.Resolve(parsed.Where(p => p.Document is not null).Select(p => p.Document!));
        var all = parsed.SelectMany(p => p.Diagnostics).Concat(result.Diagnostics).ToList();
        return (result, all);
    }

    public static IReadOnlyList<SchemaDiagnostic> Diagnose(string text) => Check(("demo.taxonomy.yaml", text)).Diagnostics;

    /// <summary>
    /// Asserts every diagnostic is located in one of <paramref name="files"/>, inside its text, with a line
    /// and column that agree with the offset (lines broken as YAML and Roslyn break them).
    /// </summary>
    public static void AssertLocatedInside(IEnumerable<SchemaDiagnostic> diagnostics, params (string Path, string Text)[] files)
    {
        var byPath = files.ToDictionary(f => f.Path, f => new LineMap(f.Text), StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Span;
            Assert.True(byPath.TryGetValue(span.FilePath, out var lines), $"Not located in a schema file: {diagnostic}");
            Assert.True(0 <= span.StartOffset && span.StartOffset <= span.EndOffset && span.EndOffset <= lines!.Length, $"Offsets {span.StartOffset}..{span.EndOffset} outside the text of {lines!.Length} characters: {diagnostic}");
            Assert.True(lines.PositionOf(span.StartOffset) == (span.StartLine, span.StartColumn), $"Start ({span.StartLine},{span.StartColumn}) is not offset {span.StartOffset}, which is {lines.PositionOf(span.StartOffset)}: {diagnostic}");
            Assert.True(lines.PositionOf(span.EndOffset) == (span.EndLine, span.EndColumn), $"End ({span.EndLine},{span.EndColumn}) is not offset {span.EndOffset}, which is {lines.PositionOf(span.EndOffset)}: {diagnostic}");
        }
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) PositionOf(string text, int offset) => new LineMap(text).PositionOf(offset);

    /// <summary>Where lines start; \r\n, \r, \n, U+0085, U+2028 and U+2029 break lines, as in YAML and Roslyn.</summary>
    public sealed class LineMap
    {
        /// <summary>What YAML and the diagnostics count as line breaks; CR LF is one.</summary>
        private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029");

        private readonly List<int> starts = new() { 0 };

        /// <remarks>
        /// Found with the vectorized search, not a loop over every character: the property tests map thousands of files,
        /// some of megabytes, and the tests run unoptimized in a Debug build.
        /// </remarks>
        public LineMap(string text)
        {
            Length = text.Length;
            for (var at = 0; ;)
            {
                var found = text.AsSpan(at).IndexOfAny(LineBreaks);
                if (found < 0)
                {
                    break;
                }

                at += found + 1;
                if (text[at - 1] == '\r' && at < text.Length && text[at] == '\n')
                {
                    at++;
                }

                starts.Add(at);
            }
        }

        public int Length { get; }

        public int LineCount => starts.Count;

        public (int Line, int Column) PositionOf(int offset)
        {
            var index = starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return (line + 1, offset - starts[line] + 1);
        }
    }

    /// <summary>Asserts exactly one diagnostic of <paramref name="id"/> at the given place.</summary>
    public static SchemaDiagnostic Single(IReadOnlyList<SchemaDiagnostic> diagnostics, string id, int line, int column, SchemaSeverity severity = SchemaSeverity.Error)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{string.Join("\n", diagnostics)}");
        var diagnostic = matching[0];
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal((line, column), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.EndsWith(".taxonomy.yaml", diagnostic.Span.FilePath, StringComparison.Ordinal);
        return diagnostic;
    }

    /// <summary>The repository: the folder above the test output that holds Directory.Packages.props.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new System.IO.DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
