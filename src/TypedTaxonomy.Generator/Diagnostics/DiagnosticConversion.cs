using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Generator.Diagnostics;

/// <summary>Turns schema diagnostics into Roslyn ones, located in the YAML/JSON file.</summary>
internal static class DiagnosticConversion
{
    /// <summary>A Roslyn diagnostic that prints as <c>file.yaml(12,7): error TAX0009: ...</c>.</summary>
    public static Diagnostic ToDiagnostic(this SchemaDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = Location.Create(
            span.FilePath,
            new TextSpan(span.StartOffset, span.Length),
            new LinePositionSpan(
                new LinePosition(span.StartLine - 1, span.StartColumn - 1),
                new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
        var descriptor = DiagnosticDescriptors.Find(diagnostic.Id);
        var message = descriptor.Id == diagnostic.Id ? diagnostic.Message : diagnostic.Id + ": " + diagnostic.Message;
        return Diagnostic.Create(descriptor, location, message);
    }
}
