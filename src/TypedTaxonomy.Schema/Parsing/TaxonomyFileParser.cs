using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Yaml;

namespace TypedTaxonomy.Schema.Parsing;

/// <summary>The outcome of parsing one schema file: the model (null when the file is unusable) and what was wrong.</summary>
public sealed record TaxonomyParseResult(TaxonomyDocument? Document, EquatableArray<SchemaDiagnostic> Diagnostics);

/// <summary>
/// Turns one <c>*.taxonomy.yaml</c> / <c>*.taxonomy.json</c> file into a <see cref="TaxonomyDocument"/>.
/// Works on one file alone (names stay unresolved), so each file can be parsed and cached on its own.
/// An element with an error is left out of the model and the rest of the file is still read.
/// </summary>
public static class TaxonomyFileParser
{
    /// <summary>The file name endings the generator and the tool pick up.</summary>
    public static readonly IReadOnlyList<string> FileSuffixes = new[] { ".taxonomy.yaml", ".taxonomy.yml", ".taxonomy.json" };

    // "$schema" lets JSON files name their JSON Schema, as YAML files do with a comment.
    private static readonly string[] RootKeys = { "$schema", "taxonomy", "units", "concepts", "axes", "statements", "calculations", "rollForwards" };
    private static readonly string[] HeaderKeys = { "name", "prefix", "namespace", "csharpNamespace", "version", "language", "imports", "defaults" };
    private static readonly string[] DefaultsKeys = { "currency", "decimals" };
    private static readonly string[] ConceptKeys =
    {
        "type", "periodType", "balance", "abstract", "nillable", "unit", "label", "labels", "translations",
        "documentation", "references", "values", "range", "deprecated",
    };

    private static readonly string[] AxisKeys = { "label", "documentation", "domain", "default", "members" };
    private static readonly string[] MemberKeys = { "label", "documentation", "members" };
    private static readonly string[] StatementKeys = { "role", "title", "axes", "required", "lineItems" };
    private static readonly string[] LineItemKeys = { "concept", "label", "lineItems" };
    private static readonly string[] CalculationKeys = { "total", "items", "role" };
    private static readonly string[] RollForwardKeys = { "balance", "changes", "role" };
    private static readonly string[] ReferenceKeys = { "name", "number", "paragraph", "section", "publisher", "uri" };
    private static readonly string[] DeprecatedKeys = { "since", "replacedBy" };
    private static readonly string[] RangeKeys = { "min", "max" };

    /// <summary>The label roles of XBRL 2.1 the format names by their short form.</summary>
    public static readonly IReadOnlyList<string> LabelRoles = new[]
    {
        "standard", "terse", "verbose", "total", "negated", "negatedTotal", "negatedTerse", "periodStart", "periodEnd", "documentation",
    };

    private static readonly Dictionary<string, ConceptDataType> DataTypes = Enum.GetValues(typeof(ConceptDataType))
        .Cast<ConceptDataType>()
        .ToDictionary(t => t.ToSchemaName(), t => t, StringComparer.Ordinal);

    private static readonly Dictionary<string, ConceptPeriodType> PeriodTypes = new(StringComparer.Ordinal)
    {
        ["instant"] = ConceptPeriodType.Instant,
        ["duration"] = ConceptPeriodType.Duration,
    };

    private static readonly Dictionary<string, ConceptBalance> Balances = new(StringComparer.Ordinal)
    {
        ["debit"] = ConceptBalance.Debit,
        ["credit"] = ConceptBalance.Credit,
    };

    /// <summary>True when a file name has one of the <see cref="FileSuffixes"/>.</summary>
    public static bool IsTaxonomyFile(string path) =>
        FileSuffixes.Any(suffix => path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses one file. Never throws for bad input.</summary>
    public static TaxonomyParseResult Parse(string filePath, string text, YamlReaderLimits? limits = null)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        var root = YamlDocumentReader.Read(filePath, text, diagnostics, limits);
        TaxonomyDocument? document = null;
        if (root is YamlMapping mapping)
        {
            document = new FileParser(filePath, diagnostics).Parse(mapping);
        }
        else if (root is not null && !diagnostics.Any(d => d.Severity == SchemaSeverity.Error))
        {
            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, root.Span, "A taxonomy file", "a mapping with a 'taxonomy' key", root.KindName));
        }
        else if (root is null && diagnostics.Count == 0)
        {
            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, SourceSpan.StartOf(filePath), "The taxonomy file is empty; it", "taxonomy"));
        }

        return new TaxonomyParseResult(document, diagnostics.ToEquatableArray());
    }

    private sealed class FileParser
    {
        private readonly string filePath;
        private readonly List<SchemaDiagnostic> diagnostics;
        private string language = "en";

        public FileParser(string filePath, List<SchemaDiagnostic> diagnostics)
        {
            this.filePath = filePath;
            this.diagnostics = diagnostics;
        }

        public TaxonomyDocument? Parse(YamlMapping root)
        {
            var reader = new MappingReader(root, "the taxonomy file", RootKeys, diagnostics);
            var headerNode = reader.Mapping("taxonomy");
            if (headerNode is null)
            {
                if (!reader.Has("taxonomy"))
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, new SourceSpan(filePath, root.Span.StartOffset, root.Span.StartLine, root.Span.StartColumn, root.Span.StartOffset, root.Span.StartLine, root.Span.StartColumn), "A taxonomy file", "taxonomy"));
                }
                else if (reader.Node("taxonomy") is YamlScalar { IsNull: true } empty)
                {
                    // Reader.Mapping takes an empty value as "none given", which for this block would drop the file silently.
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, reader.KeySpan("taxonomy") ?? empty.Span, "'taxonomy' of the taxonomy file", "a mapping with 'name', 'prefix' and 'namespace'", empty.KindName));
                }

                return null;
            }

            var header = ParseHeader(headerNode);
            if (header is null)
            {
                return null;
            }

            var units = ParseUnits(reader.Mapping("units"));
            var concepts = new List<ConceptDefinition>();
            foreach (var (name, body) in NamedEntries(reader.Mapping("concepts"), "concept", conceptName: true))
            {
                var concept = ParseConcept(name, body);
                if (concept is not null)
                {
                    concepts.Add(concept);
                }
            }

            var axes = new List<AxisDefinition>();
            foreach (var (name, body) in NamedEntries(reader.Mapping("axes"), "axis", allowPrefix: true, conceptName: true))
            {
                axes.Add(ParseAxis(name, body));
            }

            var statements = new List<StatementDefinition>();
            foreach (var (name, body) in NamedEntries(reader.Mapping("statements"), "statement"))
            {
                var statement = ParseStatement(name, body);
                if (statement is not null)
                {
                    statements.Add(statement);
                }
            }

            var calculations = new List<CalculationDefinition>();
            foreach (var node in reader.Sequence("calculations")?.Items ?? Array.Empty<YamlNode>())
            {
                var calculation = ParseCalculation(node, rollForward: false);
                if (calculation is not null)
                {
                    calculations.Add(calculation);
                }
            }

            foreach (var node in reader.Sequence("rollForwards")?.Items ?? Array.Empty<YamlNode>())
            {
                var rollForward = ParseCalculation(node, rollForward: true);
                if (rollForward is not null)
                {
                    calculations.Add(rollForward);
                }
            }

            return new TaxonomyDocument(
                filePath,
                header,
                units.ToEquatableArray(),
                concepts.ToEquatableArray(),
                axes.ToEquatableArray(),
                statements.ToEquatableArray(),
                calculations.ToEquatableArray());
        }

        private TaxonomyHeader? ParseHeader(YamlMapping node)
        {
            var reader = new MappingReader(node, "the 'taxonomy' block", HeaderKeys, diagnostics);
            var name = reader.RequiredLocated("name");
            var prefix = reader.RequiredLocated("prefix");
            var namespaceUri = reader.RequiredLocated("namespace");
            var csharpNamespace = reader.Located("csharpNamespace");
            language = reader.String("language") ?? "en";

            var valid = name is not null && prefix is not null && namespaceUri is not null;
            if (name is { } n && CheckName(n, "taxonomy", NameRules.WhyNotIdentifier(n.Value)) is false)
            {
                valid = false;
            }

            if (prefix is { } p && CheckName(p, "prefix", NameRules.WhyNotPrefix(p.Value)) is false)
            {
                valid = false;
            }

            if (namespaceUri is { } ns && !Uri.TryCreate(ns.Value, UriKind.Absolute, out _))
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, ns.Span, ns.Value, "namespace", "an absolute URI such as http://www.example.com/taxonomy/2024"));
                valid = false;
            }

            if (csharpNamespace is { } csns && NameRules.WhyNotNamespace(csns.Value) is { } whyNot)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, csns.Span, csns.Value, "C# namespace", whyNot));
                csharpNamespace = null;
            }

            var imports = reader.ScalarList("imports");
            Located<string>? currency = null;
            Located<int?>? decimals = null;
            if (reader.Mapping("defaults") is { } defaults)
            {
                var defaultsReader = new MappingReader(defaults, "'defaults'", DefaultsKeys, diagnostics);
                currency = defaultsReader.Located("currency");
                if (defaultsReader.Scalar("decimals") is { } decimalsNode)
                {
                    decimals = ParseDecimalsAttribute(decimalsNode);
                }
            }

            return valid
                ? new TaxonomyHeader(name!.Value, prefix!.Value, namespaceUri!.Value, csharpNamespace, reader.String("version"), reader.String("language"), imports.ToEquatableArray(), currency, decimals, node.Span)
                : null;
        }

        private Located<int?>? ParseDecimalsAttribute(YamlScalar node)
        {
            if (node.Value == "INF")
            {
                return new Located<int?>(null, node.Span);
            }

            if (int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var places))
            {
                return new Located<int?>(places, node.Span);
            }

            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, node.Span, node.Value, "decimals", "a whole number such as -3, or INF"));
            return null;
        }

        private List<UnitDefinition> ParseUnits(YamlMapping? node)
        {
            var units = new List<UnitDefinition>();
            foreach (var (name, body) in NamedEntries(node, "unit"))
            {
                if (body is not YamlScalar { IsNull: false } scalar)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, body.Span, $"The unit '{name.Value}'", "a measure such as iso4217:USD or iso4217:USD / xbrli:shares", body.KindName));
                    continue;
                }

                var parts = scalar.Value.Split('/');
                if (parts.Length > 2)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, scalar.Span, scalar.Value, "unit", "measures with at most one '/'"));
                    continue;
                }

                var numerator = Measures(parts[0], scalar);
                var denominator = parts.Length == 2 ? Measures(parts[1], scalar) : new List<Located<string>>();
                if (numerator is not null && denominator is not null)
                {
                    units.Add(new UnitDefinition(name, numerator.ToEquatableArray(), denominator.ToEquatableArray()));
                }
            }

            return units;
        }

        private List<Located<string>>? Measures(string text, YamlScalar node)
        {
            var result = new List<Located<string>>();
            foreach (var raw in text.Split('*'))
            {
                var measure = raw.Trim();
                var colon = measure.IndexOf(':');
                if (colon <= 0 || colon == measure.Length - 1 || NameRules.WhyNotPrefix(measure.Substring(0, colon)) is not null || NameRules.WhyNotPrefix(measure.Substring(colon + 1)) is not null)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, node.Span, measure, "measure", "a QName such as iso4217:USD, xbrli:shares or xbrli:pure"));
                    return null;
                }

                result.Add(new Located<string>(measure, node.Span));
            }

            return result;
        }

        private ConceptDefinition? ParseConcept(Located<string> name, YamlNode body)
        {
            if (body is not YamlMapping mapping)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, body.Span, $"The concept '{name.Value}'", "a mapping of its attributes", body.KindName));
                return null;
            }

            var owner = $"the concept '{name.Value}'";
            var reader = new MappingReader(mapping, owner, ConceptKeys, diagnostics);
            var isAbstract = reader.Bool("abstract") ?? false;
            var dataType = reader.Enum("type", DataTypes, "data type");
            var periodType = reader.Enum("periodType", PeriodTypes, "period type");
            var balance = reader.Enum("balance", Balances, "balance") ?? ConceptBalance.None;
            var valid = true;
            if (!isAbstract)
            {
                foreach (var required in new[] { "type", "periodType" })
                {
                    if (!reader.Has(required))
                    {
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, name.Span, char.ToUpperInvariant(owner[0]) + owner.Substring(1), required));
                    }
                    else if (reader.Node(required) is YamlScalar { IsNull: true })
                    {
                        // An empty value reads as "not given"; without this the concept would be left out without a word.
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, reader.KeySpan(required)!.Value, char.ToUpperInvariant(owner[0]) + owner.Substring(1), required + "' with a value, not an empty '" + required));
                    }
                }

                valid = dataType is not null && periodType is not null;
            }

            if (balance != ConceptBalance.None && dataType is not null and not ConceptDataType.Monetary)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidConceptAttribute, reader.KeySpan("balance")!.Value, $"'{name.Value}' is {dataType.Value.ToSchemaName()}; only monetary concepts have a balance"));
                balance = ConceptBalance.None;
            }

            var enumerationValues = reader.ScalarList("values");
            if (enumerationValues.Count > 0 && dataType is not ConceptDataType.Enumeration)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidConceptAttribute, reader.KeySpan("values")!.Value, $"'{name.Value}' has 'values' but is not of type enumeration"));
            }
            else if (dataType is ConceptDataType.Enumeration && enumerationValues.Count == 0)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, name.Span, $"The enumeration concept '{name.Value}'", "values"));
                valid = false;
            }

            var seenValues = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in enumerationValues)
            {
                if (NameRules.WhyNotIdentifier(value.Value) is { } why)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, value.Span, value.Value, "enumeration value", why));
                    valid = false;
                }
                else if (!seenValues.Add(value.Value))
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.DuplicateDefinition, value.Span, "The enumeration value", value.Value, "earlier in this list"));
                    valid = false;
                }
            }

            decimal? rangeMin = null, rangeMax = null;
            if (reader.Mapping("range") is { } range)
            {
                var rangeReader = new MappingReader(range, "'range'", RangeKeys, diagnostics);
                rangeMin = rangeReader.Decimal("min");
                rangeMax = rangeReader.Decimal("max");
                if (dataType is not null && !dataType.Value.IsNumeric())
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidConceptAttribute, reader.KeySpan("range")!.Value, $"'{name.Value}' is {dataType.Value.ToSchemaName()}; only numeric concepts have a range"));
                }
                else if (rangeMin > rangeMax)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, range.Span, $"{rangeMin}..{rangeMax}", "range", "min not greater than max"));
                }
            }

            var unit = reader.Located("unit");
            if (unit is not null && dataType is not null && !dataType.Value.IsNumeric())
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidConceptAttribute, unit.Value.Span, $"'{name.Value}' is {dataType.Value.ToSchemaName()}; only numeric concepts have a unit"));
                unit = null;
            }

            var labels = ParseLabels(reader, name.Value);
            var deprecation = ParseDeprecation(reader);
            if (!valid)
            {
                return null;
            }

            return new ConceptDefinition(
                name,
                ConceptRole.Item,
                isAbstract ? dataType : dataType!.Value,
                isAbstract ? periodType ?? ConceptPeriodType.Duration : periodType!.Value,
                balance,
                isAbstract,
                reader.Bool("nillable") ?? true,
                unit,
                labels.ToEquatableArray(),
                reader.String("documentation"),
                ParseReferences(reader.Node("references")).ToEquatableArray(),
                enumerationValues.ToEquatableArray(),
                rangeMin,
                rangeMax,
                deprecation);
        }

        private List<LabelDefinition> ParseLabels(MappingReader reader, string conceptName)
        {
            var labels = new List<LabelDefinition>();
            var standard = reader.String("label");
            if (standard is not null)
            {
                labels.Add(new LabelDefinition("standard", language, standard));
            }

            AddLabelsByRole(reader.Mapping("labels"), language, labels, standard is not null);
            if (reader.Mapping("translations") is { } translations)
            {
                foreach (var entry in translations.Entries)
                {
                    if (entry.Value is YamlMapping byRole)
                    {
                        AddLabelsByRole(byRole, entry.Key.Value, labels, standardGiven: false);
                    }
                    else
                    {
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, entry.Value.Span, $"The translations into '{entry.Key.Value}'", "a mapping of label role to text", entry.Value.KindName));
                    }
                }
            }

            if (!labels.Any(l => l.Role == "standard" && l.Language == language))
            {
                labels.Insert(0, new LabelDefinition("standard", language, NameRules.ToSentence(conceptName)));
            }

            return labels;
        }

        private void AddLabelsByRole(YamlMapping? node, string labelLanguage, List<LabelDefinition> labels, bool standardGiven)
        {
            if (node is null)
            {
                return;
            }

            var reader = new MappingReader(node, "'labels'", LabelRoles, diagnostics);
            foreach (var role in LabelRoles)
            {
                if (reader.String(role) is { } text)
                {
                    if (role == "standard" && standardGiven)
                    {
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.DuplicateKey, reader.KeySpan(role)!.Value, "standard (also given as 'label')", node.Span.StartLine));
                        continue;
                    }

                    labels.Add(new LabelDefinition(role, labelLanguage, text));
                }
            }
        }

        private List<ReferenceDefinition> ParseReferences(YamlNode? node)
        {
            var references = new List<ReferenceDefinition>();
            IEnumerable<YamlNode> items = node switch
            {
                null => Array.Empty<YamlNode>(),
                YamlScalar { IsNull: true } => Array.Empty<YamlNode>(),
                YamlSequence sequence => sequence.Items,
                _ => new[] { node },
            };

            foreach (var item in items)
            {
                switch (item)
                {
                    case YamlScalar { IsNull: false } scalar:
                        references.Add(new ReferenceDefinition(scalar.Value, null, null, null, null, null, null));
                        break;
                    case YamlMapping mapping:
                        var reader = new MappingReader(mapping, "a reference", ReferenceKeys, diagnostics);
                        references.Add(new ReferenceDefinition(null, reader.String("name"), reader.String("number"), reader.String("paragraph"), reader.String("section"), reader.String("publisher"), reader.String("uri")));
                        break;
                    default:
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, item.Span, "A reference", "text or a mapping", item.KindName));
                        break;
                }
            }

            return references;
        }

        private DeprecationDefinition? ParseDeprecation(MappingReader reader)
        {
            var node = reader.Node("deprecated");
            switch (node)
            {
                case null:
                case YamlScalar { IsNull: true }:
                    return null;
                case YamlScalar:
                    return reader.Bool("deprecated") == true ? new DeprecationDefinition(null, null) : null;
                case YamlMapping mapping:
                    var deprecatedReader = new MappingReader(mapping, "'deprecated'", DeprecatedKeys, diagnostics);
                    return new DeprecationDefinition(deprecatedReader.String("since"), deprecatedReader.Located("replacedBy"));
                default:
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, node.Span, "'deprecated'", "true or a mapping with 'since' and 'replacedBy'", node.KindName));
                    return null;
            }
        }

        private AxisDefinition ParseAxis(Located<string> name, YamlNode body)
        {
            var members = new List<MemberDefinition>();
            if (body is YamlScalar { IsNull: true })
            {
                return new AxisDefinition(name, null, null, null, null, EquatableArray<MemberDefinition>.Empty);
            }

            if (body is not YamlMapping mapping)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, body.Span, $"The axis '{name.Value}'", "a mapping", body.KindName));
                return new AxisDefinition(name, null, null, null, null, EquatableArray<MemberDefinition>.Empty);
            }

            var reader = new MappingReader(mapping, $"the axis '{name.Value}'", AxisKeys, diagnostics);
            var domain = reader.Located("domain");
            if (domain is { } d && NameRules.WhyNotConceptName(d.Value) is { } whyDomain)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, d.Span, d.Value, "domain", whyDomain));
                domain = null;
            }

            AddMembers(reader.Mapping("members"), null, members);
            return new AxisDefinition(name, reader.String("label"), reader.String("documentation"), domain, reader.Located("default"), members.ToEquatableArray());
        }

        private void AddMembers(YamlMapping? node, string? parent, List<MemberDefinition> members)
        {
            // Member trees are shallow in practice; the reader already bounded the depth, so recursion is safe.
            foreach (var (name, body) in NamedEntries(node, "member", conceptName: true))
            {
                if (body is YamlScalar { IsNull: true })
                {
                    members.Add(new MemberDefinition(name, parent, null, null));
                    continue;
                }

                if (body is not YamlMapping mapping)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, body.Span, $"The member '{name.Value}'", "a mapping (or nothing)", body.KindName));
                    continue;
                }

                var reader = new MappingReader(mapping, $"the member '{name.Value}'", MemberKeys, diagnostics);
                members.Add(new MemberDefinition(name, parent, reader.String("label"), reader.String("documentation")));
                AddMembers(reader.Mapping("members"), name.Value, members);
            }
        }

        private StatementDefinition? ParseStatement(Located<string> name, YamlNode body)
        {
            if (body is not YamlMapping mapping)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, body.Span, $"The statement '{name.Value}'", "a mapping", body.KindName));
                return null;
            }

            var reader = new MappingReader(mapping, $"the statement '{name.Value}'", StatementKeys, diagnostics);
            var lineItems = new List<LineItemDefinition>();
            var lineItemsNode = reader.Sequence("lineItems");
            if (lineItemsNode is null && !reader.Has("lineItems"))
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, name.Span, $"The statement '{name.Value}'", "lineItems"));
                return null;
            }

            AddLineItems(lineItemsNode, 0, lineItems);
            return new StatementDefinition(
                name,
                reader.String("role"),
                reader.String("title"),
                reader.ScalarList("axes").ToEquatableArray(),
                reader.ScalarList("required").ToEquatableArray(),
                lineItems.ToEquatableArray());
        }

        private void AddLineItems(YamlSequence? node, int depth, List<LineItemDefinition> lineItems)
        {
            foreach (var item in node?.Items ?? Array.Empty<YamlNode>())
            {
                switch (item)
                {
                    case YamlScalar { IsNull: false } scalar:
                        lineItems.Add(new LineItemDefinition(new Located<string>(scalar.Value, scalar.Span), null, depth));
                        break;
                    case YamlMapping mapping:
                        var reader = new MappingReader(mapping, "a line item", LineItemKeys, diagnostics);
                        var concept = reader.RequiredLocated("concept");
                        var label = reader.Scalar("label");
                        if (label is not null && !LabelRoles.Contains(label.Value))
                        {
                            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, label.Span, label.Value, "label role", "one of " + string.Join(", ", LabelRoles) + NameRules.DidYouMean(label.Value, LabelRoles)));
                            label = null;
                        }

                        if (concept is not null)
                        {
                            lineItems.Add(new LineItemDefinition(concept.Value, label?.Value, depth));
                        }

                        AddLineItems(reader.Sequence("lineItems"), depth + 1, lineItems);
                        break;
                    default:
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, item.Span, "A line item", "a concept name or a mapping with 'concept'", item.KindName));
                        break;
                }
            }
        }

        /// <summary>A calculation (<c>total</c>, <c>items</c>) or a roll-forward (<c>balance</c>, <c>changes</c>): the same shape.</summary>
        private CalculationDefinition? ParseCalculation(YamlNode node, bool rollForward)
        {
            var (what, totalKey, itemsKey, itemWhat) = rollForward
                ? ("A roll-forward", "balance", "changes", "change")
                : ("A calculation", "total", "items", "contributing concept");
            if (node is not YamlMapping mapping)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, node.Span, what, $"a mapping with '{totalKey}' and '{itemsKey}'", node.KindName));
                return null;
            }

            var reader = new MappingReader(mapping, what.ToLowerInvariant(), rollForward ? RollForwardKeys : CalculationKeys, diagnostics);
            var total = reader.RequiredLocated(totalKey);
            var itemsNode = reader.Mapping(itemsKey);
            if (itemsNode is null && !reader.Has(itemsKey))
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, mapping.Span, what, itemsKey));
            }
            else if (reader.Node(itemsKey) is YamlScalar { IsNull: true })
            {
                // An empty 'items:' would otherwise drop the calculation without a word.
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, reader.KeySpan(itemsKey)!.Value, $"{what}'s '{itemsKey}'", "at least one " + itemWhat));
            }

            var items = new List<CalculationItemDefinition>();
            foreach (var entry in itemsNode?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
            {
                if (entry.Value is not YamlScalar { IsNull: false } weightNode)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, entry.Value.Span, $"The weight of '{entry.Key.Value}'", "1 or -1", entry.Value.KindName));
                    continue;
                }

                var weight = MappingReader.ParseDecimal(weightNode, "weight", diagnostics);
                if (weight is not null)
                {
                    items.Add(new CalculationItemDefinition(new Located<string>(entry.Key.Value, entry.Key.Span), new Located<decimal>(weight.Value, weightNode.Span)));
                }
            }

            if (itemsNode is not null && itemsNode.Entries.Count == 0)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, itemsNode.Span, $"{what}'s '{itemsKey}'", "at least one " + itemWhat));
            }

            return total is null || items.Count == 0 ? null : new CalculationDefinition(total.Value, reader.Located("role"), items.ToEquatableArray(), mapping.Span, rollForward);
        }

        private IEnumerable<(Located<string> Name, YamlNode Body)> NamedEntries(YamlMapping? node, string what, bool allowPrefix = false, bool conceptName = false)
        {
            foreach (var entry in node?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
            {
                var name = new Located<string>(entry.Key.Value, entry.Key.Span);
                var localName = entry.Key.Value;
                var colon = localName.IndexOf(':');
                if (allowPrefix && colon > 0)
                {
                    if (NameRules.WhyNotPrefix(localName.Substring(0, colon)) is { } whyPrefix)
                    {
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, name.Span, localName, what, "its prefix is invalid: " + whyPrefix));
                        continue;
                    }

                    localName = localName.Substring(colon + 1);
                }

                if (CheckName(name, what, conceptName ? NameRules.WhyNotConceptName(localName) : NameRules.WhyNotIdentifier(localName)))
                {
                    yield return (name, entry.Value);
                }
            }
        }

        private bool CheckName(Located<string> name, string what, string? whyNot)
        {
            if (whyNot is null)
            {
                return true;
            }

            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, name.Span, name.Value, what, whyNot));
            return false;
        }
    }
}
