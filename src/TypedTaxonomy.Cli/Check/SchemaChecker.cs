using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TypedTaxonomy.Schema;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Yaml;

namespace TypedTaxonomy.Cli.Check;

/// <summary>Finds and reads schema files, and checks them together through <see cref="SchemaFileSet"/>, as the generator does for a project's AdditionalFiles.</summary>
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
        var texts = new List<(string Path, string Text)>();
        foreach (var file in files)
        {
            try
            {
                // A character takes at most four bytes of UTF-8: a file larger than that is refused before it is read.
                var limit = YamlReaderLimits.Default.MaxCharacters;
                var size = new FileInfo(file).Length;
                if (size > 4L * limit)
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{file}: error: the file has {size:N0} bytes; schema files are limited to {limit:N0} characters, so it is not read. Split the taxonomy into several files."));
                    continue;
                }

                texts.Add((file, File.ReadAllText(file)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{file}: error: {e.Message}");
            }
        }

        return Check(texts, problems);
    }

    /// <summary>Checks schema files given as text (path and content) as one set.</summary>
    public static CheckResult CheckTexts(IEnumerable<(string Path, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return Check(files.ToList(), new List<string>());
    }

    private static CheckResult Check(IReadOnlyList<(string Path, string Text)> files, IReadOnlyList<string> problems)
    {
        var checkedSet = SchemaFileSet.Check(files);
        return new CheckResult(files.Select(f => f.Path).ToList(), checkedSet.Diagnostics.AsImmutableArray(), problems, checkedSet.Set);
    }
}
