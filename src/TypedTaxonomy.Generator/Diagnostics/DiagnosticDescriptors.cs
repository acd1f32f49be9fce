using Microsoft.CodeAnalysis;
using TypedTaxonomy.Schema.Diagnostics;
using Catalog = TypedTaxonomy.Schema.Diagnostics.SchemaDiagnosticDescriptors;

namespace TypedTaxonomy.Generator.Diagnostics;

/// <summary>
/// The Roslyn descriptors of the schema diagnostics. Texts come from the schema layer's catalog (shared with
/// the command line tool), which also formats the message, hence "{0}"; ids, categories and severities are
/// written out here because release tracking
/// (AnalyzerReleases.*.md) reads them as constants.
/// </summary>
public static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor SyntaxError = new(
        "TAX0001", Catalog.SyntaxError.Title, "{0}", SchemaDiagnosticCategories.Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.SyntaxError.Description, Catalog.SyntaxError.HelpLink);

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "TAX0002", Catalog.UnknownKey.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.UnknownKey.Description, Catalog.UnknownKey.HelpLink);

    public static readonly DiagnosticDescriptor MissingKey = new(
        "TAX0003", Catalog.MissingKey.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.MissingKey.Description, Catalog.MissingKey.HelpLink);

    public static readonly DiagnosticDescriptor InvalidValue = new(
        "TAX0004", Catalog.InvalidValue.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.InvalidValue.Description, Catalog.InvalidValue.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "TAX0005", Catalog.DuplicateKey.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.DuplicateKey.Description, Catalog.DuplicateKey.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateDefinition = new(
        "TAX0006", Catalog.DuplicateDefinition.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.DuplicateDefinition.Description, Catalog.DuplicateDefinition.HelpLink);

    public static readonly DiagnosticDescriptor InvalidName = new(
        "TAX0007", Catalog.InvalidName.Title, "{0}", SchemaDiagnosticCategories.Naming, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.InvalidName.Description, Catalog.InvalidName.HelpLink);

    public static readonly DiagnosticDescriptor NameCollision = new(
        "TAX0008", Catalog.NameCollision.Title, "{0}", SchemaDiagnosticCategories.Naming, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.NameCollision.Description, Catalog.NameCollision.HelpLink);

    public static readonly DiagnosticDescriptor UnknownConcept = new(
        "TAX0009", Catalog.UnknownConcept.Title, "{0}", SchemaDiagnosticCategories.References, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.UnknownConcept.Description, Catalog.UnknownConcept.HelpLink);

    public static readonly DiagnosticDescriptor UnknownAxisOrMember = new(
        "TAX0010", Catalog.UnknownAxisOrMember.Title, "{0}", SchemaDiagnosticCategories.References, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.UnknownAxisOrMember.Description, Catalog.UnknownAxisOrMember.HelpLink);

    public static readonly DiagnosticDescriptor UnknownUnit = new(
        "TAX0011", Catalog.UnknownUnit.Title, "{0}", SchemaDiagnosticCategories.References, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.UnknownUnit.Description, Catalog.UnknownUnit.HelpLink);

    public static readonly DiagnosticDescriptor UnknownPrefix = new(
        "TAX0012", Catalog.UnknownPrefix.Title, "{0}", SchemaDiagnosticCategories.References, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.UnknownPrefix.Description, Catalog.UnknownPrefix.HelpLink);

    public static readonly DiagnosticDescriptor CalculationCycle = new(
        "TAX0013", Catalog.CalculationCycle.Title, "{0}", SchemaDiagnosticCategories.Calculations, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.CalculationCycle.Description, Catalog.CalculationCycle.HelpLink);

    public static readonly DiagnosticDescriptor CalculationNonNumeric = new(
        "TAX0014", Catalog.CalculationNonNumeric.Title, "{0}", SchemaDiagnosticCategories.Calculations, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.CalculationNonNumeric.Description, Catalog.CalculationNonNumeric.HelpLink);

    public static readonly DiagnosticDescriptor CalculationPeriodTypeMismatch = new(
        "TAX0015", Catalog.CalculationPeriodTypeMismatch.Title, "{0}", SchemaDiagnosticCategories.Calculations, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.CalculationPeriodTypeMismatch.Description, Catalog.CalculationPeriodTypeMismatch.HelpLink);

    public static readonly DiagnosticDescriptor CalculationUnitMismatch = new(
        "TAX0016", Catalog.CalculationUnitMismatch.Title, "{0}", SchemaDiagnosticCategories.Calculations, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.CalculationUnitMismatch.Description, Catalog.CalculationUnitMismatch.HelpLink);

    public static readonly DiagnosticDescriptor InvalidWeight = new(
        "TAX0017", Catalog.InvalidWeight.Title, "{0}", SchemaDiagnosticCategories.Calculations, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.InvalidWeight.Description, Catalog.InvalidWeight.HelpLink);

    public static readonly DiagnosticDescriptor TotalAmongItems = new(
        "TAX0018", Catalog.TotalAmongItems.Title, "{0}", SchemaDiagnosticCategories.Calculations, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.TotalAmongItems.Description, Catalog.TotalAmongItems.HelpLink);

    public static readonly DiagnosticDescriptor BalanceWeightContradiction = new(
        "TAX0019", Catalog.BalanceWeightContradiction.Title, "{0}", SchemaDiagnosticCategories.Calculations, DiagnosticSeverity.Warning, isEnabledByDefault: true, Catalog.BalanceWeightContradiction.Description, Catalog.BalanceWeightContradiction.HelpLink);

    public static readonly DiagnosticDescriptor MemberOutsideDomain = new(
        "TAX0020", Catalog.MemberOutsideDomain.Title, "{0}", SchemaDiagnosticCategories.References, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.MemberOutsideDomain.Description, Catalog.MemberOutsideDomain.HelpLink);

    public static readonly DiagnosticDescriptor EmptyStatement = new(
        "TAX0021", Catalog.EmptyStatement.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.EmptyStatement.Description, Catalog.EmptyStatement.HelpLink);

    public static readonly DiagnosticDescriptor DeprecatedConceptUsed = new(
        "TAX0022", Catalog.DeprecatedConceptUsed.Title, "{0}", SchemaDiagnosticCategories.Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true, Catalog.DeprecatedConceptUsed.Description, Catalog.DeprecatedConceptUsed.HelpLink);

    public static readonly DiagnosticDescriptor UnsupportedYaml = new(
        "TAX0023", Catalog.UnsupportedYaml.Title, "{0}", SchemaDiagnosticCategories.Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.UnsupportedYaml.Description, Catalog.UnsupportedYaml.HelpLink);

    public static readonly DiagnosticDescriptor WrongNodeKind = new(
        "TAX0024", Catalog.WrongNodeKind.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.WrongNodeKind.Description, Catalog.WrongNodeKind.HelpLink);

    public static readonly DiagnosticDescriptor TaxonomyMismatch = new(
        "TAX0025", Catalog.TaxonomyMismatch.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.TaxonomyMismatch.Description, Catalog.TaxonomyMismatch.HelpLink);

    public static readonly DiagnosticDescriptor InvalidConceptAttribute = new(
        "TAX0026", Catalog.InvalidConceptAttribute.Title, "{0}", SchemaDiagnosticCategories.Structure, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.InvalidConceptAttribute.Description, Catalog.InvalidConceptAttribute.HelpLink);

    public static readonly DiagnosticDescriptor InternalError = new(
        "TAX0027", Catalog.InternalError.Title, "{0}", SchemaDiagnosticCategories.Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.InternalError.Description, Catalog.InternalError.HelpLink);

    public static readonly DiagnosticDescriptor InvalidEncoding = new(
        "TAX0028", Catalog.InvalidEncoding.Title, "{0}", SchemaDiagnosticCategories.Syntax, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.InvalidEncoding.Description, Catalog.InvalidEncoding.HelpLink);

    public static readonly DiagnosticDescriptor AbstractInStatementOnly = new(
        "TAX0029", Catalog.AbstractInStatementOnly.Title, "{0}", SchemaDiagnosticCategories.Usage, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.AbstractInStatementOnly.Description, Catalog.AbstractInStatementOnly.HelpLink);

    public static readonly DiagnosticDescriptor DuplicateLineItem = new(
        "TAX0030", Catalog.DuplicateLineItem.Title, "{0}", SchemaDiagnosticCategories.Usage, DiagnosticSeverity.Warning, isEnabledByDefault: true, Catalog.DuplicateLineItem.Description, Catalog.DuplicateLineItem.HelpLink);

    public static readonly DiagnosticDescriptor RollForwardPeriodType = new(
        "TAX0031", Catalog.RollForwardPeriodType.Title, "{0}", SchemaDiagnosticCategories.Calculations, DiagnosticSeverity.Error, isEnabledByDefault: true, Catalog.RollForwardPeriodType.Description, Catalog.RollForwardPeriodType.HelpLink);

    /// <summary>Every descriptor, for <c>SupportedDiagnostics</c>.</summary>
    public static System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> All { get; } = System.Collections.Immutable.ImmutableArray.Create(
        SyntaxError,
        UnknownKey,
        MissingKey,
        InvalidValue,
        DuplicateKey,
        DuplicateDefinition,
        InvalidName,
        NameCollision,
        UnknownConcept,
        UnknownAxisOrMember,
        UnknownUnit,
        UnknownPrefix,
        CalculationCycle,
        CalculationNonNumeric,
        CalculationPeriodTypeMismatch,
        CalculationUnitMismatch,
        InvalidWeight,
        TotalAmongItems,
        BalanceWeightContradiction,
        MemberOutsideDomain,
        EmptyStatement,
        DeprecatedConceptUsed,
        UnsupportedYaml,
        WrongNodeKind,
        TaxonomyMismatch,
        InvalidConceptAttribute,
        InternalError,
        InvalidEncoding,
        AbstractInStatementOnly,
        DuplicateLineItem,
        RollForwardPeriodType);

    private static readonly System.Collections.Generic.Dictionary<string, DiagnosticDescriptor> ById = CreateIndex();

    /// <summary>The descriptor of an id from the schema catalog.</summary>
    public static DiagnosticDescriptor Find(string id) => ById[id];

    private static System.Collections.Generic.Dictionary<string, DiagnosticDescriptor> CreateIndex()
    {
        var index = new System.Collections.Generic.Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var descriptor in All)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
