using System;
using System.Globalization;

namespace TypedTaxonomy.Schema.Diagnostics;

/// <summary>
/// One problem found in a schema file. A plain value (no Roslyn types) so it can be compared,
/// cached between generator runs, and printed by the command line tool.
/// </summary>
public sealed record SchemaDiagnostic(string Id, SchemaSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>Creates a diagnostic from a catalog descriptor, formatting its message with invariant culture.</summary>
    public static SchemaDiagnostic Create(SchemaDiagnosticDescriptor descriptor, SourceSpan span, params object?[] arguments) =>
        new(descriptor.Id, descriptor.Severity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments), span);

    /// <summary>The descriptor this diagnostic was made from.</summary>
    public SchemaDiagnosticDescriptor Descriptor => SchemaDiagnosticDescriptors.Find(Id)
        ?? throw new InvalidOperationException($"Unknown diagnostic id {Id}.");

    /// <summary>As a compiler prints it: <c>file(line,col): error TAX0001: message</c>.</summary>
    public override string ToString() =>
        $"{Span.FilePath}({Span.StartLine},{Span.StartColumn}): {SeverityWord} {Id}: {Message}";

    private string SeverityWord => Severity switch
    {
        SchemaSeverity.Error => "error",
        SchemaSeverity.Warning => "warning",
        SchemaSeverity.Info => "info",
        _ => Severity.ToString().ToLowerInvariant(),
    };
}
