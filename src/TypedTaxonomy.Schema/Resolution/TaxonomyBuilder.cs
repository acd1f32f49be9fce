using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using static TypedTaxonomy.Schema.Resolution.TaxonomyResolver;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>
/// Collects one taxonomy's files and links them: declares their elements, runs the checks that need all of them, and
/// tells each file what its statements and calculations read of the set (<see cref="EnvironmentOf"/>); then builds the
/// taxonomy from its files resolved. Used by <see cref="TaxonomyResolver"/> only.
/// </summary>
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

    /// <summary>The taxonomy's files, in the order of their paths.</summary>
    public List<DeclaredFile> Files { get; } = new();

    /// <summary>The models of <see cref="Files"/>.</summary>
    public IEnumerable<TaxonomyDocument> Documents => Files.Select(f => f.Document!);

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

        records = Files.Select(f => f.RecordsIn(language ?? "en")).ToList();
        for (var f = 0; f < Files.Count; f++)
        {
            var document = Files[f].Document!;
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

            for (var i = 0; i < document.Concepts.Count; i++)
            {
                var concept = document.Concepts[i];
                DeclareConcept(Resolve(concept, records[f].Concepts[i]), concept.Name.Span);
            }

            for (var i = 0; i < document.Axes.Count; i++)
            {
                var axis = document.Axes[i];
                if (axis.Name.Value.IndexOf(':') >= 0)
                {
                    continue; // members added to another taxonomy's axis: handled once every axis is declared
                }

                DeclareAxis(axis, records[f].Axes[i]);
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
        for (var f = 0; f < Files.Count; f++)
        {
            var document = Files[f].Document!;
            for (var i = 0; i < document.Axes.Count; i++)
            {
                var axis = document.Axes[i];
                if (axis.Name.Value.IndexOf(':') < 0)
                {
                    continue;
                }

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

                for (var m = 0; m < axis.Members.Count; m++)
                {
                    AddMember(target, axis.Members[m], records[f].Axes[i].Members[m], parentPrefixDefault: Prefix);
                }
            }
        }
    }

    /// <summary>
    /// The checks of the taxonomy that need all its files, run once every taxonomy has declared its elements: the
    /// replacements and default members named, the generated types of axes and statements, the statements taken
    /// (a repeated name or a clash is reported and left out), the calculation roles, the default currency.
    /// </summary>
    public void Link(ResolutionContext context)
    {
        CheckReplacements(context);
        foreach (var axis in Axes.Values)
        {
            ResolveDefaultMember(axis, context);
        }

        var statementNames = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
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
            var taken = new bool[document.Statements.Count];
            for (var i = 0; i < taken.Length; i++)
            {
                var statement = document.Statements[i];
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
                taken[i] = true;
            }

            // A calculation's role names a statement of its own file or of one before it.
            var roles = document.Calculations
                .Select(c => c.Role is not { } role || statementNames.ContainsKey(role.Value) ? RoleCheck.Fine : new RoleCheck(false, NameRules.DidYouMean(role.Value, statementNames.Keys)))
                .ToArray();
            fileLinks.Add(document, (taken.ToEquatableArray(), roles.ToEquatableArray()));
        }

        currency = ResolveDefaultCurrency();
    }

    /// <summary>What the statements and calculations of one file of the taxonomy read of the set.</summary>
    public FileEnvironment EnvironmentOf(TaxonomyDocument document, ResolutionContext context)
    {
        var (taken, roles) = fileLinks[document];
        var used = FileResolver.NamesUsedBy(document, taken);
        var names = ImmutableArray.CreateBuilder<NameLookup>(used.Count);
        foreach (var (name, asConcept, asAxis) in used)
        {
            names.Add(context.LookUp(name, this, asConcept, asAxis));
        }

        return new FileEnvironment(header.NamespaceUri.Value, taken, roles, names.MoveToImmutable());
    }

    /// <summary>The taxonomy, with the statements and calculations of its files resolved (in the order of the files).</summary>
    public ResolvedTaxonomy Build(ResolutionContext context, IReadOnlyDictionary<string, ResolvedFile> resolved, List<SchemaDiagnostic> diagnostics)
    {
        var statements = new List<ResolvedStatement>();
        var calculations = new List<FileCalculation>();
        var rollForwards = new List<ResolvedCalculation>();
        foreach (var document in Documents)
        {
            if (!resolved.TryGetValue(document.FilePath, out var file))
            {
                continue;
            }

            statements.AddRange(file.Statements);
            foreach (var calculation in file.Calculations)
            {
                if (calculation.IsRollForward)
                {
                    rollForwards.Add(calculation.Calculation); // balances at two instants: no cycle through a summation is possible
                }
                else
                {
                    calculations.Add(calculation);
                }
            }
        }

        var acyclic = CalculationGraphCheck.RemoveCycles(calculations, diagnostics);
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
            Each(Units, u => u.Unit),
            Each(Concepts, c => c.Concept),
            Each(Axes, a => a.Build()),
            statements.ToEquatableArray(),
            acyclic.ToEquatableArray(),
            rollForwards.ToEquatableArray(),
            Documents.Select(d => d.FilePath).ToEquatableArray());
    }

    /// <summary>What <paramref name="make"/> makes of each value of <paramref name="table"/>, in its order, in an array of the exact size.</summary>
    private static EquatableArray<T> Each<TValue, T>(Dictionary<string, TValue> table, Func<TValue, T> make)
        where T : IEquatable<T>
    {
        var items = ImmutableArray.CreateBuilder<T>(table.Count);
        foreach (var value in table.Values)
        {
            items.Add(make(value));
        }

        return items.MoveToImmutable();
    }

    /// <summary>Per file: which statements are taken, and whether each calculation's role names a statement.</summary>
    private readonly Dictionary<TaxonomyDocument, (EquatableArray<bool> Statements, EquatableArray<RoleCheck> Roles)> fileLinks = new(ByReference.Instance);

    private string? currency;

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

    /// <summary>The record of a concept, its unit cleared when the unit is not one of the taxonomy's (reported).</summary>
    private ResolvedConcept Resolve(ConceptDefinition concept, ResolvedConcept record)
    {
        var unitId = concept.Unit is { } unit ? ResolveUnit(unit) : null;
        if (concept.Deprecation?.ReplacedBy is { } replacement)
        {
            // Checked once all taxonomies are declared, in CheckReplacements.
            pendingReplacements.Add((replacement, concept.Name.Value));
        }

        return unitId == record.UnitId ? record : record with { UnitId = unitId };
    }

    /// <summary>The records of <see cref="Files"/>' declarations, in the taxonomy's language.</summary>
    private List<DeclaredFile.Records> records = new();

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

        // The concept whose C# name this one takes: one named so (a C# name has no '.' or '-'), or another renamed to it.
        var renamed = identifier != concept.Key.LocalName;
        (ConceptKey Name, SourceSpan Span)? other = null;
        if (renamed && Concepts.TryGetValue(identifier, out var named))
        {
            other = (named.Concept.Key, named.Span);
        }
        else if (renamedConcepts.TryGetValue(identifier, out var earlier))
        {
            other = earlier;
        }

        if (other is { } clash)
        {
            Report(SchemaDiagnosticDescriptors.NameCollision, span, $"'{concept.Key}' and '{clash.Name}' (at {clash.Span}) both become the C# name '{identifier}'");
            return;
        }

        if (renamed)
        {
            renamedConcepts.Add(identifier, (concept.Key, span));
        }

        Concepts.Add(concept.Key.LocalName, (concept, span));
    }

    /// <summary>
    /// The accepted concepts whose C# name is not their name ('.' and '-' made '_'), by that C# name: with
    /// <see cref="Concepts"/>, where every other concept is found by its C# name, the C# names taken.
    /// </summary>
    private readonly Dictionary<string, (ConceptKey Name, SourceSpan Span)> renamedConcepts = new(StringComparer.Ordinal);

    private void DeclareAxis(AxisDefinition axis, DeclaredFile.AxisRecords declared)
    {
        var axisName = axis.Name.Value;
        var domainName = DeclaredFile.Records.DomainName(axis);
        var axisConcept = declared.Axis!;
        var domainConcept = declared.Domain!;
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
        for (var m = 0; m < axis.Members.Count; m++)
        {
            AddMember(builder, axis.Members[m], declared.Members[m], Prefix);
        }
    }

    private void AddMember(AxisBuilder axis, MemberDefinition member, (ResolvedConcept Concept, string Label) record, string parentPrefixDefault)
    {
        var key = new ConceptKey(Prefix, member.Name.Value);
        var (concept, label) = record;

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

    /// <summary>Documents as objects: two files with the same path and text are still two files.</summary>
    private sealed class ByReference : IEqualityComparer<TaxonomyDocument>
    {
        public static ByReference Instance { get; } = new();

        public bool Equals(TaxonomyDocument? x, TaxonomyDocument? y) => ReferenceEquals(x, y);

        public int GetHashCode(TaxonomyDocument obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

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

        /// <summary>
        /// The axis as a statement sees it, made at the first look-up: statements are resolved once the set is linked,
        /// when no member is added any more, and every name of every file that uses the axis shares one.
        /// </summary>
        public AxisInfo Info => info ??= new AxisInfo(Key, Domain, Members.Select(m => m.Key).ToEquatableArray());

        private AxisInfo? info;

        public ResolvedAxis Build() => new(Key, Label, Domain, ResolvedDefault ?? Domain, Members.ToEquatableArray());
    }
}
