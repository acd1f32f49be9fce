using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace TypedTaxonomy.Generator.Tests.Infrastructure;

/// <summary>The corpus of schema mistakes in <c>Mistakes/</c> (see its README) and what it must give.</summary>
public static class MistakeCorpus
{
    /// <summary>Texts of exceptions and of YamlDotNet's messages, which no diagnostic may show.</summary>
    public static readonly string[] ForeignTexts =
    {
        "Exception", "Operation is not valid", "current state of the object", "While parsing", "While scanning",
        "did not find expected", "Object reference", "Index was outside", "Sequence contains",
    };

    public static string Directory => Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "TypedTaxonomy.Generator.Tests", "Mistakes");

    /// <summary>The mistake files' names, in order.</summary>
    public static IReadOnlyList<string> Files { get; } =
        System.IO.Directory.EnumerateFiles(Directory)
            .Select(p => Path.GetFileName(p))
            .Where(name => name.Contains(".taxonomy.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every expected line, <c>file(line,col): error TAXnnnn: message</c>, the file by its name.</summary>
    public static IReadOnlyList<string> Expected { get; } =
        File.ReadAllLines(Path.Combine(Directory, "expected.txt")).Where(line => line.Length > 0).ToList();

    /// <summary>The C# namespace of a mistake's taxonomy: <c>m07-....taxonomy.yaml</c> is <c>Mistakes.M07</c>.</summary>
    public static string TaxonomyName(string file) => "M" + file.Substring(1, 2);

    /// <summary>A program that uses the generated code of every mistake's taxonomy.</summary>
    public static string Consumer()
    {
        var text = new StringBuilder("namespace Consumer;\n\n/// <summary>Uses every taxonomy of the corpus.</summary>\npublic static class UsesEveryTaxonomy\n{\n    /// <summary>The generated taxonomy classes.</summary>\n    public static readonly System.Type[] Types =\n    {\n");
        foreach (var file in Files)
        {
            var name = TaxonomyName(file);
            text.Append("        typeof(global::Mistakes.").Append(name).Append('.').Append(name).Append("Taxonomy),\n");
        }

        return text.Append("    };\n}\n").ToString();
    }
}
