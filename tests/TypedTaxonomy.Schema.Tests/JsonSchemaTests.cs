using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using NJsonSchema;
using NJsonSchema.Validation;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using YamlDotNet.Serialization;
using static TypedTaxonomy.Schema.Tests.SchemaTestKit;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>
/// schema/taxonomy.schema.json, the JSON Schema editors use for completion and squiggles, against the parser:
/// the shipped schema files and the documented examples validate, invalid snippets are rejected by both, and
/// the JSON Schema names exactly the keys the parser accepts.
/// </summary>
public sealed class JsonSchemaTests
{
    private const string ModeLine = "# yaml-language-server: $schema=";

    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(SchemaPath));

    private static string SchemaPath => Path.Combine(SchemaTestKit.RepositoryRoot(), "schema", "taxonomy.schema.json");

    public static IEnumerable<object[]> ShippedSchemaFiles() =>
        Directory.EnumerateFiles(Path.Combine(SchemaTestKit.RepositoryRoot(), "schema"), "*", SearchOption.AllDirectories)
            .Where(TaxonomyFileParser.IsTaxonomyFile)
            .Select(path => Path.GetRelativePath(SchemaTestKit.RepositoryRoot(), path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new object[] { path });

    [Fact]
    public void TheRepositoryShipsSchemaFiles() => Assert.NotEmpty(ShippedSchemaFiles());

    [Theory]
    [MemberData(nameof(ShippedSchemaFiles))]
    public async Task ShippedSchemaFileValidates(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(SchemaTestKit.RepositoryRoot(), relativePath));
        await AssertValid(relativePath, text);
    }

    [Theory]
    [MemberData(nameof(ShippedSchemaFiles))]
    public void ShippedYamlFileNamesTheSchemaOnItsFirstLine(string relativePath)
    {
        if (relativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return; // JSON has no comments; editors map JSON files to the schema in their settings.
        }

        var path = Path.Combine(SchemaTestKit.RepositoryRoot(), relativePath);
        var firstLine = File.ReadLines(path).First();
        Assert.StartsWith(ModeLine, firstLine, StringComparison.Ordinal);
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, firstLine.Substring(ModeLine.Length).Trim()));
        Assert.Equal(Path.GetFullPath(SchemaPath), target);
    }

    [Fact]
    public void TheModeLineOfASchemaFolderResolvesToTheSchema()
    {
        // schema/ifrs-full/x.taxonomy.yaml → ../taxonomy.schema.json → schema/taxonomy.schema.json
        var folder = Path.Combine(SchemaTestKit.RepositoryRoot(), "schema", "ifrs-full");
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(folder, "../taxonomy.schema.json"))));
    }

    [Fact]
    public async Task TheSchemaIsDraft07()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        Assert.Equal("http://json-schema.org/draft-07/schema#", document.RootElement.GetProperty("$schema").GetString());
        Assert.NotNull(await Schema.Value);
    }

    [Fact]
    public async Task AJsonFileNamingItsSchemaValidatesAndParsesClean()
    {
        // docs/schema-format.md: JSON files name their JSON Schema with a root "$schema" key.
        const string Json = """
            {
              "$schema": "https://example.com/schemas/taxonomy.schema.json",
              "taxonomy": { "name": "Demo", "prefix": "demo", "namespace": "http://example.com/demo" },
              "units": { "USD": "iso4217:USD" },
              "concepts": { "Revenue": { "type": "monetary", "periodType": "duration", "balance": "credit" } }
            }
            """;
        await AssertValid("a JSON file with \"$schema\"", Json);
        Assert.Empty(Check(("demo.taxonomy.json", Json)).Diagnostics);

        var misspelt = Json.Replace("\"$schema\"", "\"$schemas\"", StringComparison.Ordinal);
        Assert.NotEmpty(await Validate(misspelt));
        Assert.Contains(Check(("demo.taxonomy.json", misspelt)).Diagnostics, d => d.Id == "TAX0002");
    }

    [Fact]
    public async Task TheWholeFileOfTheFormatDocumentValidates()
    {
        var markdown = File.ReadAllText(Path.Combine(SchemaTestKit.RepositoryRoot(), "docs", "schema-format.md"));
        var section = markdown.Substring(markdown.IndexOf("## A whole small file", StringComparison.Ordinal));
        var yaml = YamlBlocks(section).First();
        Assert.Contains("calculations:", yaml, StringComparison.Ordinal);
        await AssertValid("docs/schema-format.md", yaml);
    }

    [Fact]
    public async Task EveryFixInTheDiagnosticPagesValidates()
    {
        var pages = Directory.GetFiles(Path.Combine(SchemaTestKit.RepositoryRoot(), "docs", "diagnostics"), "TAX*.md");
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var markdown = File.ReadAllText(page);
            var fix = markdown.IndexOf("## How to fix", StringComparison.Ordinal);
            Assert.True(fix >= 0, $"{Path.GetFileName(page)} has no 'How to fix' section");
            foreach (var yaml in YamlBlocks(markdown.Substring(fix)))
            {
                await AssertValid(Path.GetFileName(page), yaml);
            }
        }
    }

    /// <summary>A required key misspelt: one mistake, which the parser and the JSON Schema both report as an unknown key only.</summary>
    public static TheoryData<string, string, string> MisspeltRequiredKeys() => new()
    {
        { "items", "itmes", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: monetary, periodType: duration }\ncalculations:\n  - total: A\n    itmes: { B: 1 }\n" },
        { "changes", "chnges", Header + "\nconcepts:\n  A: { type: monetary, periodType: instant }\n  B: { type: monetary, periodType: duration }\nrollForwards:\n  - balance: A\n    chnges: { B: 1 }\n" },
        { "lineItems", "lineItem", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\nstatements:\n  S:\n    lineItem: [A]\n" },
        { "concept", "concpt", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\nstatements:\n  S:\n    lineItems: [A, { concpt: A, label: total }]\n" },
        { "total", "totl", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: monetary, periodType: duration }\ncalculations:\n  - totl: A\n    items: { B: 1 }\n" },
        { "periodType", "periodTyp", Header + "\nconcepts:\n  Revenue: { type: monetary, periodTyp: duration }\n" },
        { "type", "typ", Header + "\nconcepts:\n  Revenue: { typ: monetary, periodType: duration }\n" },
        { "prefix", "prefx", "taxonomy:\n  name: Demo\n  prefx: demo\n  namespace: http://example.com/demo\n" },
        { "taxonomy", "taxonmy", "taxonmy:\n  name: Demo\n" },
    };

    [Theory]
    [MemberData(nameof(MisspeltRequiredKeys))]
    public async Task AMisspeltRequiredKeyIsOneUnknownKeyForTheSchemaAndTheParser(string key, string typo, string yaml)
    {
        var diagnostic = Assert.Single(Diagnose(yaml));
        Assert.Equal("TAX0002", diagnostic.Id);
        Assert.Contains($"'{typo}'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"did you mean '{key}'", diagnostic.Message, StringComparison.Ordinal);

        var errors = Flatten(await Validate(yaml)).ToList();
        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == typo);
        Assert.DoesNotContain(errors, e => e.Kind == ValidationErrorKind.PropertyRequired);
    }

    [Fact]
    public void EachAllKeysKnownConditionListsItsMappingSKeys()
    {
        // "not": { "properties": { every key }, "additionalProperties": false } holds when some key is unknown; with a
        // key missing from it, a valid mapping using that key would lose its required keys.
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var checkedConditions = 0;
        Walk(document.RootElement, null);
        Assert.Equal(7, checkedConditions);

        void Walk(JsonElement element, JsonElement? mapping)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, mapping);
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (element.TryGetProperty("not", out var not) && not.TryGetProperty("properties", out var known) && not.TryGetProperty("additionalProperties", out var closed) && closed.ValueKind == JsonValueKind.False)
            {
                Assert.True(mapping.HasValue, "an all-keys-known condition outside a mapping");
                Assert.Equal(
                    mapping!.Value.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
                    known.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
                checkedConditions++;
                return;
            }

            var inner = element.TryGetProperty("properties", out _) && element.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False ? element : mapping;
            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, inner);
            }
        }
    }

    [Theory]
    [InlineData("items", "calculations:\n  - total: A\n")]
    [InlineData("lineItems", "statements:\n  S: { title: Empty }\n")]
    public async Task AMissingRequiredKeyIsStillRequired(string key, string body)
    {
        var errors = Flatten(await Validate(Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\n" + body)).ToList();

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PropertyRequired && e.Property == key);
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => new[] { e }.Concat(e is ChildSchemaValidationError child ? Flatten(child.Errors.SelectMany(b => b.Value)) : Enumerable.Empty<ValidationError>()));

    /// <summary>Snippets that the parser rejects with the given id; the JSON Schema must reject them too.</summary>
    public static TheoryData<string, string, string> InvalidSnippets() => new()
    {
        { "unknown key", "TAX0002", Header + "\nconcepts:\n  Revenue:\n    type: monetary\n    periodType: duration\n    balanse: credit\n" },
        { "unknown root key", "TAX0002", Header + "\nconcept:\n  Revenue: { type: monetary, periodType: duration }\n" },
        { "unknown key in a line item", "TAX0002", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\nstatements:\n  S:\n    lineItems:\n      - { concept: A, role: total }\n" },
        { "bad type enum", "TAX0004", Header + "\nconcepts:\n  Revenue: { type: money, periodType: duration }\n" },
        { "bad period type", "TAX0004", Header + "\nconcepts:\n  Revenue: { type: monetary, periodType: durations }\n" },
        { "bad balance", "TAX0004", Header + "\nconcepts:\n  Revenue: { type: monetary, periodType: duration, balance: debet }\n" },
        { "bad label role", "TAX0004", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\nstatements:\n  S:\n    lineItems:\n      - { concept: A, label: totals }\n" },
        { "decimals neither a number nor INF", "TAX0004", "taxonomy:\n  name: Demo\n  prefix: demo\n  namespace: http://example.com/demo\n  defaults: { decimals: thousands }\n" },
        { "namespace not a URI", "TAX0004", "taxonomy:\n  name: Demo\n  prefix: demo\n  namespace: not a uri\n" },
        { "measure not a QName", "TAX0004", "taxonomy:\n  name: Demo\n  prefix: demo\n  namespace: http://example.com/demo\nunits:\n  USD: USD\n" },
        { "weight 2", "TAX0017", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: monetary, periodType: duration }\ncalculations:\n  - total: A\n    items:\n      B: 2\n" },
        { "missing taxonomy.name", "TAX0003", "taxonomy:\n  prefix: demo\n  namespace: http://example.com/demo\n" },
        { "missing taxonomy block", "TAX0003", "concepts:\n  A: { type: monetary, periodType: duration }\n" },
        { "missing periodType", "TAX0003", Header + "\nconcepts:\n  Revenue: { type: monetary }\n" },
        { "enumeration without values", "TAX0003", Header + "\nconcepts:\n  Pattern: { type: enumeration, periodType: duration }\n" },
        { "statement without lineItems", "TAX0003", Header + "\nstatements:\n  S: { title: Empty }\n" },
        { "calculation without items", "TAX0003", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\ncalculations:\n  - total: A\n" },
        { "roll-forward without changes", "TAX0003", Header + "\nconcepts:\n  A: { type: monetary, periodType: instant }\nrollForwards:\n  - balance: A\n" },
        { "roll-forward weight 2", "TAX0017", Header + "\nconcepts:\n  A: { type: monetary, periodType: instant }\n  B: { type: monetary, periodType: duration }\nrollForwards:\n  - balance: A\n    changes:\n      B: 2\n" },
        { "concept name with a space", "TAX0007", Header + "\nconcepts:\n  Gross Profit: { type: monetary, periodType: duration }\n" },
        { "concept name starting with a digit", "TAX0007", Header + "\nconcepts:\n  1stQuarter: { type: monetary, periodType: duration }\n" },
        { "C# keyword in csharpNamespace", "TAX0007", "taxonomy:\n  name: Demo\n  prefix: demo\n  namespace: http://example.com/demo\n  csharpNamespace: Demo.event.Financials\n" },
        { "taxonomy name with '-'", "TAX0007", "taxonomy:\n  name: ifrs-full\n  prefix: ifrs-full\n  namespace: http://example.com/demo\n" },
        { "balance on a text concept", "TAX0026", Header + "\nconcepts:\n  Note: { type: string, periodType: duration, balance: debit }\n" },
        { "values on a monetary concept", "TAX0026", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration, values: [X, Y] }\n" },
        { "unit on a text concept", "TAX0026", Header + "\nconcepts:\n  Note: { type: string, periodType: duration, unit: USD }\n" },
        { "lineItems not a list", "TAX0024", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\nstatements:\n  S:\n    lineItems: { A: 1 }\n" },
        { "concepts as a list", "TAX0024", Header + "\nconcepts:\n  - Revenue\n" },
    };

    [Theory]
    [MemberData(nameof(InvalidSnippets))]
    public async Task InvalidSnippetIsRejectedByTheSchemaAndTheParser(string name, string id, string yaml)
    {
        Assert.Contains(Diagnose(yaml), d => d.Id == id && d.Severity == SchemaSeverity.Error);
        var errors = await Validate(yaml);
        Assert.True(errors.Count > 0, $"The JSON Schema accepts the invalid snippet '{name}':\n{yaml}");
    }

    /// <summary>Shapes the parser accepts without a diagnostic; the JSON Schema must accept them too.</summary>
    public static TheoryData<string, string> ValidSnippets() => new()
    {
        { "minimal file", Header + "\n" },
        { "concept and statement", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\nstatements:\n  S: { lineItems: [A] }\n" },
        { "header with every key", "taxonomy:\n  name: Demo\n  prefix: demo-x.y\n  namespace: http://example.com/demo\n  csharpNamespace: Demo.Financials\n  version: \"2024\"\n  language: zh-CN\n  imports: []\n  defaults: { currency: CNY, decimals: INF }\nunits:\n  CNY: iso4217:CNY\n" },
        { "negative decimals", "taxonomy:\n  name: Demo\n  prefix: demo\n  namespace: http://example.com/demo\n  defaults:\n    decimals: -3\n" },
        { "unit product and division", Header + "\n  PerShare: iso4217:USD / xbrli:shares\n  UsdShares: iso4217:USD*xbrli:shares\n" },
        { "every concept key", Header + "\n  Items: demo:item\nconcepts:\n  Ratio:\n    type: percent\n    periodType: instant\n    abstract: false\n    nillable: true\n    unit: Items\n    label: Ratio\n    labels: { terse: R, verbose: The ratio, negatedTerse: -R, documentation: Docs }\n    translations:\n      zh-CN: { standard: 比率, terse: 比 }\n    documentation: A ratio.\n    references:\n      - { name: IFRS, number: 8, paragraph: \"23\", section: a, publisher: IASB, uri: http://example.com }\n      - HKEX Listing Rules 4.05\n    range: { min: 0, max: 1.5 }\n    deprecated: { since: 2024, replacedBy: Other }\n  Other: { type: percent, periodType: instant }\n" },
        { "one reference as text", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration, references: IFRS 15 }\n" },
        { "one reference as a mapping", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration, references: { name: IFRS, number: \"15\" } }\n" },
        { "deprecated true", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration, deprecated: true, balance: credit }\n" },
        { "abstract heading", Header + "\nconcepts:\n  H: { abstract: true, label: Heading }\n" },
        { "enumeration with one value", Header + "\nconcepts:\n  E: { type: enumeration, periodType: duration, values: Only }\n" },
        { "label that reads as a number", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration, label: 2024 }\n" },
        { "members without attributes", Header + "\naxes:\n  PlatformAxis:\n    label: Platform\n    documentation: Business line.\n    domain: PlatformDomain\n    default: CloudMember\n    members:\n      CloudMember:\n      EdgeMember: {}\n      OtherMember:\n        label: Other\n        documentation: The rest.\n        members:\n          HardwareMember: { label: Hardware }\n" },
        { "axis without attributes", Header + "\naxes:\n  RangeAxis:\n" },
        { "statement with every key", Header + "\nconcepts:\n  H: { abstract: true }\n  A: { type: monetary, periodType: duration }\n  Cash: { type: monetary, periodType: instant }\naxes:\n  PlatformAxis: { members: { CloudMember: {} } }\nstatements:\n  S:\n    role: http://example.com/role/S\n    title: Statement\n    axes: PlatformAxis\n    required: [A]\n    lineItems:\n      - concept: H\n        lineItems:\n          - { concept: A, label: total }\n      - { concept: Cash, label: periodStart }\n      - { concept: Cash, label: periodEnd }\n" },
        { "calculation with role and negative weight", Header + "\nconcepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: monetary, periodType: duration }\n  C: { type: monetary, periodType: duration }\nstatements:\n  S: { lineItems: [A, B, C] }\ncalculations:\n  - total: A\n    role: S\n    items:\n      B: 1\n      C: -1\n" },
    };

    [Theory]
    [MemberData(nameof(ValidSnippets))]
    public async Task ValidSnippetIsAcceptedByTheSchemaAndTheParser(string name, string yaml)
    {
        Assert.True(Diagnose(yaml).Count == 0, $"'{name}': {string.Join("\n", Diagnose(yaml))}");
        await AssertValid(name, yaml);
    }

    [Fact]
    public async Task ForeignAxisTakesOnlyMembers()
    {
        var yaml = Header + "\naxes:\n  ifrs-full:SegmentsAxis:\n    members:\n      CloudMember: { label: Cloud }\n";
        await AssertValid("foreign axis", yaml);
        Assert.NotEmpty(await Validate(yaml.Replace("    members:", "    label: Segments\n    members:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CSharpKeywordsAreNotNames()
    {
        // The parser reports TAX0007 for a keyword; the schema says so with "not": { "enum": keywords }.
        var yaml = "taxonomy:\n  name: class\n  prefix: demo\n  namespace: http://example.com/demo\n";
        Assert.Contains(Diagnose(yaml), d => d.Id == "TAX0007");
        Assert.NotEmpty(await Validate(yaml));
    }

    /// <summary>The keys of each mapping of the format, as TaxonomyFileParser lists them.</summary>
    public static TheoryData<string, string[]> ParserKeys() => new()
    {
        { "/properties", new[] { "$schema", "taxonomy", "units", "concepts", "axes", "statements", "calculations", "rollForwards" } },
        { "/properties/taxonomy/properties", new[] { "name", "prefix", "namespace", "csharpNamespace", "version", "language", "imports", "defaults" } },
        { "/properties/taxonomy/properties/defaults/properties", new[] { "currency", "decimals" } },
        {
            "/definitions/concept/properties", new[]
            {
                "type", "periodType", "balance", "abstract", "nillable", "unit", "label", "labels", "translations",
                "documentation", "references", "values", "range", "deprecated",
            }
        },
        { "/definitions/axis/properties", new[] { "label", "documentation", "domain", "default", "members" } },
        { "/definitions/member/properties", new[] { "label", "terse", "documentation", "members" } },
        { "/definitions/statement/properties", new[] { "role", "title", "axes", "members", "required", "lineItems" } },
        { "/definitions/lineItem/anyOf/1/properties", new[] { "concept", "label", "lineItems" } },
        { "/definitions/calculation/properties", new[] { "total", "items", "role" } },
        { "/definitions/rollForward/properties", new[] { "balance", "changes", "role" } },
        { "/definitions/reference/anyOf/1/properties", new[] { "name", "number", "paragraph", "section", "publisher", "uri" } },
        { "/definitions/concept/properties/deprecated/anyOf/1/properties", new[] { "since", "replacedBy" } },
        { "/definitions/concept/properties/range/properties", new[] { "min", "max" } },
        { "/definitions/labels/properties", TaxonomyFileParser.LabelRoles.ToArray() },
    };

    [Theory]
    [MemberData(nameof(ParserKeys))]
    public void TheSchemaNamesExactlyTheKeysTheParserAccepts(string pointer, string[] keys)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var properties = Resolve(document.RootElement, pointer);
        var schemaKeys = properties.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(keys.OrderBy(k => k, StringComparer.Ordinal), schemaKeys.OrderBy(k => k, StringComparer.Ordinal));

        var owner = Resolve(document.RootElement, pointer.Substring(0, pointer.LastIndexOf('/')));
        Assert.True(owner.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False, $"{pointer}: unknown keys must be rejected");
        foreach (var property in properties.EnumerateObject())
        {
            Assert.True(property.Value.TryGetProperty("description", out _), $"{pointer}/{property.Name} has no description");
        }
    }

    [Fact]
    public void TheEnumsAreTheParsersSpellings()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var concept = Resolve(document.RootElement, "/definitions/concept/properties");
        Assert.Equal(
            Enum.GetValues<ConceptDataType>().Select(t => t.ToSchemaName()),
            concept.GetProperty("type").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "instant", "duration" }, concept.GetProperty("periodType").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "debit", "credit" }, concept.GetProperty("balance").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(
            TaxonomyFileParser.LabelRoles,
            Resolve(document.RootElement, "/definitions/labelRole/enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void EveryMappingRejectsUnknownKeys()
    {
        // A schema of "type": "object" is a mapping of the format. Branches of allOf/anyOf/dependencies that only
        // constrain the values of some keys have no "type" and must not close the mapping.
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var open = new List<string>();
        Walk(document.RootElement, "#", open);
        Assert.Empty(open);

        static void Walk(JsonElement element, string path, List<string> open)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "/" + i++, open);
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (element.TryGetProperty("type", out var type) && IsObject(type) &&
                (element.TryGetProperty("properties", out _) || element.TryGetProperty("patternProperties", out _)) &&
                (!element.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind == JsonValueKind.True))
            {
                open.Add(path);
            }

            foreach (var property in element.EnumerateObject())
            {
                Walk(property.Value, path + "/" + property.Name, open);
            }
        }

        static bool IsObject(JsonElement type) =>
            type.ValueKind == JsonValueKind.String ? type.GetString() == "object" : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.GetString() == "object");
    }

    /// <summary>
    /// YAML to JSON as an editor sees it: unquoted scalars become numbers, booleans and nulls (YAML 1.2 core
    /// schema), quoted ones stay strings. Without the typed deserialization every scalar would be a string.
    /// </summary>
    private static string ToJson(string yaml)
    {
        var value = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(yaml);
        return new SerializerBuilder().JsonCompatible().Build().Serialize(value);
    }

    private static async Task<ICollection<ValidationError>> Validate(string yamlOrJson)
    {
        var json = yamlOrJson.TrimStart().StartsWith('{') ? yamlOrJson : ToJson(yamlOrJson);
        return (await Schema.Value).Validate(json);
    }

    private static async Task AssertValid(string what, string yamlOrJson)
    {
        var errors = await Validate(yamlOrJson);
        Assert.True(errors.Count == 0, $"{what} does not validate against schema/taxonomy.schema.json:\n{Describe(errors, "  ")}");
    }

    private static string Describe(IEnumerable<ValidationError> errors, string indent)
    {
        var text = new StringBuilder();
        foreach (var error in errors)
        {
            text.Append(indent).Append(error.Kind).Append(" at ").Append(error.Path).Append(" (line ").Append(error.LineNumber).Append(')');
            if (error.Property is not null)
            {
                text.Append(" property '").Append(error.Property).Append('\'');
            }

            text.AppendLine();
            if (error is ChildSchemaValidationError child)
            {
                foreach (var branch in child.Errors)
                {
                    text.Append(Describe(branch.Value, indent + "  "));
                }
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> YamlBlocks(string markdown) =>
        Regex.Matches(markdown, "```yaml\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    private static JsonElement Resolve(JsonElement root, string pointer)
    {
        var element = root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            element = element.ValueKind == JsonValueKind.Array ? element[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : element.GetProperty(segment);
        }

        return element;
    }
}
