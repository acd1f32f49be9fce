using System;
using System.Collections.Generic;
using TypedTaxonomy.Import.Inference;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Schema;

namespace TypedTaxonomy.Import.Model;

/// <summary>Everything known about one concept: its declaration if the schema has one, how the linkbases and the instance use it, and the attributes to write.</summary>
internal sealed class ConceptInfo
{
    public ConceptInfo(ConceptName name) => Name = name;

    public ConceptName Name { get; }

    /// <summary>The schema's declaration; null for concepts of base taxonomies, whose attributes are inferred.</summary>
    public ElementDeclaration? Declaration { get; set; }

    public ImportRole Role { get; set; } = ImportRole.Item;

    public string? DataType { get; set; }

    public string? PeriodType { get; set; }

    public string? Balance { get; set; }

    public bool IsAbstract { get; set; }

    /// <summary>Written only when false: the format's default is true.</summary>
    public bool IsNillable { get; set; } = true;

    /// <summary>The unit id for numeric concepts other than monetary whose facts use one custom unit.</summary>
    public string? Unit { get; set; }

    public List<string>? EnumerationValues { get; set; }

    /// <summary>The attributes inferred, by YAML key, with the evidence for the comment.</summary>
    public SortedDictionary<string, InferredAttribute> Inferred { get; } = new(StringComparer.Ordinal);

    /// <summary>Comment lines written above the concept's entry (why something is as it is).</summary>
    public List<string> Comments { get; } = new();

    public List<LabelEntry> Labels { get; } = new();

    public List<ReferenceEntry> References { get; } = new();

    /// <summary>The position of its first appearance in the presentation trees; orders the output.</summary>
    public int PresentationOrder { get; set; } = int.MaxValue;

    public bool IsPresentationParent { get; set; }

    public bool IsPresentationLeaf { get; set; }

    /// <summary>The period type a preferred label implies (periodStart/periodEnd labels belong to instants).</summary>
    public bool HasPeriodStartOrEndLabel { get; set; }

    public bool InCalculation { get; set; }

    public FactEvidence? Facts { get; set; }

    public bool IsDeclared => Declaration is not null;

    /// <summary>The format cannot hold the concept (a tuple, a typed dimension, a name that is no C# identifier).</summary>
    public bool IsLeftOut { get; set; }

    /// <summary>Whether the concept is written under <c>concepts</c>: a line item, heading or table that is not left out.</summary>
    public bool IsWrittenAsConcept => !IsLeftOut && Role is ImportRole.Item or ImportRole.Hypercube;

    /// <summary>A concept that can hold facts: written under <c>concepts</c> and not abstract.</summary>
    public bool IsReportable => IsWrittenAsConcept && !IsAbstract;

    public void Infer(string attribute, string value, string kind, string reason) =>
        Inferred[attribute] = new InferredAttribute(Name.ToString(), attribute, value, kind, reason);
}
