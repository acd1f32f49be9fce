namespace TypedTaxonomy.Schema.Diagnostics;

/// <summary>How serious a schema diagnostic is; mirrors Roslyn's severities without depending on Roslyn.</summary>
public enum SchemaSeverity
{
    /// <summary>Information only.</summary>
    Info,
    /// <summary>Probably a mistake; generation goes on.</summary>
    Warning,
    /// <summary>A mistake; the offending element is not generated.</summary>
    Error,
}
