using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy.Schema.Diagnostics;

/// <summary>
/// Every diagnostic the schema layer can report. Ids are never reused or renumbered: they are what
/// people put in <c>NoWarn</c> and search for. New ids go into <c>AnalyzerReleases.Unshipped.md</c>.
/// </summary>
public static class SchemaDiagnosticDescriptors
{
    /// <summary>
    /// Where the per-id help pages are published: <c>docs/diagnostics/</c> under the repository address, set once in
    /// <c>Directory.Build.props</c> (<c>DiagnosticHelpLinkBase</c>) and built into this assembly's metadata.
    /// </summary>
    public static readonly string HelpLinkBase = typeof(SchemaDiagnosticDescriptors).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
        .OfType<System.Reflection.AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "TypedTaxonomy.DiagnosticHelpLinkBase")
        .Value!;

    private const string Syntax = SchemaDiagnosticCategories.Syntax;
    private const string Structure = SchemaDiagnosticCategories.Structure;
    private const string Naming = SchemaDiagnosticCategories.Naming;
    private const string References = SchemaDiagnosticCategories.References;
    private const string Calculations = SchemaDiagnosticCategories.Calculations;
    private const string Usage = SchemaDiagnosticCategories.Usage;

    public static readonly SchemaDiagnosticDescriptor SyntaxError = new(
        "TAX0001", "Schema file is not valid YAML or JSON", "{0}", Syntax, SchemaSeverity.Error,
        "The file could not be read as YAML (or JSON). Nothing from this file is generated until it parses.");

    public static readonly SchemaDiagnosticDescriptor UnknownKey = new(
        "TAX0002", "Unknown key", "Unknown key '{0}' in {1}{2}", Structure, SchemaSeverity.Error,
        "The key is not part of the taxonomy schema format. A misspelt key would otherwise silently drop information.");

    public static readonly SchemaDiagnosticDescriptor MissingKey = new(
        "TAX0003", "Required key is missing", "{0} needs the key '{1}'", Structure, SchemaSeverity.Error,
        "A required key of the taxonomy schema format is absent.");

    public static readonly SchemaDiagnosticDescriptor InvalidValue = new(
        "TAX0004", "Invalid value", "'{0}' is not a valid {1}; expected {2}", Structure, SchemaSeverity.Error,
        "A value is outside the set the format allows (a data type, period type, balance, weight, decimals, ...).");

    public static readonly SchemaDiagnosticDescriptor DuplicateKey = new(
        "TAX0005", "Duplicate key", "The key '{0}' appears more than once in this mapping; the first was at line {1}", Structure, SchemaSeverity.Error,
        "YAML mappings must not repeat a key; which one wins differs between tools, so both are rejected.");

    public static readonly SchemaDiagnosticDescriptor DuplicateDefinition = new(
        "TAX0006", "Duplicate definition", "{0} '{1}' is already defined at {2}", Structure, SchemaSeverity.Error,
        "A concept, axis, member, unit or statement name must be defined once per taxonomy, across all its files.");

    public static readonly SchemaDiagnosticDescriptor InvalidName = new(
        "TAX0007", "Invalid name", "'{0}' is not a valid {1} name: {2}", Naming, SchemaSeverity.Error,
        "Names must be XML NCNames that are also C# identifiers, so they can be used as QNames and as generated member names.");

    public static readonly SchemaDiagnosticDescriptor NameCollision = new(
        "TAX0008", "Generated names collide", "{0}", Naming, SchemaSeverity.Error,
        "Two schema elements would produce the same C# name, or a name clashes with a generated member.");

    public static readonly SchemaDiagnosticDescriptor UnknownConcept = new(
        "TAX0009", "Unknown concept", "The concept '{0}' is not defined{1}", References, SchemaSeverity.Error,
        "A statement, calculation or deprecation refers to a concept that no loaded taxonomy defines.");

    public static readonly SchemaDiagnosticDescriptor UnknownAxisOrMember = new(
        "TAX0010", "Unknown axis or member", "The {0} '{1}' is not defined{2}", References, SchemaSeverity.Error,
        "An axis or member is referred to but not defined.");

    public static readonly SchemaDiagnosticDescriptor UnknownUnit = new(
        "TAX0011", "Unknown unit", "The unit '{0}' is not defined in 'units'{1}", References, SchemaSeverity.Error,
        "A concept or default refers to a unit id that the taxonomy does not declare.");

    public static readonly SchemaDiagnosticDescriptor UnknownPrefix = new(
        "TAX0012", "Unknown prefix or taxonomy", "{0}", References, SchemaSeverity.Error,
        "A QName uses a prefix that is neither this taxonomy's nor one it imports, or an import names no loaded taxonomy.");

    public static readonly SchemaDiagnosticDescriptor CalculationCycle = new(
        "TAX0013", "Calculation cycle", "The calculations form a cycle: {0}", Calculations, SchemaSeverity.Error,
        "A total cannot, directly or through other totals, contribute to itself.");

    public static readonly SchemaDiagnosticDescriptor CalculationNonNumeric = new(
        "TAX0014", "Calculation joins a non-numeric concept", "'{0}' is of type {1} and cannot take part in a calculation", Calculations, SchemaSeverity.Error,
        "Summation-item relationships join numeric concepts only.");

    public static readonly SchemaDiagnosticDescriptor CalculationPeriodTypeMismatch = new(
        "TAX0015", "Calculation joins different period types", "'{0}' is {1} but the total '{2}' is {3}", Calculations, SchemaSeverity.Error,
        "A total and its items must have the same period type, or they never bind to the same context.");

    public static readonly SchemaDiagnosticDescriptor CalculationUnitMismatch = new(
        "TAX0016", "Calculation mixes monetary and non-monetary concepts", "'{0}' is {1} but the total '{2}' is {3}", Calculations, SchemaSeverity.Error,
        "Monetary totals add monetary items; a count or ratio never binds in the same unit.");

    public static readonly SchemaDiagnosticDescriptor InvalidWeight = new(
        "TAX0017", "Invalid calculation weight", "The weight of '{0}' is {1}; calculation weights are 1 or -1", Calculations, SchemaSeverity.Error,
        "Values keep their natural sign and the weight carries the subtraction, so a weight is 1 or -1.");

    public static readonly SchemaDiagnosticDescriptor TotalAmongItems = new(
        "TAX0018", "Total listed among its own items", "'{0}' is both the total and an item of this calculation", Calculations, SchemaSeverity.Error,
        "A summation cannot contain its own total.");

    public static readonly SchemaDiagnosticDescriptor BalanceWeightContradiction = new(
        "TAX0019", "Balance and weight contradict", "'{0}' ({1}) adds to the {2} total '{3}' with weight {4}; expected weight {5}", Calculations, SchemaSeverity.Warning,
        "An item of the same balance as its total normally has weight 1, an item of the opposite balance weight -1.");

    public static readonly SchemaDiagnosticDescriptor MemberOutsideDomain = new(
        "TAX0020", "Member outside its axis's domain", "'{0}' is not a member of the axis '{1}'", References, SchemaSeverity.Error,
        "A default member or a required member must belong to the axis's domain tree.");

    public static readonly SchemaDiagnosticDescriptor EmptyStatement = new(
        "TAX0021", "Empty statement", "The statement '{0}' has no line items, so it is not generated", Structure, SchemaSeverity.Error,
        "A statement needs at least one reportable line item.");

    public static readonly SchemaDiagnosticDescriptor DeprecatedConceptUsed = new(
        "TAX0022", "Deprecated concept used", "'{0}' is deprecated{1}", Usage, SchemaSeverity.Warning,
        "A statement or calculation uses a concept its taxonomy has deprecated.");

    public static readonly SchemaDiagnosticDescriptor UnsupportedYaml = new(
        "TAX0023", "Unsupported YAML construct", "{0}", Syntax, SchemaSeverity.Error,
        "Aliases, custom tags and documents past the limits (size, depth, node count) are refused, so a hostile file cannot exhaust the compiler.");

    public static readonly SchemaDiagnosticDescriptor WrongNodeKind = new(
        "TAX0024", "Wrong kind of value", "{0} must be {1}, not {2}", Structure, SchemaSeverity.Error,
        "A key's value has the wrong shape (a list where a mapping belongs, text where a list belongs, ...).");

    public static readonly SchemaDiagnosticDescriptor TaxonomyMismatch = new(
        "TAX0025", "Taxonomy files disagree", "{0}", Structure, SchemaSeverity.Error,
        "Files of one taxonomy must agree on its name, prefix and namespace, and set the other header keys once.");

    public static readonly SchemaDiagnosticDescriptor InvalidConceptAttribute = new(
        "TAX0026", "Attribute does not fit the concept", "{0}", Structure, SchemaSeverity.Error,
        "An attribute contradicts the concept's type (a balance on a non-monetary concept, values on a non-enumeration, ...).");

    public static readonly SchemaDiagnosticDescriptor InternalError = new(
        "TAX0027", "Internal error while processing a schema file", "TypedTaxonomy could not process this file: {0}", Syntax, SchemaSeverity.Error,
        "An unexpected failure inside TypedTaxonomy. The rest of the build goes on; please report it with the file.");

    public static readonly SchemaDiagnosticDescriptor InvalidEncoding = new(
        "TAX0028", "Invalid text encoding", "The file is not valid UTF-8 (first undecodable byte near here)", Syntax, SchemaSeverity.Error,
        "Schema files are UTF-8. A byte sequence that is not UTF-8 was replaced while reading.");

    public static readonly SchemaDiagnosticDescriptor AbstractInStatementOnly = new(
        "TAX0029", "Concept cannot be used here", "{0}", Usage, SchemaSeverity.Error,
        "An abstract concept cannot be a calculation total or item, and a heading needs line items under it.");

    public static readonly SchemaDiagnosticDescriptor DuplicateLineItem = new(
        "TAX0030", "Line item repeated in a statement", "'{0}' appears more than once in the statement '{1}' for the same value; the later place is ignored", Usage, SchemaSeverity.Warning,
        "A concept shown twice in one statement is one value (whatever label each place uses), so it becomes one property; only an instant shown at both the start and the end of the period (periodStart and periodEnd labels) is two values.");

    public static readonly SchemaDiagnosticDescriptor RollForwardPeriodType = new(
        "TAX0031", "Roll-forward joins the wrong period types", "'{0}' is {1}, but {2}", Calculations, SchemaSeverity.Error,
        "A roll-forward carries a balance (an instant concept) from the start of a period to its end through changes over the period (duration concepts).");

    /// <summary>All descriptors, ordered by id.</summary>
    public static IReadOnlyList<SchemaDiagnosticDescriptor> All { get; } = new[]
    {
        SyntaxError, UnknownKey, MissingKey, InvalidValue, DuplicateKey, DuplicateDefinition, InvalidName, NameCollision,
        UnknownConcept, UnknownAxisOrMember, UnknownUnit, UnknownPrefix, CalculationCycle, CalculationNonNumeric,
        CalculationPeriodTypeMismatch, CalculationUnitMismatch, InvalidWeight, TotalAmongItems, BalanceWeightContradiction,
        MemberOutsideDomain, EmptyStatement, DeprecatedConceptUsed, UnsupportedYaml, WrongNodeKind, TaxonomyMismatch,
        InvalidConceptAttribute, InternalError, InvalidEncoding, AbstractInStatementOnly, DuplicateLineItem, RollForwardPeriodType,
    }.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToArray();

    private static readonly Dictionary<string, SchemaDiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, System.StringComparer.Ordinal);

    /// <summary>The descriptor with this id, or null.</summary>
    public static SchemaDiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;
}
