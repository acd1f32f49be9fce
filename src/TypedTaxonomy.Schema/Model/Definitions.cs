using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Schema.Model;

// The model of one schema file as written: names are still unresolved text, every element keeps the
// span it came from so that checks across files can point at the right line. All records are
// value-equatable (EquatableArray for lists), which is what the incremental generator caches on.

/// <summary>A value and where it was written.</summary>
public readonly record struct Located<T>(T Value, SourceSpan Span);

/// <summary>
/// One schema file: its header and the elements it declares. <see cref="LeftOutConcepts"/> and <see cref="LeftOutUnits"/>
/// are the concepts and units declared with an error (reported where it is): not generated, but known, so that their
/// uses are not reported again.
/// </summary>
public sealed record TaxonomyDocument(
    string FilePath,
    TaxonomyHeader Header,
    EquatableArray<UnitDefinition> Units,
    EquatableArray<ConceptDefinition> Concepts,
    EquatableArray<AxisDefinition> Axes,
    EquatableArray<StatementDefinition> Statements,
    EquatableArray<CalculationDefinition> Calculations,
    EquatableArray<Located<string>> LeftOutConcepts = default,
    EquatableArray<Located<string>> LeftOutUnits = default);

/// <summary>The <c>taxonomy</c> block.</summary>
public sealed record TaxonomyHeader(
    Located<string> Name,
    Located<string> Prefix,
    Located<string> NamespaceUri,
    Located<string>? CSharpNamespace,
    string? Version,
    string? Language,
    EquatableArray<Located<string>> Imports,
    Located<string>? DefaultCurrency,
    Located<int?>? DefaultDecimals,
    SourceSpan Span);

/// <summary>A unit: measures multiplied in the numerator, optionally divided by a denominator.</summary>
public sealed record UnitDefinition(
    Located<string> Id,
    EquatableArray<Located<string>> Numerator,
    EquatableArray<Located<string>> Denominator);

/// <summary>A label in a role and language.</summary>
public sealed record LabelDefinition(string Role, string Language, string Text);

/// <summary>An authoritative reference (<c>IFRS 15 para 114</c>).</summary>
public sealed record ReferenceDefinition(string? Text, string? Name, string? Number, string? Paragraph, string? Section, string? Publisher, string? Uri)
{
    /// <summary>The reference as one line of text.</summary>
    public string Display
    {
        get
        {
            if (Text is not null)
            {
                return Text;
            }

            var parts = new System.Collections.Generic.List<string>();
            if (Publisher is not null)
            {
                parts.Add(Publisher);
            }

            if (Name is not null)
            {
                parts.Add(Name);
            }

            if (Number is not null)
            {
                parts.Add(Number);
            }

            if (Section is not null)
            {
                parts.Add("section " + Section);
            }

            if (Paragraph is not null)
            {
                parts.Add("para " + Paragraph);
            }

            if (Uri is not null)
            {
                parts.Add("(" + Uri + ")");
            }

            return string.Join(" ", parts);
        }
    }
}

/// <summary>Deprecation of a concept.</summary>
public sealed record DeprecationDefinition(string? Since, Located<string>? ReplacedBy);

/// <summary>A concept: a line item, or an axis, domain or member declared through <c>axes</c>.</summary>
public sealed record ConceptDefinition(
    Located<string> Name,
    ConceptRole Role,
    ConceptDataType? DataType,
    ConceptPeriodType? PeriodType,
    ConceptBalance Balance,
    bool IsAbstract,
    bool IsNillable,
    Located<string>? Unit,
    EquatableArray<LabelDefinition> Labels,
    string? Documentation,
    EquatableArray<ReferenceDefinition> References,
    EquatableArray<Located<string>> EnumerationValues,
    decimal? RangeMin,
    decimal? RangeMax,
    DeprecationDefinition? Deprecation);

/// <summary>
/// A member of an axis's domain tree; <see cref="Parent"/> is null for the domain's direct children. <see cref="Terse"/>
/// is the short label a table shows it with (<c>Products</c> for <c>Product [Member]</c>), as the SEC's pages do.
/// </summary>
public sealed record MemberDefinition(Located<string> Name, string? Parent, string? Label, string? Documentation, string? Terse = null);

/// <summary>An axis (dimension) with its domain, default and member tree (depth first, in written order).</summary>
public sealed record AxisDefinition(
    Located<string> Name,
    string? Label,
    string? Documentation,
    Located<string>? Domain,
    Located<string>? Default,
    EquatableArray<MemberDefinition> Members);

/// <summary>A place in a statement's line item tree.</summary>
public sealed record LineItemDefinition(Located<string> Concept, string? PreferredLabel, int Depth);

/// <summary>
/// A statement (presentation network). <see cref="Members"/> are the members of its axes its tables show (empty:
/// every member), as a presentation role lists them.
/// </summary>
public sealed record StatementDefinition(
    Located<string> Name,
    string? Role,
    string? Title,
    EquatableArray<Located<string>> Axes,
    EquatableArray<Located<string>> Required,
    EquatableArray<LineItemDefinition> LineItems,
    EquatableArray<Located<string>> Members = default);

/// <summary>A contributing item of a summation.</summary>
public sealed record CalculationItemDefinition(Located<string> Concept, Located<decimal> Weight);

/// <summary>
/// A summation, total = Σ weight × item; or, when <see cref="IsRollForward"/>, a roll-forward: the balance
/// (<see cref="Total"/>, an instant) at a period's end = the balance at its start + Σ weight × change (the items,
/// durations over the period).
/// </summary>
public sealed record CalculationDefinition(
    Located<string> Total,
    Located<string>? Role,
    EquatableArray<CalculationItemDefinition> Items,
    SourceSpan Span,
    bool IsRollForward = false);
