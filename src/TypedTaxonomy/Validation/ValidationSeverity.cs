namespace TypedTaxonomy.Validation;

/// <summary>How serious a finding is, in Arelle's terms.</summary>
public enum ValidationSeverity
{
    /// <summary>Worth knowing; the report is still valid.</summary>
    Warning,

    /// <summary>The numbers do not add up (a calculation inconsistency).</summary>
    Inconsistency,

    /// <summary>The report breaks a rule of XBRL or of the taxonomy.</summary>
    Error,
}
