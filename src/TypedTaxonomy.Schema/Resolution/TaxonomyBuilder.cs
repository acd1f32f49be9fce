using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using static TypedTaxonomy.Schema.Resolution.TaxonomyResolver;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>Collects one taxonomy's files and resolves them; used by <see cref="TaxonomyResolver"/> only.</summary>
internal sealed class TaxonomyBuilder
{
    private readonly List<SchemaDiagnostic> diagnostics;
    private readonly TaxonomyHeader header;
    private Located<string>? csharpNamespace;
    private string? version;
    private string? language;
    private Located<string>? defaultCurrency;
    private Located<int?>? defaultDecimals;
    private readonly List<Located<string>> imports = new();
    private HashSet<string>? reachable;

    public TaxonomyBuilder(TaxonomyHeader header, List<SchemaDiagnostic> diagnostics)
    {
        this.header = header;
        this.diagnostics = diagnostics;
        MergeOptionalHeaderKeys(header);
    }

    public string Name => header.Name.Value;

    public string Prefix => header.Prefix.Value;

    public List<TaxonomyDocument> Documents { get; } = new();

    public Dictionary<string, (ResolvedConcept Concept, SourceSpan Span)> Concepts { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, AxisBuilder> Axes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (ResolvedUnit Unit, SourceSpan Span)> Units { get; } = new(StringComparer.Ordinal);

    public void MergeHeader(TaxonomyHeader other)
    {
        if (other.Name.Value != header.Name.Value)
        {
            Report(SchemaDiagnosticDescriptors.TaxonomyMismatch, other.Name.Span, $"This file declares the prefix '{Prefix}' with the name '{other.Name.Value}', but {header.Name.Span} names it '{header.Name.Value}'");
        }

        if (other.NamespaceUri.Value != header.NamespaceUri.Value)
        {
            Report(SchemaDiagnosticDescriptors.TaxonomyMismatch, other.NamespaceUri.Span, $"This file declares the prefix '{Prefix}' with the namespace '{other.NamespaceUri.Value}', but {header.NamespaceUri.Span} gives '{header.NamespaceUri.Value}'");
        }

        MergeOptionalHeaderKeys(other);
    }

    /// <summary>The prefixes whose names this taxonomy may use: its own and every import, transitively.</summary>
    public HashSet<string> Reachable(ResolutionContext context)
    {
        if (reachable is not null)
        {
            return reachable;
        }

        reachable = new HashSet<string>(StringComparer.Ordinal) { Prefix };
        var pending = new Queue<TaxonomyBuilder>();
        pending.Enqueue(this);
        while (pending.Count > 0)
        {
            foreach (var import in pending.Dequeue().imports)
            {
                if (context.Taxonomies.TryGetValue(import.Value, out var imported) && reachable.Add(import.Value))
                {
                    pending.Enqueue(imported);
                }
            }
        }

        return reachable;
    }

    public void DeclareElements(ResolutionContext context)
    {
        foreach (var import in imports)
        {
            if (!context.Taxonomies.ContainsKey(import.Value) && !context.Unreadable.Contains(import.Value))
            {
                Report(SchemaDiagnosticDescriptors.UnknownPrefix, import.Span, $"The import '{import.Value}' names no loaded taxonomy; add its *.taxonomy.yaml files to the project" + NameRules.DidYouMean(import.Value, context.Taxonomies.Keys));
            }
            else if (import.Value == Prefix)
            {
                Report(SchemaDiagnosticDescriptors.UnknownPrefix, import.Span, $"The taxonomy '{Name}' imports itself");
            }
        }

        // Sized once for every concept of the taxonomy: at US-GAAP scale, growing them step by step costs more than the rest.
        var conceptCount = Documents.Sum(d => d.Concepts.Count + d.Axes.Sum(a => 2 + a.Members.Count));
        Concepts = new Dictionary<string, (ResolvedConcept Concept, SourceSpan Span)>(conceptCount, StringComparer.Ordinal);
        conceptsByIdentifier = new Dictionary<string, (ConceptKey Name, SourceSpan Span)>(conceptCount, StringComparer.Ordinal);

        // Known before any use is resolved, in whichever file.
        leftOutConcepts.UnionWith(Documents.SelectMany(d => d.LeftOutConcepts).Select(c => c.Value));
        leftOutUnits.UnionWith(Documents.SelectMany(d => d.LeftOutUnits).Select(u => u.Value));

        foreach (var unit in Documents.SelectMany(d => d.Units))
        {
            if (!MeasuresAreKnown(unit, context))
            {
                rejectedUnits.Add(unit);
                leftOutUnits.Add(unit.Id.Value);
            }
        }

        foreach (var document in Documents)
        {
            foreach (var unit in document.Units.Where(u => !rejectedUnits.Contains(u)))
            {
                var resolved = new ResolvedUnit(unit.Id.Value, unit.Numerator.Select(m => m.Value).ToEquatableArray(), unit.Denominator.Select(m => m.Value).ToEquatableArray());
                if (Units.TryGetValue(unit.Id.Value, out var existing))
                {
                    Report(SchemaDiagnosticDescriptors.DuplicateDefinition, unit.Id.Span, "The unit", unit.Id.Value, existing.Span);
                }
                else
                {
                    Units.Add(unit.Id.Value, (resolved, unit.Id.Span));
                }
            }

            foreach (var concept in document.Concepts)
            {
                DeclareConcept(Resolve(concept, document.FilePath), concept.Name.Span);
            }


            foreach (var axis in document.Axes)
            {
                if (axis.Name.Value.IndexOf(':') >= 0)
                {
                    continue; // members added to another taxonomy's axis: handled once every axis is declared
                }

                DeclareAxis(axis, document);
            }
        }
    }

    /// <summary>
    /// A measure's prefix must be iso4217, xbrli or a loaded taxonomy's, or the generated code cannot name its
    /// namespace; a unit with another is reported and left out.
    /// </summary>
    private bool MeasuresAreKnown(UnitDefinition unit, ResolutionContext context)
    {
        var known = true;
        foreach (var measure in unit.Numerator.Concat(unit.Denominator))
        {
            var prefix = measure.Value.Substring(0, Math.Max(0, measure.Value.IndexOf(':')));
            if (prefix is "iso4217" or "xbrli" || context.Taxonomies.ContainsKey(prefix))
            {
                continue;
            }

            Report(
                SchemaDiagnosticDescriptors.UnknownPrefix,
                measure.Span,
                $"The measure '{measure.Value}' of the unit '{unit.Id.Value}' uses the prefix '{prefix}', which is neither iso4217, xbrli nor a loaded taxonomy's" + NameRules.DidYouMean(prefix, context.Taxonomies.Keys.Concat(new[] { "iso4217", "xbrli" })) + $"; until this is fixed the unit '{unit.Id.Value}' is not generated");
            known = false;
        }

        return known;
    }

    public void AddForeignAxisMembers(ResolutionContext context)
    {
        foreach (var document in Documents)
        {
            foreach (var axis in document.Axes.Where(a => a.Name.Value.IndexOf(':') >= 0))
            {
                if (context.ResolveKey(axis.Name, this) is not { } key)
                {
                    continue;
                }

                var target = context.FindAxis(key);
                if (target is null && !context.Unreadable.Contains(key.Prefix))
                {
                    Report(SchemaDiagnosticDescriptors.UnknownAxisOrMember, axis.Name.Span, "axis", axis.Name.Value, string.Empty);
                    continue;
                }

                if (target is null)
                {
                    continue;
                }

                foreach (var extra in new[] { ("label", axis.Label is not null), ("documentation", axis.Documentation is not null), ("domain", axis.Domain is not null), ("default", axis.Default is not null) }.Where(e => e.Item2))
                {
                    Report(SchemaDiagnosticDescriptors.InvalidConceptAttribute, axis.Name.Span, $"'{extra.Item1}' cannot be changed for the axis '{axis.Name.Value}' of another taxonomy; only members can be added");
                }

                foreach (var member in axis.Members)
                {
                    AddMember(target, member, document.FilePath, parentPrefixDefault: Prefix);
                }
            }
        }
    }

    public ResolvedTaxonomy Build(ResolutionContext context)
    {
        CheckReplacements(context);
        foreach (var axis in Axes.Values)
        {
            ResolveDefaultMember(axis, context);
        }

        var statements = new List<ResolvedStatement>();
        var statementNames = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var calculations = new List<(ResolvedCalculation Calculation, CalculationDefinition Definition)>();
        var rollForwards = new List<ResolvedCalculation>();
        var typeNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [GeneratedNames.ConceptsClass(Name)] = "the concept catalog",
            [GeneratedNames.UnitsClass(Name)] = "the unit catalog",
            [GeneratedNames.TaxonomyClass(Name)] = "the taxonomy class",
        };
        foreach (var axis in Axes.Values)
        {
            var enumName = GeneratedNames.AxisEnum(axis.Key.LocalName);
            if (typeNames.TryGetValue(enumName, out var clash))
            {
                Report(SchemaDiagnosticDescriptors.NameCollision, axis.Span, $"The axis '{axis.Key.LocalName}' generates the type '{enumName}', which is already {clash}");
            }
            else
            {
                typeNames.Add(enumName, $"the enum of the axis '{axis.Key.LocalName}'");
                var className = GeneratedNames.AxisClass(axis.Key.LocalName);
                if (!typeNames.ContainsKey(className))
                {
                    typeNames.Add(className, $"the class of the axis '{axis.Key.LocalName}'");
                }
            }
        }

        foreach (var document in Documents)
        {
            foreach (var statement in document.Statements)
            {
                if (statementNames.TryGetValue(statement.Name.Value, out var first))
                {
                    Report(SchemaDiagnosticDescriptors.DuplicateDefinition, statement.Name.Span, "The statement", statement.Name.Value, first);
                    continue;
                }

                statementNames.Add(statement.Name.Value, statement.Name.Span);
                var className = GeneratedNames.StatementClass(statement.Name.Value);
                if (typeNames.TryGetValue(className, out var clash))
                {
                    Report(SchemaDiagnosticDescriptors.NameCollision, statement.Name.Span, $"The statement '{statement.Name.Value}' generates the class '{className}', which is already {clash}");
                    continue;
                }

                typeNames.Add(className, $"the class of the statement '{statement.Name.Value}'");
                if (ResolveStatement(statement, document.FilePath, context) is { } resolved)
                {
                    statements.Add(resolved);
                }
            }

            foreach (var calculation in document.Calculations)
            {
                if (ResolveCalculation(calculation, statementNames, context) is not { } resolved)
                {
                    continue;
                }

                if (calculation.IsRollForward)
                {
                    rollForwards.Add(resolved); // balances at two instants: no cycle through a summation is possible
                }
                else
                {
                    calculations.Add((resolved, calculation));
                }
            }
        }

        var acyclic = new CalculationGraphCheck(context).RemoveCycles(calculations);
        var currency = ResolveDefaultCurrency();
        return new ResolvedTaxonomy(
            Name,
            Prefix,
            header.NamespaceUri.Value,
            csharpNamespace?.Value ?? "TypedTaxonomy.Generated." + Name,
            version,
            language ?? "en",
            imports.Select(i => i.Value).Where(context.Taxonomies.ContainsKey).Distinct().ToEquatableArray(),
            currency,
            defaultDecimals?.Value,
            Units.Values.Select(u => u.Unit).ToEquatableArray(),
            Concepts.Values.Select(c => c.Concept).ToEquatableArray(),
            Axes.Values.Select(a => a.Build()).ToEquatableArray(),
            statements.ToEquatableArray(),
            acyclic.ToEquatableArray(),
            rollForwards.ToEquatableArray(),
            Documents.Select(d => d.FilePath).ToEquatableArray());
    }


    private string? ResolveDefaultCurrency()
    {
        if (defaultCurrency is { } currency)
        {
            if (!Units.TryGetValue(currency.Value, out var unit))
            {
                if (!leftOutUnits.Contains(currency.Value))
                {
                    Report(SchemaDiagnosticDescriptors.UnknownUnit, currency.Span, currency.Value, NameRules.DidYouMean(currency.Value, Units.Keys));
                }

                return null;
            }

            if (!unit.Unit.IsCurrency)
            {
                Report(SchemaDiagnosticDescriptors.InvalidValue, currency.Span, currency.Value, "default currency", "a unit with one ISO 4217 measure, such as iso4217:CNY");
                return null;
            }

            return currency.Value;
        }

        var currencies = Units.Values.Where(u => u.Unit.IsCurrency).ToList();
        return currencies.Count == 1 ? currencies[0].Unit.Id : null;
    }

    private ResolvedStatement? ResolveStatement(StatementDefinition statement, string filePath, ResolutionContext context)
    {
        var memberNames = new Dictionary<string, string>(1 + GeneratedNames.StatementContextProperties.Count + GeneratedNames.StatementMembers.Count + statement.Axes.Count + statement.LineItems.Count, StringComparer.Ordinal)
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

        var axes = new List<ConceptKey>();
        foreach (var axisName in statement.Axes)
        {
            if (context.ResolveKey(axisName, this) is not { } key)
            {
                continue;
            }

            if (context.FindAxis(key) is null)
            {
                if (context.Unreadable.Contains(key.Prefix))
                {
                    continue;
                }

                Report(SchemaDiagnosticDescriptors.UnknownAxisOrMember, axisName.Span, "axis", axisName.Value, NameRules.DidYouMean(key.LocalName, context.Taxonomies.Values.SelectMany(t => t.Axes.Keys)));
                continue;
            }

            var propertyName = GeneratedNames.AxisProperty(key.LocalName);
            if (memberNames.TryGetValue(propertyName, out var clash))
            {
                Report(SchemaDiagnosticDescriptors.NameCollision, axisName.Span, $"The axis '{axisName.Value}' becomes the property '{propertyName}', which is already {clash}");
                continue;
            }

            memberNames.Add(propertyName, $"the axis '{axisName.Value}'");
            axes.Add(key);
        }

        var members = new List<ConceptKey>();
        foreach (var memberName in statement.Members)
        {
            if (context.ResolveKey(memberName, this) is not { } key)
            {
                continue;
            }

            var onAxis = axes.Select(context.FindAxis).Any(a => a is not null && (a.Domain == key || a.MemberKeys.Contains(key)));
            if (!onAxis)
            {
                if (!context.Unreadable.Contains(key.Prefix))
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
            var concept = context.ResolveConcept(item.Concept, this);
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
                    Report(SchemaDiagnosticDescriptors.NameCollision, item.Concept.Span, $"'{item.Concept.Value}' becomes the property '{propertyName}', which is already {clash}");
                    continue;
                }

                memberNames.Add(propertyName, $"the line item '{concept.Key}'");
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
            if (context.ResolveConcept(name, this) is not { } concept)
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
            statement.Role ?? header.NamespaceUri.Value.TrimEnd('/') + "/role/" + statement.Name.Value,
            statement.Title ?? NameRules.ToSentence(statement.Name.Value),
            axes.ToEquatableArray(),
            required.ToEquatableArray(),
            lineItems.ToEquatableArray(),
            filePath,
            members.ToEquatableArray());
    }

    private ResolvedCalculation? ResolveCalculation(CalculationDefinition calculation, Dictionary<string, SourceSpan> statementNames, ResolutionContext context)
    {
        var total = context.ResolveConcept(calculation.Total, this);
        string? statementName = null;
        if (calculation.Role is { } role)
        {
            if (statementNames.ContainsKey(role.Value))
            {
                statementName = role.Value;
            }
            else
            {
                Report(SchemaDiagnosticDescriptors.UnknownConcept, role.Span, role.Value, $" as a statement of this taxonomy (a {What(calculation)}'s 'role' names a statement)" + NameRules.DidYouMean(role.Value, statementNames.Keys));
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
            var concept = context.ResolveConcept(item.Concept, this);
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

    /// <summary>The unit a concept names, or null (reported unless the unit was left out with an error of its own).</summary>
    private string? ResolveUnit(Located<string> unit)
    {
        if (Units.ContainsKey(unit.Value) || Documents.Any(d => d.Units.Any(u => u.Id.Value == unit.Value && !rejectedUnits.Contains(u))))
        {
            return unit.Value;
        }

        if (!leftOutUnits.Contains(unit.Value))
        {
            Report(SchemaDiagnosticDescriptors.UnknownUnit, unit.Span, unit.Value, NameRules.DidYouMean(unit.Value, Documents.SelectMany(d => d.Units).Select(u => u.Id.Value)));
        }

        return null;
    }

    private ResolvedConcept Resolve(ConceptDefinition concept, string filePath)
    {
        var unitId = concept.Unit is { } unit ? ResolveUnit(unit) : null;

        ConceptKey? replacedBy = null;
        if (concept.Deprecation?.ReplacedBy is { } replacement)
        {
            // Checked once all taxonomies are declared, in CheckReplacements.
            replacedBy = ConceptKey.Parse(replacement.Value, Prefix);
            pendingReplacements.Add((replacement, concept.Name.Value));
        }

        return new ResolvedConcept(
            new ConceptKey(Prefix, concept.Name.Value),
            ConceptRole.Item,
            concept.DataType,
            concept.PeriodType ?? ConceptPeriodType.Duration,
            concept.Balance,
            concept.IsAbstract,
            concept.IsNillable,
            unitId,
            concept.Labels,
            concept.Documentation,
            concept.References,
            concept.EnumerationValues.IsEmpty ? EquatableArray<string>.Empty : concept.EnumerationValues.Select(v => v.Value).ToEquatableArray(),
            concept.RangeMin,
            concept.RangeMax,
            concept.Deprecation is not null,
            concept.Deprecation?.Since,
            replacedBy,
            filePath);
    }

    private readonly List<(Located<string> Replacement, string Concept)> pendingReplacements = new();

    /// <summary>Concepts declared with an error (reported there) and left out: their uses are not reported again.</summary>
    private readonly HashSet<string> leftOutConcepts = new(StringComparer.Ordinal);

    /// <summary>Whether the concept was declared with an error and left out (see <see cref="TaxonomyDocument.LeftOutConcepts"/>).</summary>
    public bool IsLeftOut(string localName) => !Concepts.ContainsKey(localName) && leftOutConcepts.Contains(localName);

    private readonly HashSet<UnitDefinition> rejectedUnits = new();

    /// <summary>Units declared with an error (reported there) and left out: their uses are not reported again.</summary>
    private readonly HashSet<string> leftOutUnits = new(StringComparer.Ordinal);

    private void ResolveDefaultMember(AxisBuilder axis, ResolutionContext context)
    {
        if (axis.DefaultMember is not { } defaultMember || context.ResolveKey(defaultMember, this) is not { } key)
        {
            return;
        }

        if (key == axis.Domain || axis.MemberKeys.Contains(key))
        {
            axis.ResolvedDefault = key;
        }
        else
        {
            Report(SchemaDiagnosticDescriptors.MemberOutsideDomain, defaultMember.Span, defaultMember.Value, axis.Key.ToString());
        }
    }

    /// <summary>Checks every <c>replacedBy</c> names a concept; run after all taxonomies declared theirs.</summary>
    private void CheckReplacements(ResolutionContext context)
    {
        foreach (var (replacement, _) in pendingReplacements)
        {
            context.ResolveConcept(replacement, this);
        }
    }

    private void DeclareConcept(ResolvedConcept concept, SourceSpan span)
    {
        if (Concepts.TryGetValue(concept.Key.LocalName, out var existing))
        {
            Report(SchemaDiagnosticDescriptors.DuplicateDefinition, span, "The concept", concept.Key.ToString(), existing.Span);
            return;
        }

        var identifier = NameRules.ToCSharpIdentifier(concept.Key.LocalName);
        if (identifier == GeneratedNames.ConceptList)
        {
            Report(SchemaDiagnosticDescriptors.NameCollision, span, $"'{concept.Key}' becomes the C# name '{identifier}', which the generated concept catalog already has (the list of every concept)");
            return;
        }

        if (conceptsByIdentifier.TryGetValue(identifier, out var other))
        {
            Report(SchemaDiagnosticDescriptors.NameCollision, span, $"'{concept.Key}' and '{other.Name}' (at {other.Span}) both become the C# name '{identifier}'");
            return;
        }

        conceptsByIdentifier.Add(identifier, (concept.Key, span));
        Concepts.Add(concept.Key.LocalName, (concept, span));
    }

    private Dictionary<string, (ConceptKey Name, SourceSpan Span)> conceptsByIdentifier = new(StringComparer.Ordinal);

    private void DeclareAxis(AxisDefinition axis, TaxonomyDocument document)
    {
        var axisName = axis.Name.Value;
        var domainName = axis.Domain?.Value ?? (axisName.EndsWith("Axis", StringComparison.Ordinal) ? axisName.Substring(0, axisName.Length - 4) : axisName) + "Domain";
        var axisConcept = DimensionConcept(axisName, ConceptRole.Axis, axis.Label ?? NameRules.ToSentence(axisName), axis.Documentation, document.FilePath);
        var domainConcept = DimensionConcept(domainName, ConceptRole.Domain, NameRules.ToSentence(domainName), null, document.FilePath);
        DeclareConcept(axisConcept, axis.Name.Span);
        if (Concepts.TryGetValue(domainName, out var existingDomain) && existingDomain.Concept.Role == ConceptRole.Domain)
        {
            // Several axes may share one domain (XBRL allows it); the domain concept is declared once.
        }
        else
        {
            DeclareConcept(domainConcept, axis.Domain?.Span ?? axis.Name.Span);
        }

        if (Axes.ContainsKey(axisName))
        {
            return;
        }

        var builder = new AxisBuilder(axisConcept.Key, axisConcept.Label("standard", language ?? "en"), domainConcept.Key, axis.Name.Span, axis.Default);
        Axes.Add(axisName, builder);
        foreach (var member in axis.Members)
        {
            AddMember(builder, member, document.FilePath, Prefix);
        }
    }

    private void AddMember(AxisBuilder axis, MemberDefinition member, string filePath, string parentPrefixDefault)
    {
        var key = new ConceptKey(Prefix, member.Name.Value);
        var label = member.Label ?? NameRules.ToSentence(member.Name.Value.EndsWith("Member", StringComparison.Ordinal) && member.Name.Value.Length > 6 ? member.Name.Value.Substring(0, member.Name.Value.Length - 6) : member.Name.Value);
        var concept = DimensionConcept(member.Name.Value, ConceptRole.Member, label, member.Documentation, filePath);
        if (member.Terse is not null)
        {
            concept = concept with { Labels = concept.Labels.Concat(new[] { new LabelDefinition("terse", language ?? "en", member.Terse) }).ToEquatableArray() };
        }

        if (!Concepts.ContainsKey(member.Name.Value))
        {
            DeclareConcept(concept, member.Name.Span);
        }
        else if (Concepts[member.Name.Value].Concept.Role != ConceptRole.Member)
        {
            Report(SchemaDiagnosticDescriptors.DuplicateDefinition, member.Name.Span, "The concept", key.ToString(), Concepts[member.Name.Value].Span);
            return;
        }

        ConceptKey? parent = member.Parent is null ? null : ConceptKey.Parse(member.Parent, parentPrefixDefault);
        if (axis.MemberKeys.Contains(key))
        {
            Report(SchemaDiagnosticDescriptors.DuplicateDefinition, member.Name.Span, "The member", key.ToString(), $"the axis '{axis.Key}'");
            return;
        }

        var enumName = GeneratedNames.AxisMember(key.LocalName);
        if (axis.MembersByEnumName.TryGetValue(enumName, out var sameName))
        {
            // Members of one axis from two taxonomies (an extension adding to a base axis) share one enum.
            Report(SchemaDiagnosticDescriptors.NameCollision, member.Name.Span, $"'{key}' and '{sameName}' are both members of '{axis.Key}' and both become the enum member '{enumName}'");
            return;
        }

        axis.Members.Add(new ResolvedMember(key, parent, label));
        axis.MemberKeys.Add(key);
        axis.MembersByEnumName.Add(enumName, key);
    }

    private ResolvedConcept DimensionConcept(string name, ConceptRole role, string label, string? documentation, string filePath) =>
        new(
            new ConceptKey(Prefix, name),
            role,
            null,
            ConceptPeriodType.Duration,
            ConceptBalance.None,
            true,
            true,
            null,
            new[] { new LabelDefinition("standard", language ?? "en", label) }.ToEquatableArray(),
            documentation,
            EquatableArray<ReferenceDefinition>.Empty,
            EquatableArray<string>.Empty,
            null,
            null,
            false,
            null,
            null,
            filePath);

    private void MergeOptionalHeaderKeys(TaxonomyHeader other)
    {
        csharpNamespace = Once(csharpNamespace, other.CSharpNamespace, "csharpNamespace");
        defaultCurrency = Once(defaultCurrency, other.DefaultCurrency, "defaults.currency");
        if (other.DefaultDecimals is { } decimals)
        {
            if (defaultDecimals is { } existing && existing.Value != decimals.Value)
            {
                Report(SchemaDiagnosticDescriptors.TaxonomyMismatch, decimals.Span, $"'defaults.decimals' of the taxonomy '{Name}' is already set at {existing.Span}");
            }

            defaultDecimals ??= decimals;
        }

        version ??= other.Version;
        language ??= other.Language;
        imports.AddRange(other.Imports);
    }

    private Located<string>? Once(Located<string>? current, Located<string>? other, string key)
    {
        if (current is { } existing && other is { } next && (existing.Span != next.Span) && existing.Value != next.Value)
        {
            Report(SchemaDiagnosticDescriptors.TaxonomyMismatch, next.Span, $"'{key}' of the taxonomy '{Name}' is already set to '{existing.Value}' at {existing.Span}");
            return current;
        }

        return current ?? other;
    }

    private void Report(SchemaDiagnosticDescriptor descriptor, SourceSpan span, params object?[] arguments) =>
        diagnostics.Add(SchemaDiagnostic.Create(descriptor, span, arguments));

    /// <summary>An axis being assembled, possibly from several taxonomies.</summary>
    internal sealed class AxisBuilder
    {
        public AxisBuilder(ConceptKey key, string label, ConceptKey domain, SourceSpan span, Located<string>? defaultMember)
        {
            Key = key;
            Label = label;
            Domain = domain;
            Span = span;
            DefaultMember = defaultMember;
        }

        public ConceptKey Key { get; }

        public string Label { get; }

        public ConceptKey Domain { get; }

        public SourceSpan Span { get; }

        public Located<string>? DefaultMember { get; }

        public List<ResolvedMember> Members { get; } = new();

        /// <summary>The keys of <see cref="Members"/>, to find a repeated member in one step.</summary>
        public HashSet<ConceptKey> MemberKeys { get; } = new();

        /// <summary>The members by their generated enum member name, to find two that would collide in one step.</summary>
        public Dictionary<string, ConceptKey> MembersByEnumName { get; } = new(StringComparer.Ordinal);

        public ConceptKey? ResolvedDefault { get; set; }

        public ResolvedAxis Build() => new(Key, Label, Domain, ResolvedDefault ?? Domain, Members.ToEquatableArray());
    }
}
