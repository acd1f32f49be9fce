namespace TypedTaxonomy.Schema.Diagnostics;

/// <summary>The categories of schema diagnostics, as shown by IDEs and used in rule sets.</summary>
public static class SchemaDiagnosticCategories
{
    public const string Syntax = "TypedTaxonomy.Syntax";
    public const string Structure = "TypedTaxonomy.Structure";
    public const string Naming = "TypedTaxonomy.Naming";
    public const string References = "TypedTaxonomy.References";
    public const string Calculations = "TypedTaxonomy.Calculations";
    public const string Usage = "TypedTaxonomy.Usage";
}
