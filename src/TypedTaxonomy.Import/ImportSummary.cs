using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TypedTaxonomy.Import;

/// <summary>What an import read, wrote and inferred, for the person who runs it and for tests.</summary>
public sealed record ImportSummary
{
    /// <summary>The schema imported.</summary>
    public required string SchemaPath { get; init; }

    /// <summary>The extension taxonomy's prefix.</summary>
    public required string Prefix { get; init; }

    /// <summary>Global element declarations in the schema.</summary>
    public int ElementsRead { get; init; }

    /// <summary>Labels read from the label linkbases.</summary>
    public int LabelsRead { get; init; }

    /// <summary>Extended link roles with presentation relationships.</summary>
    public int PresentationRolesRead { get; init; }

    /// <summary>Summation-item relationships read (after prohibitions and duplicates).</summary>
    public int CalculationArcsRead { get; init; }

    /// <summary>Dimensional relationships read from the definition linkbases.</summary>
    public int DefinitionArcsRead { get; init; }

    /// <summary>Facts of the instance, or 0 without one.</summary>
    public int FactsRead { get; init; }

    /// <summary>What each written file holds, the extension's first.</summary>
    public required IReadOnlyList<ImportedFileSummary> Files { get; init; }

    /// <summary>Every attribute marked <c># inferred</c> in the files.</summary>
    public required IReadOnlyList<InferredAttribute> Inferred { get; init; }

    /// <summary>Concepts that could not be typed at all: no facts and no other evidence; they are written as strings.</summary>
    public required IReadOnlyList<string> Untyped { get; init; }

    /// <summary>Names left out because the format cannot hold them, with the reason.</summary>
    public required IReadOnlyDictionary<string, string> LeftOut { get; init; }

    /// <summary>Inferred attributes by kind of evidence and attribute (<c>type from facts</c>).</summary>
    public IReadOnlyDictionary<string, int> InferenceCounts =>
        Inferred.GroupBy(i => i.Attribute + " from " + i.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The summary as the command line tool prints it.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Invariant($"Imported {System.IO.Path.GetFileName(SchemaPath)} (prefix {Prefix}): {ElementsRead} elements, {LabelsRead} labels, {PresentationRolesRead} presentation roles, {CalculationArcsRead} calculation arcs, {DefinitionArcsRead} definition arcs"));
        text.Append(FactsRead > 0 ? Invariant($", {FactsRead} facts.\n") : ".\n");
        text.Append("Files:\n");
        foreach (var file in Files)
        {
            text.Append(Invariant($"  {file.Path}: {file.Concepts} concepts, {file.Axes} axes, {file.Members} members, {file.Statements} statements, {file.Calculations} calculations ({file.CalculationItems} items), {file.InferredAttributes} inferred\n"));
        }

        text.Append(Invariant($"Inferred attributes: {Inferred.Count}\n"));
        foreach (var (kind, count) in InferenceCounts)
        {
            text.Append(Invariant($"  {kind}: {count}\n"));
        }

        if (Untyped.Count > 0)
        {
            text.Append(Invariant($"Could not be typed (no facts; written as type: string): {Untyped.Count}\n"));
            foreach (var name in Untyped)
            {
                text.Append("  ").Append(name).Append('\n');
            }
        }

        if (LeftOut.Count > 0)
        {
            text.Append(Invariant($"Left out: {LeftOut.Count}\n"));
            foreach (var (name, reason) in LeftOut)
            {
                text.Append("  ").Append(name).Append(": ").Append(reason).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
