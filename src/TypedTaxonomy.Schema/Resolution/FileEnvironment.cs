using System.Collections.Generic;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>What looking up a written name gave.</summary>
public enum KeyOutcome
{
    /// <summary>The name is a key of a taxonomy the writing taxonomy may use.</summary>
    Resolved,

    /// <summary>The name is not a valid QName (reported).</summary>
    InvalidName,

    /// <summary>The prefix is of a taxonomy with a file that does not parse (reported there).</summary>
    Silent,

    /// <summary>The prefix is unknown or not imported (reported, with <see cref="NameLookup.KeyMessage"/>).</summary>
    UnknownPrefix,
}

/// <summary>An axis as a statement sees it: its domain and members.</summary>
public sealed record AxisInfo(ConceptKey Key, ConceptKey Domain, EquatableArray<ConceptKey> Members);

/// <summary>
/// One name written in a file, looked up in the set for the file's taxonomy: its key, the concept and the axis it
/// names (when it is used as one), or why not and the suggestion a diagnostic gives. A diagnostic is made from it at
/// each place the name is written, by the same code whether the set or a file's own resolution looks it up.
/// </summary>
/// <param name="Name">The name as written.</param>
/// <param name="Outcome">Whether it names a key the taxonomy may use.</param>
/// <param name="KeyMessage">The message of an unknown prefix.</param>
/// <param name="Key">The key, when resolved.</param>
/// <param name="PrefixUnreadable">Whether the key's taxonomy has a file that does not parse.</param>
/// <param name="Concept">The concept it names, if any.</param>
/// <param name="ConceptSuggestion">When no concept and the name is reported as unknown: the suggestion (possibly empty); null when nothing is reported.</param>
/// <param name="Axis">The axis it names, if any.</param>
/// <param name="AxisSuggestion">When no axis and the name is reported as unknown: the suggestion (possibly empty); null when nothing is reported.</param>
public sealed record NameLookup(
    string Name,
    KeyOutcome Outcome,
    string? KeyMessage,
    ConceptKey? Key,
    bool PrefixUnreadable,
    ResolvedConcept? Concept,
    string? ConceptSuggestion,
    AxisInfo? Axis,
    string? AxisSuggestion)
{
    /// <summary>The key <paramref name="name"/> (this name, where written) stands for, or null, reported unless silent.</summary>
    internal ConceptKey? KeyAt(Located<string> name, List<SchemaDiagnostic> diagnostics)
    {
        switch (Outcome)
        {
            case KeyOutcome.InvalidName:
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, name.Span, name.Value, "concept", "write it as Name or prefix:Name"));
                return null;
            case KeyOutcome.UnknownPrefix:
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.UnknownPrefix, name.Span, KeyMessage));
                return null;
            case KeyOutcome.Silent:
                return null;
            default:
                return Key;
        }
    }

    /// <summary>The concept <paramref name="name"/> names, or null, reported unless silent (declared with an error, reported there: one mistake, one diagnostic).</summary>
    internal ResolvedConcept? ConceptAt(Located<string> name, List<SchemaDiagnostic> diagnostics)
    {
        if (KeyAt(name, diagnostics) is null)
        {
            return null;
        }

        if (Concept is null && ConceptSuggestion is not null)
        {
            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.UnknownConcept, name.Span, name.Value, ConceptSuggestion));
        }

        return Concept;
    }

    /// <summary>The axis <paramref name="name"/> names, or null, reported unless silent.</summary>
    internal AxisInfo? AxisAt(Located<string> name, List<SchemaDiagnostic> diagnostics)
    {
        if (KeyAt(name, diagnostics) is null)
        {
            return null;
        }

        if (Axis is null && AxisSuggestion is not null)
        {
            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.UnknownAxisOrMember, name.Span, "axis", name.Value, AxisSuggestion));
        }

        return Axis;
    }
}

/// <summary>
/// All that the resolution of one file's statements and calculations reads from the rest of the set: each name they
/// write, looked up; which statements the set takes (not a repeated name, no clash of generated types); for each
/// calculation's <c>role</c>, whether it names a statement of the taxonomy. Equal when what the file reads is, so
/// the file is resolved again only when something it uses changed.
/// </summary>
/// <param name="NamespaceUri">The taxonomy's namespace, the base of a statement's default role.</param>
/// <param name="Statements">For each statement of the file, in order, whether it is resolved.</param>
/// <param name="Roles">For each calculation of the file, in order, whether its <c>role</c> (if any) names a statement.</param>
/// <param name="Names">Every name the file's statements and calculations write, looked up, in order of first use.</param>
public sealed record FileEnvironment(string NamespaceUri, EquatableArray<bool> Statements, EquatableArray<RoleCheck> Roles, EquatableArray<NameLookup> Names);

/// <summary>Whether a calculation's <c>role</c> names a statement of its taxonomy (declared in its file or one before it).</summary>
/// <param name="Known">True when it has no role or the role names a statement.</param>
/// <param name="Suggestion">When not: the suggestion of the diagnostic (possibly empty).</param>
public sealed record RoleCheck(bool Known, string Suggestion)
{
    /// <summary>No role, or a known one.</summary>
    public static RoleCheck Fine { get; } = new(true, string.Empty);
}

/// <summary>One file and what it reads from the rest of the set: the input of its resolution, and all of it.</summary>
/// <param name="File">The file.</param>
/// <param name="Environment">What it reads of the set; null when the file does not parse or the set could not be linked.</param>
/// <param name="Failure">Why what the file reads could not be found (an internal error, reported on the file), or null.</param>
public sealed record FileInput(DeclaredFile File, FileEnvironment? Environment, string? Failure = null);

/// <summary>A summation or roll-forward of a file, with where its total is written (where a cycle is reported).</summary>
public sealed record FileCalculation(ResolvedCalculation Calculation, SourceSpan TotalSpan, bool IsRollForward);

/// <summary>The statements and calculations of one file, resolved, with what was wrong in them.</summary>
public sealed record ResolvedFile(string Path, EquatableArray<ResolvedStatement> Statements, EquatableArray<FileCalculation> Calculations, EquatableArray<SchemaDiagnostic> Diagnostics)
{
    /// <summary>A file with nothing to resolve.</summary>
    public static ResolvedFile Empty(string path) =>
        new(path, EquatableArray<ResolvedStatement>.Empty, EquatableArray<FileCalculation>.Empty, EquatableArray<SchemaDiagnostic>.Empty);
}
