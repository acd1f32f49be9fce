using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Generator.Specs;

/// <summary>
/// Turns the resolved taxonomies into the specs of the files to generate: decides every C# name, type and
/// documentation line. Output order is fixed (by hint name), whatever order the files came in.
/// </summary>
internal static class SpecBuilder
{
    private const string Runtime = "global::TypedTaxonomy.";

    /// <summary>Builds the specs of every generated file, in the order of their hint names.</summary>
    public static EquatableArray<SourceFileSpec> Build(TaxonomySet set) =>
        SpecSlice.Of(set).Select(Plan).OrderBy(f => f.HintName, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>
    /// Builds the spec of one generated file from its slice of the resolved set. It picks what it builds by the slice's
    /// key, so the same slice planned against the whole set gives the same spec: the test that a slice holds all that
    /// its file reads.
    /// </summary>
    public static SourceFileSpec Plan(SpecSlice slice)
    {
        var names = new NameTable(slice.Set);
        var taxonomy = names.Taxonomy(slice.Prefix);
        return slice.Kind switch
        {
            SliceKind.Catalog => CatalogFile(taxonomy, slice, names),
            SliceKind.Taxonomy => TaxonomyFile(taxonomy, slice.Holders, names),
            SliceKind.Axis => AxisFile(taxonomy, taxonomy.Axes.Single(a => a.Key.LocalName == slice.Key), names),
            SliceKind.Enumeration => EnumerationFile(taxonomy, taxonomy.Concepts.Single(c => c.Key.LocalName == slice.Key), names),
            SliceKind.Statement => StatementFile(taxonomy, taxonomy.Statements.Single(s => s.Name == slice.Key), names),
            _ => throw new ArgumentOutOfRangeException(nameof(slice), slice.Kind, "Not a kind of generated file."),
        };
    }

    private static string FileName(string path) => GeneratedNames.FileName(path);

    /// <summary>
    /// At most this many concepts are created by one holder class: a schema file with more gets several, so no
    /// generated initializer grows with the size of a file.
    /// </summary>
    public const int ConceptsPerHolder = 256;

    /// <summary>
    /// The part of a taxonomy's concept catalog declared in one schema file. Its concepts are created in the private
    /// holder classes the slice names, <see cref="ConceptsPerHolder"/> to a class, in the order of the file.
    /// </summary>
    private static ConceptCatalogFileSpec CatalogFile(ResolvedTaxonomy taxonomy, SpecSlice slice, NameTable names)
    {
        var className = GeneratedNames.ConceptsClass(taxonomy.Name);
        var concepts = taxonomy.Concepts.Where(c => c.FilePath == slice.Key).ToList();
        var holders = slice.Holders
            .Select((holder, index) => new ConceptHolderSpec(
                holder,
                concepts.Skip(index * ConceptsPerHolder).Take(ConceptsPerHolder).Select(c => ConceptSpecOf(taxonomy, c, holder, names)).ToEquatableArray()))
            .ToEquatableArray();
        return new ConceptCatalogFileSpec($"{taxonomy.CSharpNamespace}.{className}.{slice.Stem}.g.cs", taxonomy.CSharpNamespace, FileName(slice.Key), className, holders);
    }

    private static ConceptSpec ConceptSpecOf(ResolvedTaxonomy taxonomy, ResolvedConcept concept, string holder, NameTable names)
    {
        var arguments = new List<string>
        {
            $"new({GeneratedNames.TaxonomyClass(taxonomy.Name)}.Namespace, {CSharpText.Literal(concept.Key.Prefix)}, {CSharpText.Literal(concept.Key.LocalName)})",
            Runtime + "DataType." + (concept.DataType ?? ConceptDataType.String),
            Runtime + "PeriodType." + concept.PeriodType,
            Runtime + "Balance." + concept.Balance,
            "isAbstract: " + (concept.IsAbstract ? "true" : "false"),
            "isNillable: " + (concept.IsNillable ? "true" : "false"),
            "label: " + CSharpText.Literal(concept.Label("standard", taxonomy.Language)),
        };
        arguments.AddRange(concept.Labels
            .Where(l => !(l.Role == "standard" && l.Language == taxonomy.Language))
            .Select(l => $"new {Runtime}ConceptLabel({CSharpText.Literal(l.Role)}, {CSharpText.Literal(l.Language)}, {CSharpText.Literal(l.Text)})"));
        return new ConceptSpec(
            Identifier(concept.Key.LocalName),
            holder,
            "new(" + string.Join(", ", arguments) + ")",
            ConceptDoc(taxonomy, concept, "standard", names),
            ObsoleteMessage(concept));
    }

    private static string? ObsoleteMessage(ResolvedConcept concept) =>
        concept.IsDeprecated
            ? CSharpText.Literal($"{concept.Key} is deprecated" + (concept.DeprecatedSince is null ? string.Empty : " since " + concept.DeprecatedSince) + (concept.ReplacedBy is null ? "." : $"; use {concept.ReplacedBy} instead."))
            : null;

    private static DocComment ConceptDoc(ResolvedTaxonomy taxonomy, ResolvedConcept concept, string? labelRole, NameTable names)
    {
        var summary = CSharpText.Wrap(CSharpText.Xml(concept.Label(labelRole ?? "standard", taxonomy.Language))).ToList();
        var remarks = new List<string>();
        if (concept.Documentation is { Length: > 0 } documentation)
        {
            remarks.Add("<para>");
            remarks.AddRange(CSharpText.Wrap(CSharpText.Xml(documentation)));
            remarks.Add("</para>");
        }

        if (!concept.References.IsEmpty)
        {
            remarks.Add("<para>References: " + string.Join("; ", concept.References.Select(r => CSharpText.Xml(r.Display))) + ".</para>");
        }

        remarks.Add($"<para>Concept <c>{CSharpText.Xml(concept.Key.ToString())}</c>: {Describe(concept, names)}.</para>");
        return new DocComment(summary.ToEquatableArray(), remarks.ToEquatableArray());
    }

    private static string Describe(ResolvedConcept concept, NameTable names)
    {
        if (concept.Role != ConceptRole.Item)
        {
            return concept.Role.ToString().ToLowerInvariant();
        }

        if (concept.IsAbstract)
        {
            return "abstract heading";
        }

        var parts = new List<string> { concept.DataType!.Value.ToSchemaName() + " item", concept.PeriodType.ToString().ToLowerInvariant() + " period" };
        if (concept.Balance != ConceptBalance.None)
        {
            parts.Add(concept.Balance.ToString().ToLowerInvariant() + " balance");
        }

        if (concept.UnitId is not null && names.Unit(concept.Key.Prefix, concept.UnitId) is { } unit)
        {
            parts.Add("unit " + CSharpText.Xml(unit.Display));
        }

        if (concept.RangeMin is not null || concept.RangeMax is not null)
        {
            parts.Add($"from {Number(concept.RangeMin) ?? "any"} to {Number(concept.RangeMax) ?? "any"}");
        }

        if (!concept.IsNillable)
        {
            parts.Add("not nillable");
        }

        return string.Join(", ", parts);
    }

    private static TaxonomyFileSpec TaxonomyFile(ResolvedTaxonomy taxonomy, EquatableArray<string> conceptHolders, NameTable names)
    {
        var concepts = GeneratedNames.ConceptsClass(taxonomy.Name);
        var units = taxonomy.Units.Select(u => new UnitSpec(u.Id, CSharpText.Xml(u.Display), UnitExpression(u, names))).ToEquatableArray();
        var rules = RulePlan.For(names.Set, taxonomy);
        SetSummationSpec SetSpec(ResolvedCalculation c) =>
            new(names.ConceptExpression(c.Total), c.Items.Select(i => new SummationItemSpec(names.ConceptExpression(i.Concept), i.Weight)).ToEquatableArray());
        var setRanges = rules.Ranges
            .Select(c => new RangeSpec(string.Empty, DecimalLiteral(c.RangeMin), DecimalLiteral(c.RangeMax), names.ConceptExpression(c.Key)))
            .ToEquatableArray();
        return new TaxonomyFileSpec(
            $"{taxonomy.CSharpNamespace}.{GeneratedNames.TaxonomyClass(taxonomy.Name)}.g.cs",
            taxonomy.CSharpNamespace,
            string.Join(", ", taxonomy.FilePaths.Select(FileName)),
            GeneratedNames.TaxonomyClass(taxonomy.Name),
            concepts,
            GeneratedNames.UnitsClass(taxonomy.Name),
            CSharpText.Xml(taxonomy.Name),
            CSharpText.Literal(taxonomy.Prefix),
            CSharpText.Literal(taxonomy.NamespaceUri),
            taxonomy.Version is null ? null : CSharpText.Xml(taxonomy.Version),
            units,
            conceptHolders,
            rules.Taxonomies.Select(t => $"global::{t.CSharpNamespace}.{GeneratedNames.TaxonomyClass(t.Name)}").ToEquatableArray(),
            rules.Axes.Select(a => $"global::{names.Taxonomy(a.Key.Prefix).CSharpNamespace}.{GeneratedNames.AxisClass(a.Key.LocalName)}").ToEquatableArray(),
            rules.Summations.Select(SetSpec).ToEquatableArray(),
            setRanges,
            rules.Statements.Select(s => $"global::{s.Taxonomy.CSharpNamespace}.{GeneratedNames.StatementClass(s.Statement.Name)}").ToEquatableArray(),
            rules.RollForwards.Select(SetSpec).ToEquatableArray());
    }

    private static string UnitExpression(ResolvedUnit unit, NameTable names)
    {
        if (unit.IsCurrency)
        {
            return $"{Runtime}Unit.Currency({CSharpText.Literal(unit.Numerator[0].Substring("iso4217:".Length))})";
        }

        if (unit.Denominator.IsEmpty && unit.Numerator.Count == 1)
        {
            switch (unit.Numerator[0])
            {
                case "xbrli:shares": return Runtime + "Unit.Shares";
                case "xbrli:pure": return Runtime + "Unit.Pure";
            }
        }

        string Measures(EquatableArray<string> measures) =>
            "new[] { " + string.Join(", ", measures.Select(names.MeasureExpression)) + " }";

        return unit.Denominator.IsEmpty
            ? $"new {Runtime}Unit({Measures(unit.Numerator)})"
            : $"new {Runtime}Unit({Measures(unit.Numerator)}, {Measures(unit.Denominator)})";
    }

    private static AxisFileSpec AxisFile(ResolvedTaxonomy taxonomy, ResolvedAxis axis, NameTable names)
    {
        var enumName = names.AxisEnum(axis.Key).Name;
        var axisClass = GeneratedNames.AxisClass(axis.Key.LocalName);
        var members = axis.Members
            .Select(m => new EnumMemberSpec(
                GeneratedNames.AxisMember(m.Key.LocalName),
                names.QNameExpression(m.Key),
                CSharpText.Literal(m.Key.LocalName),
                CSharpText.Literal(m.Label),
                new DocComment(
                    new[] { CSharpText.Xml(m.Label) }.ToEquatableArray(),
                    new[] { $"<para>Member <c>{CSharpText.Xml(m.Key.ToString())}</c>" + (m.Parent is { } parent ? $", under <c>{CSharpText.Xml(parent.ToString())}</c>" : string.Empty) + ".</para>" }.ToEquatableArray()),
                names.ConceptExpression(m.Key)))
            .ToEquatableArray();
        var summary = new[] { $"The members of the axis {CSharpText.Xml(axis.Label)} (<c>{CSharpText.Xml(axis.Key.ToString())}</c>)." }.ToEquatableArray();
        var remarks = new[] { $"<para>Domain <c>{CSharpText.Xml(axis.Domain.ToString())}</c>; a fact reported without this axis belongs to the default member <c>{CSharpText.Xml(axis.Default.ToString())}</c>.</para>" }.ToEquatableArray();
        return new AxisFileSpec(
            $"{taxonomy.CSharpNamespace}.{enumName}.g.cs",
            taxonomy.CSharpNamespace,
            FileName(taxonomy.Concepts.First(c => c.Key == axis.Key).FilePath),
            enumName,
            axisClass,
            names.QNameExpression(axis.Key),
            names.ConceptExpression(axis.Key),
            names.QNameExpression(axis.Domain),
            names.QNameExpression(axis.Default),
            CSharpText.Xml(axis.Label),
            new DocComment(summary, remarks),
            members);
    }

    private static EnumerationFileSpec EnumerationFile(ResolvedTaxonomy taxonomy, ResolvedConcept concept, NameTable names)
    {
        var enumName = names.EnumerationEnum(concept.Key).Name;
        var members = concept.EnumerationValues
            .Select(v => new EnumMemberSpec(v, string.Empty, CSharpText.Literal(v), CSharpText.Literal(v), new DocComment(new[] { CSharpText.Xml(v) }.ToEquatableArray(), EquatableArray<string>.Empty)))
            .ToEquatableArray();
        var summary = new[] { $"The values of {CSharpText.Xml(concept.Label("standard", taxonomy.Language))} (<c>{CSharpText.Xml(concept.Key.ToString())}</c>)." }.ToEquatableArray();
        return new EnumerationFileSpec($"{taxonomy.CSharpNamespace}.{enumName}.g.cs", taxonomy.CSharpNamespace, FileName(concept.FilePath), enumName, enumName + "Converter", new DocComment(summary, EquatableArray<string>.Empty), members);
    }

    /// <summary>
    /// The stem of a check's names, after the value it checks; a second check of the same value (another role)
    /// gets a number.
    /// </summary>
    private static string CheckName(string property, string itemsSuffix, List<SummationSpec> earlier)
    {
        var stem = property;
        for (var i = 2; earlier.Any(existing => existing.ItemsField == stem + itemsSuffix); i++)
        {
            stem = property + i.ToString(CultureInfo.InvariantCulture);
        }

        return stem;
    }

    private static StatementFileSpec StatementFile(ResolvedTaxonomy taxonomy, ResolvedStatement statement, NameTable names)
    {
        var lineItems = new List<LineItemSpec>();
        var rows = new List<PresentationRowSpec>();
        var placeOfConcept = new Dictionary<ConceptKey, (string Property, string? ItemField)>();
        var openingOf = new Dictionary<ConceptKey, string>();
        var properties = new HashSet<string>(StringComparer.Ordinal);
        var isInstant = true;
        var hasMonetary = false;
        foreach (var item in statement.LineItems)
        {
            var concept = names.Concept(item.Concept);
            var label = concept.Label(item.PreferredLabel ?? "standard", taxonomy.Language);
            if (concept.IsAbstract)
            {
                rows.Add(new PresentationRowSpec(CSharpText.Literal(label), item.Depth, null, names.ConceptExpression(item.Concept), "null", null, LabelRole(item.PreferredLabel), null));
                continue;
            }

            var placeRole = GeneratedNames.PlaceRole(item.PreferredLabel, concept);
            var propertyName = GeneratedNames.LineItemProperty(concept.Key.LocalName, placeRole);

            var placement = GeneratedNames.Placement(item.PreferredLabel, concept);
            var isNumeric = concept.DataType!.Value.IsNumeric();
            var itemField = isNumeric ? GeneratedNames.Field(propertyName, "Item") : null;
            rows.Add(new PresentationRowSpec(CSharpText.Literal(label), item.Depth, propertyName, names.ConceptExpression(item.Concept), Runtime + "PeriodPlacement." + placement, names.Conversion(concept), LabelRole(item.PreferredLabel) + UnitArgument(names.UnitOf(taxonomy, concept)), itemField));
            if (placement != "Start" && !placeOfConcept.ContainsKey(concept.Key))
            {
                placeOfConcept.Add(concept.Key, (propertyName, itemField));
            }
            else if (placement == "Start" && itemField is not null && !openingOf.ContainsKey(concept.Key))
            {
                openingOf.Add(concept.Key, itemField);
            }
            if (!properties.Add(propertyName))
            {
                continue; // the same value shown again (say, a total under two headings): one property
            }

            // Opening and closing balances only make sense within a duration, whatever their own period type.
            isInstant &= concept.PeriodType == ConceptPeriodType.Instant && placeRole is null;
            hasMonetary |= concept.DataType == ConceptDataType.Monetary;
            lineItems.Add(new LineItemSpec(
                propertyName,
                itemField,
                concept.DataType is ConceptDataType.Integer or ConceptDataType.NonNegativeInteger,
                names.ClrType(concept),
                names.ConceptExpression(item.Concept),
                placement,
                concept.DataType == ConceptDataType.Monetary,
                concept.DataType!.Value.IsNumeric(),
                item.Depth,
                ConceptDoc(taxonomy, concept, item.PreferredLabel, names),
                ObsoleteMessage(concept)));
        }

        var axes = statement.Axes
            .Select(a =>
            {
                var (enumName, enumNamespace) = names.AxisEnum(a);
                var axis = names.Axis(a);
                var property = GeneratedNames.AxisProperty(a.LocalName);
                return new StatementAxisSpec(property, GeneratedNames.Field(property, "Member"), $"global::{enumNamespace}.{enumName}", $"global::{enumNamespace}.{GeneratedNames.AxisClass(a.LocalName)}", CSharpText.Xml(axis.Label));
            })
            .ToEquatableArray();

        var summations = new List<SummationSpec>();
        foreach (var calculation in names.CalculationsFor(taxonomy, statement))
        {
            if (!placeOfConcept.TryGetValue(calculation.Total, out var total) || total.ItemField is null
                || !calculation.Items.All(i => placeOfConcept.TryGetValue(i.Concept, out var place) && place.ItemField is not null))
            {
                continue; // only summations wholly inside the statement: an absent item would look like a wrong total
            }

            var stem = CheckName(total.Property, "SummationItems", summations);
            summations.Add(new SummationSpec(
                GeneratedNames.Field(stem, "Sum"),
                total.ItemField,
                names.ConceptExpression(calculation.Total),
                stem + "SummationItems",
                calculation.Items.Select(i => names.ConceptExpression(i.Concept)).ToEquatableArray(),
                calculation.Items.Select(i => new SummationItemSpec(placeOfConcept[i.Concept].ItemField!, i.Weight)).ToEquatableArray()));
        }

        foreach (var rollForward in names.RollForwardsFor(taxonomy, statement))
        {
            if (!openingOf.TryGetValue(rollForward.Total, out var opening) || !placeOfConcept.TryGetValue(rollForward.Total, out var closing) || closing.ItemField is null
                || !rollForward.Items.All(i => placeOfConcept.TryGetValue(i.Concept, out var place) && place.ItemField is not null))
            {
                continue; // only roll-forwards wholly inside the statement, with both balances shown
            }

            var stem = CheckName(closing.Property, "RollForwardItems", summations);
            summations.Add(new SummationSpec(
                GeneratedNames.Field(stem, "RollForward"),
                closing.ItemField,
                names.ConceptExpression(rollForward.Total),
                stem + "RollForwardItems",
                new[] { names.ConceptExpression(rollForward.Total) }.Concat(rollForward.Items.Select(i => names.ConceptExpression(i.Concept))).ToEquatableArray(),
                new[] { new SummationItemSpec(opening, 1) }.Concat(rollForward.Items.Select(i => new SummationItemSpec(placeOfConcept[i.Concept].ItemField!, i.Weight))).ToEquatableArray(),
                IsRollForward: true));
        }

        var required = statement.Required
            .Where(placeOfConcept.ContainsKey)
            .Select(r => new RequiredSpec(placeOfConcept[r].Property, names.ConceptExpression(r)))
            .ToEquatableArray();
        var ranges = placeOfConcept
            .Select(p => (Concept: names.Concept(p.Key), p.Value.Property))
            .Where(p => p.Concept.DataType!.Value.IsNumeric() && (p.Concept.RangeMin is not null || p.Concept.RangeMax is not null))
            .OrderBy(p => p.Property, StringComparer.Ordinal)
            .Select(p => new RangeSpec(p.Property, DecimalLiteral(p.Concept.RangeMin), DecimalLiteral(p.Concept.RangeMax), names.ConceptExpression(p.Concept.Key)))
            .ToEquatableArray();

        var currency = hasMonetary && taxonomy.DefaultCurrencyUnit is { } currencyId ? names.Unit(taxonomy.Prefix, currencyId) : null;
        var decimals = taxonomy.DefaultDecimals;
        var summary = CSharpText.Wrap(CSharpText.Xml(statement.Title)).ToEquatableArray();
        var remarks = new List<string>
        {
            $"<para>Presentation role <c>{CSharpText.Xml(statement.Role)}</c>, declared in {CSharpText.Xml(FileName(statement.FilePath))}.</para>",
            isInstant
                ? "<para>Every line item is a balance at the statement's instant.</para>"
                : "<para>Line items are flows over the statement's period; balances among them are taken at its end, opening balances at its start.</para>",
        };
        if (!axes.IsEmpty)
        {
            remarks.Add("<para>Reported in total or for one member of: " + string.Join(", ", axes.Select(a => a.Display)) + ".</para>");
        }

        return new StatementFileSpec(
            $"{taxonomy.CSharpNamespace}.{GeneratedNames.StatementClass(statement.Name)}.g.cs",
            taxonomy.CSharpNamespace,
            FileName(statement.FilePath),
            GeneratedNames.StatementClass(statement.Name),
            CSharpText.Literal(statement.Role),
            CSharpText.Literal(statement.Title),
            isInstant,
            statement.LineItems.Any(l => names.Concept(l.Concept).IsDeprecated),
            new DocComment(summary, remarks.ToEquatableArray()),
            hasMonetary,
            currency is null ? null : $"global::{taxonomy.CSharpNamespace}.{GeneratedNames.UnitsClass(taxonomy.Name)}.{currency.Id}",
            currency is null ? null : CSharpText.Xml(currency.Display),
            decimals is { } places ? $"{Runtime}Decimals.Of({places.ToString(CultureInfo.InvariantCulture)})" : Runtime + "Decimals.Infinite",
            decimals is { } p ? p.ToString(CultureInfo.InvariantCulture) : "INF",
            axes,
            lineItems.ToEquatableArray(),
            rows.ToEquatableArray(),
            summations.ToEquatableArray(),
            required,
            ranges);
    }

    private static string DecimalLiteral(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "m" : "null";

    private static string UnitArgument(string? unitExpression) => unitExpression is null ? string.Empty : ", Unit: " + unitExpression;

    private static string LabelRole(string? role) => role is null or "standard" ? string.Empty : ", " + CSharpText.Literal(role);

    /// <summary>The C# name of a concept, axis or member: XBRL names may hold '.' and '-'.</summary>
    private static string Identifier(string localName) => GeneratedNames.Identifier(localName);

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Lookups across the whole set: where each concept, axis and unit lives in C#.</summary>
    private sealed class NameTable
    {
        private readonly TaxonomySet set;
        private readonly Dictionary<string, ResolvedTaxonomy> byPrefix;
        private readonly Dictionary<ConceptKey, ResolvedConcept> concepts = new();
        private readonly Dictionary<ConceptKey, ResolvedAxis> axes = new();
        private readonly List<(ResolvedCalculation Calculation, string Owner, string Signature)> allCalculations = new();
        private readonly List<(ResolvedCalculation Calculation, string Owner, string Signature)> allRollForwards = new();

        public NameTable(TaxonomySet set)
        {
            this.set = set;
            byPrefix = set.Taxonomies.ToDictionary(t => t.Prefix, StringComparer.Ordinal);
            foreach (var taxonomy in set.Taxonomies)
            {
                // Every statement looks through every summation of the set: each signature is worked out once here,
                // not once per statement (at US-GAAP scale that was most of the generator's time on an edit).
                foreach (var calculation in taxonomy.Calculations)
                {
                    var signature = calculation.Signature();
                    allCalculations.Add((calculation, taxonomy.Prefix, signature));
                }

                foreach (var rollForward in taxonomy.RollForwards)
                {
                    var signature = rollForward.Signature();
                    allRollForwards.Add((rollForward, taxonomy.Prefix, signature));
                }

                foreach (var concept in taxonomy.Concepts)
                {
                    concepts[concept.Key] = concept;
                }

                foreach (var axis in taxonomy.Axes)
                {
                    axes[axis.Key] = axis;
                }
            }
        }

        public ResolvedConcept Concept(ConceptKey key) => concepts[key];

        public ResolvedTaxonomy Taxonomy(string prefix) => byPrefix[prefix];

        /// <summary>The (share of the) resolved set the names are looked up in.</summary>
        public TaxonomySet Set => set;

        /// <summary>
        /// The summations a statement checks: those of its own taxonomy scoped to it, and every unscoped one of
        /// the whole set (a calculation holds wherever its concepts are reported), each once.
        /// </summary>
        public IEnumerable<ResolvedCalculation> CalculationsFor(ResolvedTaxonomy owner, ResolvedStatement statement) =>
            ScopedTo(allCalculations, owner, statement);

        /// <summary>The roll-forwards a statement checks, chosen as its summations are.</summary>
        public IEnumerable<ResolvedCalculation> RollForwardsFor(ResolvedTaxonomy owner, ResolvedStatement statement) =>
            ScopedTo(allRollForwards, owner, statement);

        private static IEnumerable<ResolvedCalculation> ScopedTo(List<(ResolvedCalculation Calculation, string Owner, string Signature)> all, ResolvedTaxonomy owner, ResolvedStatement statement)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (calculation, calculationOwner, signature) in all)
            {
                var scopedHere = calculation.StatementName is null || (calculation.StatementName == statement.Name && calculationOwner == owner.Prefix);
                if (scopedHere && seen.Add(signature))
                {
                    yield return calculation;
                }
            }
        }

        public ResolvedAxis Axis(ConceptKey key) => axes[key];

        public string ConceptExpression(ConceptKey key)
        {
            var taxonomy = byPrefix[key.Prefix];
            return $"global::{taxonomy.CSharpNamespace}.{GeneratedNames.ConceptsClass(taxonomy.Name)}.{Identifier(key.LocalName)}";
        }

        public string QNameExpression(ConceptKey key)
        {
            var taxonomy = byPrefix[key.Prefix];
            return $"new {Runtime}QName(global::{taxonomy.CSharpNamespace}.{GeneratedNames.TaxonomyClass(taxonomy.Name)}.Namespace, {CSharpText.Literal(key.Prefix)}, {CSharpText.Literal(key.LocalName)})";
        }

        public string MeasureExpression(string measure)
        {
            var colon = measure.IndexOf(':');
            var prefix = measure.Substring(0, colon);
            var local = CSharpText.Literal(measure.Substring(colon + 1));
            return prefix switch
            {
                "iso4217" => $"new {Runtime}QName({Runtime}XbrlNamespaces.Iso4217, \"iso4217\", {local})",
                "xbrli" => $"new {Runtime}QName({Runtime}XbrlNamespaces.Xbrli, \"xbrli\", {local})",
                _ when byPrefix.TryGetValue(prefix, out var taxonomy) =>
                    $"new {Runtime}QName(global::{taxonomy.CSharpNamespace}.{GeneratedNames.TaxonomyClass(taxonomy.Name)}.Namespace, {CSharpText.Literal(prefix)}, {local})",
                _ => throw new InvalidOperationException($"The measure prefix '{prefix}' was not checked by the resolver."),
            };
        }

        public ResolvedUnit? Unit(string prefix, string id) =>
            byPrefix.TryGetValue(prefix, out var taxonomy) ? taxonomy.Units.FirstOrDefault(u => u.Id == id) : null;

        public (string Name, string Namespace) AxisEnum(ConceptKey axis)
        {
            var taxonomy = byPrefix[axis.Prefix];
            return (GeneratedNames.AxisEnum(axis.LocalName), taxonomy.CSharpNamespace);
        }

        public (string Name, string Namespace) EnumerationEnum(ConceptKey concept) =>
            (GeneratedNames.EnumerationEnum(concept.LocalName), byPrefix[concept.Prefix].CSharpNamespace);

        /// <summary>
        /// The unit of a non-monetary numeric concept: the one it names, else the one its type implies (shares,
        /// pure, currency per share in the taxonomy's currency). Null when none is known.
        /// </summary>
        public string? UnitOf(ResolvedTaxonomy statementTaxonomy, ResolvedConcept concept)
        {
            if (concept.DataType is not { } type || !type.IsNumeric() || type == ConceptDataType.Monetary)
            {
                return null;
            }

            if (concept.UnitId is { } unitId && byPrefix.TryGetValue(concept.Key.Prefix, out var owner))
            {
                return $"global::{owner.CSharpNamespace}.{GeneratedNames.UnitsClass(owner.Name)}.{unitId}";
            }

            return type switch
            {
                ConceptDataType.Shares => Runtime + "Unit.Shares",
                ConceptDataType.Pure or ConceptDataType.Percent => Runtime + "Unit.Pure",
                ConceptDataType.PerShare when statementTaxonomy.DefaultCurrencyUnit is { } currency =>
                    $"{Runtime}Unit.Divide(global::{statementTaxonomy.CSharpNamespace}.{GeneratedNames.UnitsClass(statementTaxonomy.Name)}.{currency}, {Runtime}Unit.Shares)",
                _ => null,
            };
        }

        /// <summary>The expression that turns the fact <c>fact</c> into the line item's value.</summary>
        public string Conversion(ResolvedConcept concept)
        {
            switch (concept.DataType)
            {
                case ConceptDataType.Integer or ConceptDataType.NonNegativeInteger:
                    return Runtime + "FactValues.ToInt64(fact)";
                case ConceptDataType.String or ConceptDataType.TextBlock:
                    return Runtime + "FactValues.ToText(fact)";
                case ConceptDataType.Date:
                    return Runtime + "FactValues.ToDate(fact)";
                case ConceptDataType.Boolean:
                    return Runtime + "FactValues.ToBoolean(fact)";
                case ConceptDataType.Duration:
                    return Runtime + "FactValues.ToDuration(fact)";
                case ConceptDataType.Enumeration:
                    var (name, ns) = EnumerationEnum(concept.Key);
                    return $"global::{ns}.{name}Converter.FromFact(fact)";
                default:
                    return Runtime + "FactValues.ToDecimal(fact)";
            }
        }

        public string ClrType(ResolvedConcept concept)
        {
            switch (concept.DataType)
            {
                case ConceptDataType.Integer or ConceptDataType.NonNegativeInteger:
                    return "long?";
                case ConceptDataType.String or ConceptDataType.TextBlock:
                    return "string?";
                case ConceptDataType.Date:
                    return "global::System.DateOnly?";
                case ConceptDataType.Boolean:
                    return "bool?";
                case ConceptDataType.Duration:
                    return Runtime + "IsoDuration?";
                case ConceptDataType.Enumeration:
                    var (name, ns) = EnumerationEnum(concept.Key);
                    return $"global::{ns}.{name}?";
                default:
                    return "decimal?";
            }
        }
    }
}
