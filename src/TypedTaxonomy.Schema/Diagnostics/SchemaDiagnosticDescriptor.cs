namespace TypedTaxonomy.Schema.Diagnostics;

/// <summary>The catalog entry behind a diagnostic id: what it means, how bad it is, where its help page is.</summary>
public sealed record SchemaDiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    SchemaSeverity Severity,
    string Description)
{
    /// <summary>The help page of this id, one Markdown page per id under <c>docs/diagnostics/</c>.</summary>
    public string HelpLink => SchemaDiagnosticDescriptors.HelpLinkBase + Id + ".md";
}
