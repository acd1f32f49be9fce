using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>
/// Resolves one file's statements and calculations against what the file reads of the set (its
/// <see cref="FileEnvironment"/>): resolution's per-file step after the set is linked. Whatever a statement or a
/// calculation is checked against comes from the environment, so the result depends on the file and its environment
/// alone, and a file is resolved again only when one of them changed.
/// </summary>
internal sealed class FileResolver
{
    private readonly FileEnvironment environment;
    private readonly Dictionary<string, NameLookup> names;
    private readonly List<SchemaDiagnostic> diagnostics = new();

    private FileResolver(FileEnvironment environment)
    {
        this.environment = environment;
        names = new Dictionary<string, NameLookup>(environment.Names.Count, StringComparer.Ordinal);
        foreach (var lookup in environment.Names)
        {
            names[lookup.Name] = lookup;
        }
    }

    /// <summary>Resolves the statements and calculations of <paramref name="input"/>'s file.</summary>
    public static ResolvedFile Resolve(FileInput input)
    {
        if (input.File.Document is not { } document || input.Environment is not { } environment)
        {
            return ResolvedFile.Empty(input.File.Path);
        }

        var resolver = new FileResolver(environment);
        var statements = new List<ResolvedStatement>();
        for (var i = 0; i < document.Statements.Count; i++)
        {
            if (environment.Statements[i] && resolver.ResolveStatement(document.Statements[i], document.FilePath) is { } resolved)
            {
                statements.Add(resolved);
            }
        }

        var calculations = new List<FileCalculation>();
        for (var i = 0; i < document.Calculations.Count; i++)
        {
            var calculation = document.Calculations[i];
            if (resolver.ResolveCalculation(calculation, environment.Roles[i]) is { } resolved)
            {
                calculations.Add(new FileCalculation(resolved, calculation.Total.Span, calculation.IsRollForward));
            }
        }

        return new ResolvedFile(document.FilePath, statements.ToEquatableArray(), calculations.ToEquatableArray(), resolver.diagnostics.ToEquatableArray());
    }

    /// <summary>The names a file's statements and calculations write, each once, in order of first use, with what each is used as.</summary>
    internal static List<(string Name, bool AsConcept, bool AsAxis)> NamesUsedBy(TaxonomyDocument document, IReadOnlyList<bool> resolvedStatements)
    {
        var names = new List<(string Name, bool AsConcept, bool AsAxis)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        void Use(string name, bool asConcept, bool asAxis)
        {
            if (index.TryGetValue(name, out var at))
            {
                var existing = names[at];
                names[at] = (name, existing.AsConcept || asConcept, existing.AsAxis || asAxis);
            }
            else
            {
                index.Add(name, names.Count);
                names.Add((name, asConcept, asAxis));
            }
        }

        for (var i = 0; i < document.Statements.Count; i++)
        {
            if (!resolvedStatements[i])
            {
                continue;
            }

            var statement = document.Statements[i];
            foreach (var axis in statement.Axes)
            {
                Use(axis.Value, false, true);
            }

            foreach (var member in statement.Members)
            {
                Use(member.Value, false, false);
            }

            foreach (var item in statement.LineItems)
            {
                Use(item.Concept.Value, true, false);
            }

            foreach (var required in statement.Required)
            {
                Use(required.Value, true, false);
            }
        }

        foreach (var calculation in document.Calculations)
        {
            Use(calculation.Total.Value, true, false);
            foreach (var item in calculation.Items)
            {
                Use(item.Concept.Value, true, false);
            }
        }

        return names;
    }

    private NameLookup Lookup(Located<string> name) => names[name.Value];

    private void Report(SchemaDiagnosticDescriptor descriptor, SourceSpan span, params object?[] arguments) =>
        diagnostics.Add(SchemaDiagnostic.Create(descriptor, span, arguments));

    private ResolvedStatement? ResolveStatement(StatementDefinition statement, string filePath)
    {
        // What each name is taken by: its words, or the line item's concept, put into words only for a clash.
        var memberNames = new Dictionary<string, object>(1 + GeneratedNames.StatementContextProperties.Count + GeneratedNames.StatementMembers.Count + statement.Axes.Count + statement.LineItems.Count, StringComparer.Ordinal)
        {
            [GeneratedNames.StatementClass(statement.Name.Value)] = "the class itself",
        };
        foreach (var (name, meaning) in GeneratedNames.StatementContextProperties)
        {
            memberNames[name] = meaning;
        }

        foreach (var generated in GeneratedNames.StatementMembers)
        {
            memberNames[generated] = "a member every generated statement has";
        }

        var axes = new List<AxisInfo>();
        foreach (var axisName in statement.Axes)
        {
            if (Lookup(axisName).AxisAt(axisName, diagnostics) is not { } axis)
            {
                continue;
            }

            var key = axis.Key;

            var propertyName = GeneratedNames.AxisProperty(key.LocalName);
            if (memberNames.TryGetValue(propertyName, out var clash))
            {
                Report(SchemaDiagnosticDescriptors.NameCollision, axisName.Span, $"The axis '{axisName.Value}' becomes the property '{propertyName}', which is already {TakenBy(clash)}");
                continue;
            }

            memberNames.Add(propertyName, $"the axis '{axisName.Value}'");
            axes.Add(axis);
        }

        var members = new List<ConceptKey>();
        foreach (var memberName in statement.Members)
        {
            var lookup = Lookup(memberName);
            if (lookup.KeyAt(memberName, diagnostics) is not { } key)
            {
                continue;
            }

            var onAxis = axes.Any(a => a.Domain == key || a.Members.Contains(key));
            if (!onAxis)
            {
                if (!lookup.PrefixUnreadable)
                {
                    Report(SchemaDiagnosticDescriptors.UnknownAxisOrMember, memberName.Span, "member", memberName.Value, $" on the axes of the statement '{statement.Name.Value}'");
                }

                continue;
            }

            members.Add(key);
        }

        var lineItems = new List<ResolvedLineItem>();
        var seen = new HashSet<(ConceptKey, string?)>();
        var reportable = 0;
        var unresolved = 0;
        for (var i = 0; i < statement.LineItems.Count; i++)
        {
            var item = statement.LineItems[i];
            var concept = Lookup(item.Concept).ConceptAt(item.Concept, diagnostics);
            if (concept is null)
            {
                unresolved++;
                continue;
            }

            if (concept.Role != ConceptRole.Item)
            {
                Report(SchemaDiagnosticDescriptors.AbstractInStatementOnly, item.Concept.Span, $"'{item.Concept.Value}' is an {concept.Role.ToString().ToLowerInvariant()}; list the axis under 'axes', not under 'lineItems'");
                continue;
            }

            if (concept.IsDeprecated)
            {
                Report(SchemaDiagnosticDescriptors.DeprecatedConceptUsed, item.Concept.Span, item.Concept.Value, DeprecationNote(concept));
            }

            var role = GeneratedNames.PlaceRole(item.PreferredLabel, concept);
            if (!seen.Add((concept.Key, role)))
            {
                Report(SchemaDiagnosticDescriptors.DuplicateLineItem, item.Concept.Span, item.Concept.Value, statement.Name.Value);
                continue;
            }

            if (concept.IsAbstract)
            {
                var hasChildren = i + 1 < statement.LineItems.Count && statement.LineItems[i + 1].Depth > item.Depth;
                if (!hasChildren)
                {
                    Report(SchemaDiagnosticDescriptors.AbstractInStatementOnly, item.Concept.Span, $"The heading '{item.Concept.Value}' is abstract and has no line items under it; an abstract concept carries no facts");
                }
            }
            else
            {
                var propertyName = GeneratedNames.LineItemProperty(concept.Key.LocalName, role);
                if (memberNames.TryGetValue(propertyName, out var clash))
                {
                    Report(SchemaDiagnosticDescriptors.NameCollision, item.Concept.Span, $"'{item.Concept.Value}' becomes the property '{propertyName}', which is already {TakenBy(clash)}");
                    continue;
                }

                memberNames.Add(propertyName, concept);
                reportable++;
            }

            lineItems.Add(new ResolvedLineItem(concept.Key, item.PreferredLabel, item.Depth));
        }

        if (reportable == 0)
        {
            // Line items that are unknown or left out are reported where they are: one mistake, one diagnostic.
            if (unresolved == 0)
            {
                Report(SchemaDiagnosticDescriptors.EmptyStatement, statement.Name.Span, statement.Name.Value);
            }

            return null;
        }

        var required = new List<ConceptKey>();
        var lineItemConcepts = statement.Required.Count == 0 ? new HashSet<ConceptKey>() : new HashSet<ConceptKey>(lineItems.Select(l => l.Concept));
        foreach (var name in statement.Required)
        {
            if (Lookup(name).ConceptAt(name, diagnostics) is not { } concept)
            {
                continue;
            }

            if (!lineItemConcepts.Contains(concept.Key))
            {
                Report(SchemaDiagnosticDescriptors.UnknownConcept, name.Span, name.Value, $" in the line items of the statement '{statement.Name.Value}'");
                continue;
            }

            required.Add(concept.Key);
        }

        return new ResolvedStatement(
            statement.Name.Value,
            statement.Role ?? environment.NamespaceUri.TrimEnd('/') + "/role/" + statement.Name.Value,
            statement.Title ?? NameRules.ToSentence(statement.Name.Value),
            axes.Select(a => a.Key).ToEquatableArray(),
            required.ToEquatableArray(),
            lineItems.ToEquatableArray(),
            filePath,
            members.ToEquatableArray());
    }

    /// <summary>What took a generated member name of a statement, in words: a line item's concept, or the words stored.</summary>
    private static string TakenBy(object taker) =>
        taker is ResolvedConcept lineItem ? "the line item '" + lineItem.Key.ToString() + "'" : (string)taker;

    private ResolvedCalculation? ResolveCalculation(CalculationDefinition calculation, RoleCheck roleCheck)
    {
        var total = Lookup(calculation.Total).ConceptAt(calculation.Total, diagnostics);
        string? statementName = null;
        if (calculation.Role is { } role)
        {
            if (roleCheck.Known)
            {
                statementName = role.Value;
            }
            else
            {
                Report(SchemaDiagnosticDescriptors.UnknownConcept, role.Span, role.Value, $" as a statement of this taxonomy (a {What(calculation)}'s 'role' names a statement)" + roleCheck.Suggestion);
                return null;
            }
        }

        if (total is null || !CheckCalculationConcept(total, calculation.Total, calculation))
        {
            return null;
        }

        if (calculation.IsRollForward && total.PeriodType != ConceptPeriodType.Instant)
        {
            Report(SchemaDiagnosticDescriptors.RollForwardPeriodType, calculation.Total.Span, calculation.Total.Value, Lower(total.PeriodType), "the balance of a roll-forward is an instant concept");
            return null;
        }

        var items = new List<ResolvedCalculationItem>();
        var itemConcepts = new HashSet<ConceptKey>();
        var valid = true;
        foreach (var item in calculation.Items)
        {
            var concept = Lookup(item.Concept).ConceptAt(item.Concept, diagnostics);
            if (concept is null)
            {
                valid = false;
                continue;
            }

            if (concept.Key == total.Key)
            {
                Report(SchemaDiagnosticDescriptors.TotalAmongItems, item.Concept.Span, item.Concept.Value);
                valid = false;
                continue;
            }

            if (item.Weight.Value != 1m && item.Weight.Value != -1m)
            {
                Report(SchemaDiagnosticDescriptors.InvalidWeight, item.Weight.Span, item.Concept.Value, item.Weight.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                valid = false;
                continue;
            }

            if (!CheckCalculationConcept(concept, item.Concept, calculation))
            {
                valid = false;
                continue;
            }

            if (calculation.IsRollForward && concept.PeriodType != ConceptPeriodType.Duration)
            {
                Report(SchemaDiagnosticDescriptors.RollForwardPeriodType, item.Concept.Span, item.Concept.Value, Lower(concept.PeriodType), $"the changes of a roll-forward are duration concepts, flows into and out of the balance '{calculation.Total.Value}'");
                valid = false;
                continue;
            }

            if (!calculation.IsRollForward && concept.PeriodType != total.PeriodType)
            {
                Report(SchemaDiagnosticDescriptors.CalculationPeriodTypeMismatch, item.Concept.Span, item.Concept.Value, Lower(concept.PeriodType), calculation.Total.Value, Lower(total.PeriodType));
                valid = false;
                continue;
            }

            var itemMonetary = concept.DataType == ConceptDataType.Monetary;
            var totalMonetary = total.DataType == ConceptDataType.Monetary;
            if (itemMonetary != totalMonetary)
            {
                Report(SchemaDiagnosticDescriptors.CalculationUnitMismatch, item.Concept.Span, item.Concept.Value, concept.DataType!.Value.ToSchemaName(), calculation.Total.Value, total.DataType!.Value.ToSchemaName());
                valid = false;
                continue;
            }

            var weight = (int)item.Weight.Value;
            // A flow's balance says nothing of the direction it moves a balance in (a credit revenue raises a debit cash).
            if (!calculation.IsRollForward && concept.Balance != ConceptBalance.None && total.Balance != ConceptBalance.None)
            {
                var expected = concept.Balance == total.Balance ? 1 : -1;
                if (weight != expected)
                {
                    Report(SchemaDiagnosticDescriptors.BalanceWeightContradiction, item.Weight.Span, item.Concept.Value, Lower(concept.Balance), Lower(total.Balance), calculation.Total.Value, weight, expected);
                }
            }

            if (concept.IsDeprecated)
            {
                Report(SchemaDiagnosticDescriptors.DeprecatedConceptUsed, item.Concept.Span, item.Concept.Value, DeprecationNote(concept));
            }

            if (!itemConcepts.Add(concept.Key))
            {
                Report(SchemaDiagnosticDescriptors.DuplicateDefinition, item.Concept.Span, $"The {What(calculation)} item", item.Concept.Value, $"earlier in this {What(calculation)}");
                valid = false;
                continue;
            }

            items.Add(new ResolvedCalculationItem(concept.Key, weight));
        }

        return valid && items.Count > 0 ? new ResolvedCalculation(total.Key, statementName, items.ToEquatableArray()) : null;
    }

    private static string What(CalculationDefinition calculation) => calculation.IsRollForward ? "roll-forward" : "calculation";

    private bool CheckCalculationConcept(ResolvedConcept concept, Located<string> reference, CalculationDefinition calculation)
    {
        if (concept.IsAbstract || concept.Role != ConceptRole.Item)
        {
            Report(SchemaDiagnosticDescriptors.AbstractInStatementOnly, reference.Span, $"'{reference.Value}' is abstract and cannot take part in a {What(calculation)}");
            return false;
        }

        if (!concept.DataType!.Value.IsNumeric())
        {
            Report(SchemaDiagnosticDescriptors.CalculationNonNumeric, reference.Span, reference.Value, concept.DataType.Value.ToSchemaName());
            return false;
        }

        return true;
    }

    private static string DeprecationNote(ResolvedConcept concept) =>
        (concept.DeprecatedSince is null ? string.Empty : " since " + concept.DeprecatedSince)
        + (concept.ReplacedBy is null ? string.Empty : $"; use '{concept.ReplacedBy}' instead");

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

}
