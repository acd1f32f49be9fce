using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TypedTaxonomy.Generator.Benchmarks;

/// <summary>
/// A taxonomy the size of US-GAAP, made up but shaped like it: 17,000 concepts over 200 files, each file with a
/// statement of 40 line items, 10 summations and an axis, so every stage of the generator has real work.
/// </summary>
public static class SyntheticTaxonomy
{
    public const int Files = 200;
    public const int ConceptsPerFile = 85;

    /// <summary>The schema files of the taxonomy, or of its first <paramref name="files"/> files (85 concepts each).</summary>
    public static IReadOnlyList<(string Path, string Text)> Create(int files = Files)
    {
        var result = new List<(string, string)>();
        for (var f = 0; f < files; f++)
        {
            result.Add(($"schema/big/part{f:000}.taxonomy.yaml", File(f)));
        }

        return result;
    }

    public static string File(int f, string revision = "")
    {
        var inv = CultureInfo.InvariantCulture;
        var yaml = new StringBuilder();
        yaml.Append("taxonomy: { name: Big, prefix: big, namespace: http://example.com/big/2024, csharpNamespace: Big.Financials }\n");
        if (f == 0)
        {
            yaml.Append("units: { USD: iso4217:USD }\n");
        }

        yaml.Append("concepts:\n");
        for (var c = 0; c < ConceptsPerFile; c++)
        {
            yaml.Append(inv, $"  Concept{f:000}x{c:00}:\n    type: monetary\n    periodType: duration\n    balance: credit\n");
            yaml.Append(inv, $"    label: Concept {c} of part {f}{revision}\n    documentation: A made-up line item, as long as a real definition is, so that documentation is part of the work.\n");
            yaml.Append("    references: [\"ASC 606-10-50-5\"]\n");
        }

        yaml.Append(inv, $"axes:\n  Part{f:000}Axis:\n    members: {{ A{f:000}Member: {{}}, B{f:000}Member: {{}}, C{f:000}Member: {{}} }}\n");
        yaml.Append(inv, $"statements:\n  Statement{f:000}:\n    axes: [Part{f:000}Axis]\n    lineItems:\n");
        for (var c = 0; c < 40; c++)
        {
            yaml.Append(inv, $"      - Concept{f:000}x{c:00}\n");
        }

        yaml.Append("calculations:\n");
        for (var s = 0; s < 10; s++)
        {
            var total = s * 4;
            yaml.Append(inv, $"  - total: Concept{f:000}x{total:00}\n    items: {{ Concept{f:000}x{total + 1:00}: 1, Concept{f:000}x{total + 2:00}: 1, Concept{f:000}x{total + 3:00}: 1 }}\n");
        }

        return yaml.ToString();
    }
}
