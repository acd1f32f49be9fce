using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Yaml;

namespace TypedTaxonomy.Schema.Parsing;

/// <summary>The outcome of parsing one schema file: the model (null when the file is unusable) and what was wrong.</summary>
/// <param name="Document">The model, or null when the file is unusable.</param>
/// <param name="Diagnostics">What was wrong.</param>
/// <param name="UnreadablePrefix">
/// For an unusable file, the prefix of its taxonomy when the text still tells it: while the file does not parse, the
/// uses of its names in other files are not reported again (its own diagnostic says nothing of it is generated).
/// </param>
public sealed record TaxonomyParseResult(TaxonomyDocument? Document, EquatableArray<SchemaDiagnostic> Diagnostics, string? UnreadablePrefix = null);

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
    private static readonly string[] MemberKeys = { "label", "terse", "documentation", "members" };
    private static readonly string[] StatementKeys = { "role", "title", "axes", "members", "required", "lineItems" };
    private static readonly string[] LineItemKeys = { "concept", "label", "lineItems" };
    private static readonly string[] CalculationKeys = { "total", "items", "role" };
    private static readonly string[] RollForwardKeys = { "balance", "changes", "role" };
    private static readonly string[] ReferenceKeys = { "name", "number", "paragraph", "section", "publisher", "uri" };
    private static readonly string[] DeprecatedKeys = { "since", "replacedBy" };
    private static readonly string[] RangeKeys = { "min", "max" };

    /// <summary>What a mistake in the 'taxonomy' block means for the generated code.</summary>
    private const string NothingOfThisFile = "; until this is fixed nothing of this file is generated";

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

    private static readonly string[] RequiredConceptKeys = { "type", "periodType" };

    // The keys of other levels each kind of element is read with (MappingReader's misplaced keys), made once.
    private static readonly (IReadOnlyCollection<string> Keys, string Hint)[] ConceptMisplaced =
    {
        (LabelRoles, "a label role, a key of 'labels': is it indented too little?"),
        (RangeKeys, "a key of 'range': is it indented too little?"),
        (DeprecatedKeys, "a key of 'deprecated': is it indented too little?"),
        (RootKeys, "a top-level key: is it indented too much?"),
        (AxisKeys, "a key of an axis: is this concept meant to be an axis, under 'axes'?"),
    };

    private static readonly (IReadOnlyCollection<string> Keys, string Hint)[] MemberMisplaced = { (AxisKeys, "a key of the axis: is it indented too much?") };
    private static readonly (IReadOnlyCollection<string> Keys, string Hint)[] LineItemMisplaced = { (StatementKeys, "a key of the statement: is it indented too much?") };
    private static readonly (IReadOnlyCollection<string> Keys, string Hint)[] LabelsMisplaced = { (ConceptKeys, "a key of the concept: is it indented too much?") };
    private static readonly (IReadOnlyCollection<string> Keys, string Hint)[] TopLevelMisplaced = { (RootKeys, "a top-level key: is it indented too much?") };

    private static readonly System.Text.RegularExpressions.Regex PrefixKey = new(@"(?m)(?:^|[{,\s])[""']?prefix[""']?\s*:\s*[""']?([^\s""',}\]#]+)");

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

        var unreadablePrefix = document is null && diagnostics.Any(d => d.Severity == SchemaSeverity.Error) ? PrefixWrittenIn(text) : null;
        return new TaxonomyParseResult(document, diagnostics.ToEquatableArray(), unreadablePrefix);
    }

    /// <summary>The value of the first <c>prefix</c> key of a text that does not parse (YAML or JSON), if it is a valid prefix.</summary>
    private static string? PrefixWrittenIn(string text)
    {
        // A match starts at most two characters (a separator, a quote) before its word 'prefix': the search starts
        // there, and a text without the word (a runaway one refused for its size) is not scanned by the expression.
        var first = text.IndexOf("prefix", StringComparison.Ordinal);
        if (first < 0)
        {
            return null;
        }

        var match = PrefixKey.Match(text, Math.Max(0, first - 2));
        return match.Success && NameRules.WhyNotPrefix(match.Groups[1].Value) is null ? match.Groups[1].Value : null;
    }

    private sealed class FileParser
    {
        private readonly string filePath;
        private readonly List<SchemaDiagnostic> diagnostics;
        private readonly List<Located<string>> leftOutConcepts = new();
        private readonly List<Located<string>> leftOutUnits = new();

        /// <summary>Keys found at another level than theirs (too little or too much indented), reported as unknown keys.</summary>
        private readonly List<(string Key, SourceSpan Span, int Diagnostic)> misplacedKeys = new();
        private string language = "en";

        public FileParser(string filePath, List<SchemaDiagnostic> diagnostics)
        {
            this.filePath = filePath;
            this.diagnostics = diagnostics;
        }

        public TaxonomyDocument? Parse(YamlMapping root)
        {
            var reader = Reader(
                root,
                "the taxonomy file",
                RootKeys,
                diagnostics,
                (HeaderKeys, "a key of the 'taxonomy' block: is it indented too little?"),
                (ConceptKeys, "a key of a concept: is it indented too little?"));
            var headerNode = reader.Mapping("taxonomy");
            if (headerNode is null)
            {
                if (!reader.Has("taxonomy") && !reader.Misspelt("taxonomy", NothingOfThisFile))
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, new SourceSpan(filePath, root.Span.StartOffset, root.Span.StartLine, root.Span.StartColumn, root.Span.StartOffset, root.Span.StartLine, root.Span.StartColumn), "A taxonomy file", "taxonomy"));
                    reader.Amend(diagnostics.Count - 1, NothingOfThisFile);
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

            var units = ParseUnits(reader.MappingOrTypo("units"));
            var concepts = new List<ConceptDefinition>();
            var conceptsNode = reader.MappingOrTypo("concepts");
            if (conceptsNode is null && reader.Node("concepts") is YamlSequence or YamlScalar { IsNull: false })
            {
                LeaveOutUnreadableConcepts(reader.Node("concepts")!);
            }

            var conceptEntries = NamedEntries(conceptsNode, "concept", conceptName: true, container: "the 'concepts' block", elementKeys: ConceptKeys).ToList();
            for (var i = 0; i < conceptEntries.Count; i++)
            {
                var (name, body) = conceptEntries[i];
                var concept = ParseConcept(name, body, i + 1 < conceptEntries.Count ? conceptEntries[i + 1].Name.Span.StartOffset : int.MaxValue);
                if (concept is not null)
                {
                    concepts.Add(concept);
                }
            }

            var axes = new List<AxisDefinition>();
            foreach (var (name, body) in NamedEntries(reader.MappingOrTypo("axes"), "axis", allowPrefix: true, conceptName: true, container: "the 'axes' block", elementKeys: AxisKeys))
            {
                axes.Add(ParseAxis(name, body));
            }

            var statements = new List<StatementDefinition>();
            foreach (var (name, body) in NamedEntries(reader.MappingOrTypo("statements"), "statement", container: "the 'statements' block", elementKeys: StatementKeys))
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
                calculations.ToEquatableArray(),
                leftOutConcepts.ToEquatableArray(),
                leftOutUnits.ToEquatableArray());
        }

        private TaxonomyHeader? ParseHeader(YamlMapping node)
        {
            var reader = Reader(
                node,
                "the 'taxonomy' block",
                HeaderKeys,
                diagnostics,
                (DefaultsKeys, "a key of 'defaults': is it indented too little?"),
                (RootKeys, "a top-level key: is it indented too much?"));
            var before = diagnostics.Count;
            var name = reader.RequiredLocated("name", NothingOfThisFile);
            var prefix = reader.RequiredLocated("prefix", NothingOfThisFile);
            var namespaceUri = reader.RequiredLocated("namespace", NothingOfThisFile);
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

            if (!valid)
            {
                // Each mistake that drops the header drops the file: say so where it is.
                foreach (var span in new[] { name?.Span, prefix?.Span, namespaceUri?.Span })
                {
                    for (var i = before; i < diagnostics.Count; i++)
                    {
                        if (span is { } s && diagnostics[i].Span == s)
                        {
                            reader.Amend(i, NothingOfThisFile);
                        }
                    }
                }
            }

            if (csharpNamespace is { } csns && NameRules.WhyNotNamespace(csns.Value) is { } whyNot)
            {
                // The code goes to another namespace meanwhile, so C# that uses this one fails: say so.
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, csns.Span, csns.Value, "C# namespace", whyNot + "; until this is fixed no code is generated in this namespace"));
                csharpNamespace = null;
            }

            var imports = reader.ScalarList("imports");
            Located<string>? currency = null;
            Located<int?>? decimals = null;
            if (reader.Mapping("defaults") is { } defaults)
            {
                var defaultsReader = Reader(defaults, "'defaults'", DefaultsKeys, diagnostics, (HeaderKeys, "a key of the 'taxonomy' block: is it indented too much?"));
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
                var before = diagnostics.Count;
                if (body is not YamlScalar { IsNull: false } scalar)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, body.Span, $"The unit '{name.Value}'", "a measure such as iso4217:USD or iso4217:USD / xbrli:shares", body.KindName));
                    LeaveOutUnit(name, before);
                    continue;
                }

                var parts = scalar.Value.Split('/');
                if (parts.Length > 2)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, scalar.Span, scalar.Value, "unit", "measures with at most one '/'"));
                    LeaveOutUnit(name, before);
                    continue;
                }

                var numerator = Measures(parts[0], scalar);
                var denominator = parts.Length == 2 ? Measures(parts[1], scalar) : new List<Located<string>>();
                if (numerator is not null && denominator is not null)
                {
                    units.Add(new UnitDefinition(name, numerator.ToEquatableArray(), denominator.ToEquatableArray()));
                }
                else
                {
                    LeaveOutUnit(name, before);
                }
            }

            return units;
        }

        /// <summary>A unit with an error: left out, still known so that its uses are not reported again; its diagnostics say so.</summary>
        private void LeaveOutUnit(Located<string> name, int firstDiagnostic)
        {
            leftOutUnits.Add(name);
            for (var i = firstDiagnostic; i < diagnostics.Count; i++)
            {
                diagnostics[i] = diagnostics[i] with { Message = diagnostics[i].Message + $"; until this is fixed the unit '{name.Value}' is not generated" };
            }
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

        /// <summary>A concept; <paramref name="nextConcept"/> is where the next one starts (a key mis-indented before it is this one's).</summary>
        private ConceptDefinition? ParseConcept(Located<string> name, YamlNode body, int nextConcept)
        {
            if (body is not YamlMapping mapping)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, body.Span, $"The concept '{name.Value}'", "a mapping of its attributes", body.KindName));
                return null;
            }

            var before = diagnostics.Count;
            var reader = Reader(mapping, "concept", name.Value, ConceptKeys, ConceptMisplaced);
            var labels = ParseLabels(reader, name.Value);
            var deprecation = ParseDeprecation(reader);
            var isAbstract = reader.Bool("abstract") ?? false;
            var dataType = reader.Enum("type", DataTypes, "data type");
            var periodType = reader.Enum("periodType", PeriodTypes, "period type");
            var balance = reader.Enum("balance", Balances, "balance") ?? ConceptBalance.None;
            var valid = true;
            if (!isAbstract)
            {
                foreach (var required in RequiredConceptKeys)
                {
                    if (!reader.Has(required) && !reader.Misspelt(required, NotGenerated(name)) && !MisplacedWithin(required, name.Span.StartOffset, nextConcept, NotGenerated(name)))
                    {
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, name.Span, reader.OwnerAtStart, required));
                    }
                    else if (reader.Node(required) is YamlScalar { IsNull: true })
                    {
                        // An empty value reads as "not given"; without this the concept would be left out without a word.
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, reader.KeySpan(required)!.Value, reader.OwnerAtStart, required + "' with a value, not an empty '" + required));
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

            var seenValues = enumerationValues.Count == 0 ? null : new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in enumerationValues)
            {
                if (NameRules.WhyNotIdentifier(value.Value) is { } why)
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, value.Span, value.Value, "enumeration value", why));
                    valid = false;
                }
                else if (!seenValues!.Add(value.Value))
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.DuplicateDefinition, value.Span, "The enumeration value", value.Value, "earlier in this list"));
                    valid = false;
                }
            }

            decimal? rangeMin = null, rangeMax = null;
            if (reader.Mapping("range") is { } range)
            {
                var rangeReader = Reader(range, "'range'", RangeKeys, diagnostics);
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

            if (!valid)
            {
                // Left out of the generated code, but still declared, so that its uses are not reported again; the
                // mistakes that leave it out say so.
                var causes = new HashSet<SourceSpan>(enumerationValues.Select(v => v.Span)) { name.Span };
                foreach (var key in new[] { "type", "periodType" })
                {
                    if (reader.Node(key) is { } node)
                    {
                        causes.Add(node.Span);
                        causes.Add(reader.KeySpan(key)!.Value);
                    }
                }

                for (var i = before; i < diagnostics.Count; i++)
                {
                    if (diagnostics[i].Severity == SchemaSeverity.Error && causes.Contains(diagnostics[i].Span) && diagnostics[i].Id != SchemaDiagnosticDescriptors.UnknownKey.Id)
                    {
                        reader.Amend(i, NotGenerated(name));
                    }
                }

                leftOutConcepts.Add(name);
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
                reader.Node("references") is { } references ? ParseReferences(references).ToEquatableArray() : EquatableArray<ReferenceDefinition>.Empty,
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

            if (!HasStandardLabel(labels, language))
            {
                labels.Insert(0, new LabelDefinition("standard", language, NameRules.ToSentence(conceptName)));
            }

            return labels;
        }

        private static bool HasStandardLabel(List<LabelDefinition> labels, string language)
        {
            foreach (var label in labels)
            {
                if (label.Role == "standard" && label.Language == language)
                {
                    return true;
                }
            }

            return false;
        }

        private void AddLabelsByRole(YamlMapping? node, string labelLanguage, List<LabelDefinition> labels, bool standardGiven)
        {
            if (node is null)
            {
                return;
            }

            var reader = Reader(node, "'labels'", null, LabelRoles, LabelsMisplaced);
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
                        var reader = Reader(mapping, "a reference", ReferenceKeys, diagnostics);
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
                    var deprecatedReader = Reader(mapping, "'deprecated'", DeprecatedKeys, diagnostics);
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

            var reader = Reader(mapping, "axis", name.Value, AxisKeys, TopLevelMisplaced);
            var domain = reader.Located("domain");
            if (domain is { } d && NameRules.WhyNotConceptName(d.Value) is { } whyDomain)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, d.Span, d.Value, "domain", whyDomain));
                domain = null;
            }

            AddMembers(reader.MappingOrTypo("members"), null, members, $"the members of the axis '{name.Value}'");
            return new AxisDefinition(name, reader.String("label"), reader.String("documentation"), domain, reader.Located("default"), members.ToEquatableArray());
        }

        private void AddMembers(YamlMapping? node, string? parent, List<MemberDefinition> members, string container)
        {
            // Member trees are shallow in practice; the reader already bounded the depth, so recursion is safe.
            foreach (var (name, body) in NamedEntries(node, "member", conceptName: true, container: container, elementKeys: MemberKeys))
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

                var reader = Reader(mapping, "member", name.Value, MemberKeys, MemberMisplaced);
                members.Add(new MemberDefinition(name, parent, reader.String("label"), reader.String("documentation"), reader.String("terse")));
                if (reader.MappingOrTypo("members") is { } children)
                {
                    AddMembers(children, name.Value, members, $"the members of '{name.Value}'");
                }
            }
        }

        private StatementDefinition? ParseStatement(Located<string> name, YamlNode body)
        {
            if (body is not YamlMapping mapping)
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, body.Span, $"The statement '{name.Value}'", "a mapping", body.KindName));
                return null;
            }

            var reader = Reader(
                mapping,
                $"the statement '{name.Value}'",
                StatementKeys,
                diagnostics,
                (LineItemKeys, "a key of a line item: is it indented too little?"),
                (RootKeys, "a top-level key: is it indented too much?"));
            var lineItems = new List<LineItemDefinition>();
            var lineItemsNode = reader.Sequence("lineItems");
            if (lineItemsNode is null && !reader.Has("lineItems"))
            {
                var notGenerated = $"; until this is fixed the statement '{name.Value}' is not generated";
                if (!reader.Misspelt("lineItems", notGenerated))
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, name.Span, $"The statement '{name.Value}'", "lineItems"));
                    reader.Amend(diagnostics.Count - 1, notGenerated);
                }

                return null;
            }

            if (lineItemsNode is null && reader.Node("lineItems") is not YamlScalar { IsNull: true })
            {
                return null; // not a list: reported as such, and an empty statement would say it twice
            }

            AddLineItems(lineItemsNode, 0, lineItems);
            return new StatementDefinition(
                name,
                reader.String("role"),
                reader.String("title"),
                reader.ScalarList("axes").ToEquatableArray(),
                reader.ScalarList("required").ToEquatableArray(),
                lineItems.ToEquatableArray(),
                reader.ScalarList("members").ToEquatableArray());
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
                        var reader = Reader(mapping, "a line item", null, LineItemKeys, LineItemMisplaced);
                        var concept = reader.RequiredLocated("concept", "; until this is fixed the line item is left out");
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

            var reader = Reader(mapping, what.ToLowerInvariant(), null, rollForward ? RollForwardKeys : CalculationKeys, TopLevelMisplaced);
            var leftOut = $"; until this is fixed the {what.Substring(2).ToLowerInvariant()} is left out";
            var total = reader.RequiredLocated(totalKey, leftOut);
            var itemsNode = reader.Mapping(itemsKey);
            if (itemsNode is null && !reader.Has(itemsKey) && !reader.Misspelt(itemsKey, leftOut))
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, mapping.Span, what, itemsKey));
                reader.Amend(diagnostics.Count - 1, leftOut);
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

        /// <summary>
        /// The entries of a mapping from names to elements, with valid names. A name that is one of the element's own
        /// keys (<paramref name="elementKeys"/>: 'members' among axis names) is a key indented too little: it is reported
        /// as such, with the element it belongs to, and not read as an element.
        /// </summary>
        private IEnumerable<(Located<string> Name, YamlNode Body)> NamedEntries(YamlMapping? node, string what, bool allowPrefix = false, bool conceptName = false, string? container = null, IReadOnlyCollection<string>? elementKeys = null)
        {
            string? previous = null;
            foreach (var entry in node?.Entries ?? Array.Empty<KeyValuePair<YamlScalar, YamlNode>>())
            {
                var name = new Located<string>(entry.Key.Value, entry.Key.Span);
                if (elementKeys is not null && container is not null && elementKeys.Contains(entry.Key.Value))
                {
                    var hint = previous is null
                        ? $" (it is a key of {Article(what)} {what}, not {Article(what)} {what} name: is it indented too little?)"
                        : $" (it is a key of {Article(what)} {what}, so it looks indented too little: indent it under the {what} '{previous}' above)";
                    misplacedKeys.Add((name.Value, name.Span, diagnostics.Count));
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.UnknownKey, name.Span, name.Value, container, hint));
                    continue;
                }

                previous = entry.Key.Value;
                var localName = entry.Key.Value;
                var colon = localName.IndexOf(':');
                if (allowPrefix && colon > 0)
                {
                    if (NameRules.WhyNotPrefix(localName.Substring(0, colon)) is { } whyPrefix)
                    {
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, name.Span, localName, what, "its prefix is invalid: " + whyPrefix + $"; until this is fixed the {what} '{name.Value}' is not generated"));
                        continue;
                    }

                    localName = localName.Substring(colon + 1);
                }

                if (CheckName(name, what, conceptName ? NameRules.WhyNotConceptName(localName) : NameRules.WhyNotIdentifier(localName)))
                {
                    yield return (name, entry.Value);
                }
                else
                {
                    diagnostics[diagnostics.Count - 1] = diagnostics[diagnostics.Count - 1] with { Message = diagnostics[diagnostics.Count - 1].Message + $"; until this is fixed the {what} '{name.Value}' is not generated" };
                    if (what == "concept")
                    {
                        // Declared, if not generated: its uses, written with the same name, are not reported again.
                        leftOutConcepts.Add(name);
                    }
                }
            }
        }

        /// <summary>
        /// A 'concepts' section of the wrong shape (reported as such): the names it holds are left out, so that their
        /// uses are not reported again, and its diagnostic says so.
        /// </summary>
        private void LeaveOutUnreadableConcepts(YamlNode node)
        {
            foreach (var item in node is YamlSequence sequence ? sequence.Items : new[] { node })
            {
                switch (item)
                {
                    case YamlScalar { IsNull: false } scalar:
                        leftOutConcepts.Add(new Located<string>(scalar.Value, scalar.Span));
                        break;
                    case YamlMapping mapping:
                        leftOutConcepts.AddRange(mapping.Entries.Select(e => new Located<string>(e.Key.Value, e.Key.Span)));
                        break;
                }
            }

            for (var i = 0; i < diagnostics.Count; i++)
            {
                if (diagnostics[i].Id == SchemaDiagnosticDescriptors.WrongNodeKind.Id && diagnostics[i].Span == node.Span)
                {
                    diagnostics[i] = diagnostics[i] with { Message = diagnostics[i].Message + "; until this is fixed no concept of this file is generated" };
                }
            }
        }

        private MappingReader Reader(YamlMapping mapping, string owner, IReadOnlyCollection<string> knownKeys, List<SchemaDiagnostic> diagnostics, params (IReadOnlyCollection<string> Keys, string Hint)[] misplaced)
        {
            var reader = new MappingReader(mapping, owner, knownKeys, diagnostics, misplaced);
            misplacedKeys.AddRange(reader.Misplaced);
            return reader;
        }

        /// <summary>A reader of the mapping of the <paramref name="kind"/> <paramref name="name"/> ("the concept 'Revenue'"), or, without a name, of <paramref name="kind"/> itself.</summary>
        private MappingReader Reader(YamlMapping mapping, string kind, string? name, IReadOnlyCollection<string> knownKeys, (IReadOnlyCollection<string> Keys, string Hint)[] misplaced)
        {
            var reader = new MappingReader(mapping, kind, name, knownKeys, diagnostics, misplaced);
            if (reader.Misplaced.Count > 0)
            {
                misplacedKeys.AddRange(reader.Misplaced);
            }

            return reader;
        }

        /// <summary>What a mistake that leaves the concept <paramref name="name"/> out adds to its diagnostic.</summary>
        private static string NotGenerated(Located<string> name) => $"; until this is fixed the concept '{name.Value}' is not generated";

        /// <summary>
        /// Whether the absent <paramref name="key"/> of an element is written, mis-indented, between the element's name
        /// (at <paramref name="from"/>) and the next element (at <paramref name="to"/>): then the diagnostic of that key
        /// stands for both, with <paramref name="consequence"/> added.
        /// </summary>
        private bool MisplacedWithin(string key, int from, int to, string consequence)
        {
            foreach (var (misplaced, span, index) in misplacedKeys)
            {
                if (misplaced == key && span.StartOffset > from && span.StartOffset < to)
                {
                    if (!diagnostics[index].Message.EndsWith(consequence, StringComparison.Ordinal))
                    {
                        diagnostics[index] = diagnostics[index] with { Message = diagnostics[index].Message + consequence };
                    }

                    return true;
                }
            }

            return false;
        }

        private static string Article(string word) => "aeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

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
