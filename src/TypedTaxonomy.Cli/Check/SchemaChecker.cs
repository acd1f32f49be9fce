using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Cli.Check;

/// <summary>Parses and resolves schema files together, as the generator does for a project's AdditionalFiles.</summary>
public static class SchemaChecker
{
    /// <summary>Checks files, and the <c>*.taxonomy.yaml|yml|json</c> files under directories, as one set.</summary>
    public static CheckResult Check(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var problems = new List<string>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(TaxonomyFileParser.IsTaxonomyFile)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    problems.Add($"{path}: error: the directory holds no {string.Join(", ", TaxonomyFileParser.FileSuffixes.Select(s => "*" + s))} files");
                }

                files.AddRange(found);
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add($"{path}: error: no such file or directory");
            }
        }

        files = files.Distinct(StringComparer.Ordinal).ToList();
        var diagnostics = new List<SchemaDiagnostic>();
        var documents = new List<TaxonomyDocument>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{file}: error: {e.Message}");
                continue;
            }

            var parsed = TaxonomyFileParser.Parse(file, text);
            diagnostics.AddRange(parsed.Diagnostics);
            if (parsed.Document is not null)
            {
                documents.Add(parsed.Document);
            }
        }

        diagnostics.AddRange(TaxonomyResolver.Resolve(documents).Diagnostics);
        var sorted = diagnostics
            .Distinct()
            .OrderBy(d => d.Span.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartOffset)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new CheckResult(files, sorted, problems);
    }
}
