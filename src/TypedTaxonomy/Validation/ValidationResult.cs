using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy.Validation;

/// <summary>The findings of a validation. A validation that finds nothing returns <see cref="Valid"/>, allocating nothing.</summary>
public sealed class ValidationResult
{
    private ValidationResult(IReadOnlyList<ValidationFinding> findings) => Findings = findings;

    /// <summary>The result with no findings.</summary>
    public static ValidationResult Valid { get; } = new(Array.Empty<ValidationFinding>());

    /// <summary>Every finding, in the order found.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>True when nothing worse than a warning was found.</summary>
    public bool IsValid => Findings.All(f => f.Severity == ValidationSeverity.Warning);

    /// <summary>The findings of one rule.</summary>
    public IEnumerable<ValidationFinding> Of(string rule) => Findings.Where(f => f.Rule == rule);

    /// <summary>A result holding <paramref name="findings"/>, or <see cref="Valid"/> when there are none.</summary>
    public static ValidationResult From(List<ValidationFinding>? findings) =>
        findings is null || findings.Count == 0 ? Valid : new ValidationResult(findings);

    /// <inheritdoc />
    public override string ToString() =>
        Findings.Count == 0 ? "valid" : string.Join(Environment.NewLine, Findings.Select(f => f.ToString()));
}
