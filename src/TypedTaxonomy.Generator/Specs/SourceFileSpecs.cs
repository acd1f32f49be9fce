using System.Linq;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Generator.Specs;

// What the templates render: plain, value-equatable records holding only strings, numbers and arrays,
// never a symbol, syntax node or location. C# names, types and documentation text are decided here,
// so the templates stay free of logic.

/// <summary>One generated file: its hint name and what goes in it. <see cref="SourceFile"/> is the schema file's name as shown in the generated header.</summary>
internal abstract record SourceFileSpec(string HintName, string Namespace, string SourceFile)
{
    /// <summary>The name of the template that renders this file.</summary>
    public abstract string TemplateName { get; }
}

/// <summary>Lines of an XML documentation comment, already escaped, without the <c>///</c>.</summary>
internal sealed record DocComment(EquatableArray<string> Summary, EquatableArray<string> Remarks);

/// <summary>
/// A concept of the catalog: a documented property, and the expression that creates the concept once, in the
/// holder class of its schema file.
/// </summary>
internal sealed record ConceptSpec(string Name, string Holder, string Creation, DocComment Doc, string? ObsoleteMessageLiteral);

/// <summary>A private class that creates a share of a schema file's concepts, the first time one of them is used.</summary>
internal sealed record ConceptHolderSpec(string Name, EquatableArray<ConceptSpec> Concepts);

/// <summary>
/// The part of a taxonomy's concept catalog declared in one schema file. Its concepts are created together, the
/// first time one of them is used, in private holder classes of their own (<see cref="Holders"/>), so no
/// initializer or constructor grows with the whole taxonomy.
/// </summary>
internal sealed record ConceptCatalogFileSpec(string HintName, string Namespace, string SourceFile, string ClassName, EquatableArray<ConceptHolderSpec> Holders)
    : SourceFileSpec(HintName, Namespace, SourceFile)
{
    public override string TemplateName => "Concepts";

    /// <summary>Every concept of the file, in the order of the file.</summary>
    public EquatableArray<ConceptSpec> Concepts => Holders.SelectMany(h => h.Concepts).ToEquatableArray();
}

/// <summary>A unit constant.</summary>
internal sealed record UnitSpec(string Name, string Display, string Expression);

/// <summary>
/// The taxonomy-wide file: identity constants, units, the list of every concept (joined from the holder classes of
/// <see cref="ConceptHolders"/>) and the lookup from QName to concept through it.
/// </summary>
internal sealed record TaxonomyFileSpec(
    string HintName,
    string Namespace,
    string SourceFile,
    string TaxonomyClassName,
    string ConceptsClassName,
    string UnitsClassName,
    string TaxonomyName,
    string PrefixLiteral,
    string NamespaceLiteral,
    string? Version,
    EquatableArray<UnitSpec> Units,
    EquatableArray<string> ConceptHolders,
    EquatableArray<string> SetTaxonomyClasses,
    EquatableArray<string> SetAxisClasses,
    EquatableArray<SetSummationSpec> SetSummations,
    EquatableArray<RangeSpec> SetRanges,
    EquatableArray<string> SetStatementClasses,
    EquatableArray<SetSummationSpec> SetRollForwards)
    : SourceFileSpec(HintName, Namespace, SourceFile)
{
    public override string TemplateName => "Taxonomy";

    /// <summary>How many rules one generated method adds: no method grows with the size of the taxonomy.</summary>
    public const int RulesPerMethod = 100;

    public int ChunkSize => RulesPerMethod;

    public bool HasRollForwards => !SetRollForwards.IsEmpty;

    public int SummationCount => SetSummations.Count;

    public int RollForwardCount => SetRollForwards.Count;

    public EquatableArray<RuleChunkSpec> SummationChunks => RuleChunkSpec.Of(SetSummations);

    public EquatableArray<RuleChunkSpec> RollForwardChunks => RuleChunkSpec.Of(SetRollForwards);

    public string SetDescription => SetTaxonomyClasses.Count == 1 ? "this taxonomy" : "this taxonomy and the ones it imports";

    public bool HasStatements => !SetStatementClasses.IsEmpty;

    public bool HasUnits => !Units.IsEmpty;
}

/// <summary>An enum member with its documentation.</summary>
/// <summary>A member of a generated enum: an axis member (with the expression of its concept) or an enumeration value (no concept).</summary>
internal sealed record EnumMemberSpec(string Name, string QNameExpression, string LocalNameLiteral, string LabelLiteral, DocComment Doc, string ConceptExpression = "");

/// <summary>An axis: the enum of its members and the class that maps them to QNames.</summary>
internal sealed record AxisFileSpec(
    string HintName,
    string Namespace,
    string SourceFile,
    string EnumName,
    string AxisClassName,
    string AxisQName,
    string AxisConceptExpression,
    string DomainQName,
    string DefaultQName,
    string AxisDisplay,
    DocComment Doc,
    EquatableArray<EnumMemberSpec> Members)
    : SourceFileSpec(HintName, Namespace, SourceFile)
{
    public override string TemplateName => "Axis";
}

/// <summary>The values of an enumeration concept.</summary>
internal sealed record EnumerationFileSpec(string HintName, string Namespace, string SourceFile, string EnumName, string ConverterName, DocComment Doc, EquatableArray<EnumMemberSpec> Members)
    : SourceFileSpec(HintName, Namespace, SourceFile)
{
    public override string TemplateName => "Enumeration";
}

/// <summary>A line item property of a statement; numeric ones keep the decimals of the fact they were set from.</summary>
internal sealed record LineItemSpec(
    string PropertyName,
    string? ItemField,
    bool IsWholeNumber,
    string Type,
    string ConceptExpression,
    string PeriodPlacement,
    bool IsMonetary,
    bool IsNumeric,
    int Depth,
    DocComment Doc,
    string? ObsoleteMessageLiteral);

/// <summary>A contributing item of a summation checked by a statement validator.</summary>
internal sealed record SummationItemSpec(string Item, int Weight);

/// <summary>
/// A summation whose total and items are all line items of the statement; or a roll-forward, whose total is the
/// closing balance and whose items are the opening balance and the changes.
/// </summary>
internal sealed record SummationSpec(
    string Variable,
    string TotalItem,
    string TotalConceptExpression,
    string ItemsField,
    EquatableArray<string> ItemConcepts,
    EquatableArray<SummationItemSpec> Items,
    bool IsRollForward = false);

/// <summary>A summation of a taxonomy set, for report validation.</summary>
internal sealed record SetSummationSpec(string TotalExpression, EquatableArray<SummationItemSpec> Items)
{
    /// <summary>The weighted items, as the arguments of one array initializer.</summary>
    public string TermsText => string.Join(", ", Items.Select(i => $"new({i.Item}, {i.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture)})"));
}

/// <summary>The rules one generated method adds, numbered from 1.</summary>
internal sealed record RuleChunkSpec(int Number, EquatableArray<SetSummationSpec> Items)
{
    public static EquatableArray<RuleChunkSpec> Of(EquatableArray<SetSummationSpec> rules) =>
        Enumerable.Range(0, (rules.Count + TaxonomyFileSpec.RulesPerMethod - 1) / TaxonomyFileSpec.RulesPerMethod)
            .Select(i => new RuleChunkSpec(i + 1, rules.Skip(i * TaxonomyFileSpec.RulesPerMethod).Take(TaxonomyFileSpec.RulesPerMethod).ToEquatableArray()))
            .ToEquatableArray();
}

/// <summary>A line item the statement requires.</summary>
internal sealed record RequiredSpec(string Property, string ConceptExpression);

/// <summary>A numeric line item with a range.</summary>
internal sealed record RangeSpec(string Property, string MinExpression, string MaxExpression, string ConceptExpression);

/// <summary>An axis a statement is broken down by.</summary>
internal sealed record StatementAxisSpec(string PropertyName, string LocalVariable, string EnumType, string AxisClass, string Display);

/// <summary>A heading or line item in presentation order, for the printed layout.</summary>
internal sealed record PresentationRowSpec(string LabelLiteral, int Depth, string? PropertyName, string ConceptExpression, string PlacementExpression, string? Conversion, string LabelRoleExpression, string? ItemField);

/// <summary>A statement class.</summary>
internal sealed record StatementFileSpec(
    string HintName,
    string Namespace,
    string SourceFile,
    string ClassName,
    string RoleLiteral,
    string TitleLiteral,
    bool IsInstant,
    bool UsesDeprecated,
    DocComment Doc,
    bool HasCurrency,
    string? CurrencyExpression,
    string? CurrencyDisplay,
    string DecimalsExpression,
    string DecimalsDisplay,
    EquatableArray<StatementAxisSpec> Axes,
    EquatableArray<LineItemSpec> LineItems,
    EquatableArray<PresentationRowSpec> Rows,
    EquatableArray<SummationSpec> Summations,
    EquatableArray<RequiredSpec> Required,
    EquatableArray<RangeSpec> Ranges)
    : SourceFileSpec(HintName, Namespace, SourceFile)
{
    public override string TemplateName => "Statement";

    public bool HasChecks => !Summations.IsEmpty || !Required.IsEmpty || !Ranges.IsEmpty;

    public bool HasRequired => !Required.IsEmpty;

    public bool HasNumericItems => LineItems.Any(i => i.ItemField is not null);

    public bool HasRanges => !Ranges.IsEmpty;

    public bool HasAxes => !Axes.IsEmpty;

    public int AxisCount => Axes.Count;
}
