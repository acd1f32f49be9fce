using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Writing;
using TypedTaxonomy.Tests.Mutations;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>
/// The writer and the parser agree: any valid taxonomy model, written and parsed back, is the same model (source spans
/// aside), and writing what was parsed gives the same text. Models are random: every type, period type and balance,
/// text with quotes, colons, '#', leading and trailing spaces, line breaks, tabs, control characters and unicode,
/// names YAML would read as booleans or null, references, axes with member trees, statements with nested line items,
/// calculations with weights and roll-forwards; and comments, which must never change the data.
/// </summary>
public sealed class TaxonomyFileWriterRoundTripTests
{
    private const ulong MasterSeed = 20261204;
    private const string Path = "schema/random.taxonomy.yaml";

    private static readonly Gen<string> Text = Gen.OneOf(
            "a", "Revenue", " ", "  ", "'", "\"", ":", ": ", "#", " #", "# ", "\\", "\n", "\r\n", "\r", "\t", "é", "中文", "😀",
            "\u2028", "\u2029", "\u0085", "\uFEFF", "\u0000", "\u007F", "-", "- ", "[", "]", "{", "}", ",", "&", "*", "!", "%", "@",
            "`", "|", ">", "?", "~", "0", "1.5", "true", "null", "No", "http://example.com/x", "$", "(", ")", "/", "+", ".", "=", "<<")
        .Array[0, 7]
        .Select(string.Concat);

    private static readonly Gen<string> TrickyName = Gen.OneOf("Yes", "No", "On", "Off", "Y", "N", "Null", "NULL", "True", "FALSE", "E1", "Inf", "NaN", "_");

    private static readonly Gen<string> ConceptName = Gen.Frequency(
        (4, Gen.Select(Gen.Char["ABCDXYZ_"], Gen.Char["abcxyz0129_.-"].Array[0, 8], (first, rest) => first + new string(rest))),
        (1, TrickyName));

    private static readonly Gen<string> Identifier = Gen.Frequency(
        (4, Gen.Select(Gen.Char["ABCDXYZ_"], Gen.Char["abcxyz0129_"].Array[0, 8], (first, rest) => first + new string(rest))),
        (1, TrickyName.Where(n => n != "_")));

    private static readonly Gen<string> Prefix = Gen.Frequency(
        (4, Gen.Select(Gen.Char["abcxyz"], Gen.Char["abc0-."].Array[0, 5], (first, rest) => first + new string(rest))),
        (1, Gen.OneOf("no", "yes", "on", "off", "y", "n", "true", "false", "null", "us-gaap", "ifrs-full")));

    private static readonly Gen<string> QName = Gen.Select(Prefix, ConceptName, (prefix, name) => prefix + ":" + name);

    private static readonly Gen<string> ConceptRef = Gen.Frequency((2, ConceptName), (1, QName));

    private static readonly Gen<string> Uri = Gen.OneOf(
        "http://example.com/taxonomy/2024", "https://x.org/role/A,B", "http://example.com/a#b", "urn:isbn:0451450523",
        "http://example.com/a b", "http://example.com/[x]", "http://example.com/a:", "https://example.com/é");

    private static readonly Gen<string> Language = Gen.OneOf("en", "zh-CN", "de", "en-US", "no", "x y", "true");

    private static readonly Gen<decimal> Number = Gen.Select(Gen.Int[-1_000_000, 1_000_000], Gen.Int[0, 4], (mantissa, scale) => mantissa / (decimal)Math.Pow(10, scale));

    private static readonly IReadOnlyList<string> Roles = TaxonomyFileParser.LabelRoles;

    [Fact]
    public void AnyValidModelWrittenAndParsedIsTheSameModelAndWritesTheSameText() =>
        ReproducibleSample.Run(Cases, CheckCase, MasterSeed, iterations: 1000, threads: 1, shrinkSeconds: 30, print: c => TaxonomyFileWriter.Write(c.Document, c.Comments));

    /// <summary>The generated models reach what the property is about; without this it could pass on trivial files.</summary>
    [Fact]
    public void TheGeneratedModelsCoverEveryKindOfEntry()
    {
        var pcg = new PCG(1, MasterSeed);
        var cases = Enumerable.Range(0, 200).Select(i => Cases.Generate(pcg, null, out _)).ToList();
        var concepts = cases.SelectMany(c => c.Document.Concepts).ToList();
        Assert.Equal(Enum.GetValues<ConceptDataType>().Length, concepts.Where(c => c.DataType is not null).Select(c => c.DataType).Distinct().Count());
        Assert.Equal(2, concepts.Select(c => c.PeriodType).Distinct().Count());
        Assert.Equal(3, concepts.Select(c => c.Balance).Distinct().Count());
        Assert.Contains(concepts, c => c.IsAbstract);
        Assert.Contains(concepts, c => c.RangeMin is not null && c.RangeMax is not null);
        Assert.Contains(concepts, c => c.Deprecation is { ReplacedBy: not null });
        Assert.Contains(concepts, c => c.References.Any(r => r.Text is null) && c.References.Any(r => r.Text is not null));
        Assert.Contains(concepts, c => c.Labels.Select(l => l.Language).Distinct().Count() > 1);
        Assert.Contains(concepts, c => c.Documentation is { } d && d.Contains('\n') && d.StartsWith(' '));
        Assert.Contains(concepts, c => c.Labels.Any(l => l.Text.Contains('"') && l.Text.Contains(':') && l.Text.Contains('#') && l.Text.Any(ch => ch > 127)));
        Assert.Contains(cases, c => c.Document.Axes.Any(a => a.Members.Any(m => m.Parent is not null)));
        Assert.Contains(cases, c => c.Document.Statements.Any(s => s.LineItems.Any(i => i.Depth > 1)));
        Assert.Contains(cases, c => c.Document.Calculations.Any(k => k.IsRollForward) && c.Document.Calculations.Any(k => !k.IsRollForward));
        Assert.Contains(cases, c => c.Document.Calculations.Any(k => k.Items.Any(i => i.Weight.Value is not (1m or -1m))));
        Assert.Contains(cases, c => c.Document.Units.Any(u => !u.Denominator.IsEmpty));
    }

    /// <summary>What a file would hold; a comment with a line break of any kind must stay a comment.</summary>
    [Fact]
    public void ACommentWithAnyLineBreakStaysAComment()
    {
        var header = new TaxonomyHeader(At("Demo"), At("demo"), At("http://example.com/demo"), null, null, null, EquatableArray<Located<string>>.Empty, null, null, default);
        var concept = new ConceptDefinition(At("Revenue"), ConceptRole.Item, ConceptDataType.Monetary, ConceptPeriodType.Duration, ConceptBalance.Credit, false, true, null,
            new[] { new LabelDefinition("standard", "en", "Revenue") }.ToEquatableArray(), null, EquatableArray<ReferenceDefinition>.Empty, EquatableArray<Located<string>>.Empty, null, null, null);
        var document = new TaxonomyDocument(Path, header, EquatableArray<UnitDefinition>.Empty, new[] { concept }.ToEquatableArray(),
            EquatableArray<AxisDefinition>.Empty, EquatableArray<StatementDefinition>.Empty, EquatableArray<CalculationDefinition>.Empty);
        foreach (var lineBreak in new[] { "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029" })
        {
            var comments = new TaxonomyFileComments();
            comments.Header.Add("first" + lineBreak + "units: {}");
            comments.AddAbove("above" + lineBreak + "Cost: { type: monetary }", "concepts", "Revenue");
            comments.SetOnLine("on the line" + lineBreak + "  type: string", "concepts", "Revenue", "type");
            var text = TaxonomyFileWriter.Write(document, comments);

            var parsed = TaxonomyFileParser.Parse(Path, text);

            Assert.Empty(parsed.Diagnostics);
            Assert.Equal(document, WithoutSpans(parsed.Document!));
            Assert.Equal(3, text.Split('\n').Count(l => l.Contains('#')));
        }
    }

    private static Gen<CalculationDefinition> Calculation { get; } =
        from total in ConceptRef
        from role in Optional(Identifier)
        from items in Gen.Select(ConceptRef, Gen.OneOf(1m, -1m, 1.0m, -1.0m, 2m, 0.5m)).Array[1, 4]
        from rollForward in Gen.Bool
        select new CalculationDefinition(
            At(total),
            role is null ? null : At(role),
            items.DistinctBy(i => i.Item1).Select(i => new CalculationItemDefinition(At(i.Item1), new Located<decimal>(i.Item2, default))).ToEquatableArray(),
            default,
            rollForward);

    private static Gen<string> Measure { get; } = Gen.Select(Prefix, Prefix, (prefix, local) => prefix + ":" + local);

    private static Gen<UnitDefinition> Unit { get; } =
        from id in Identifier
        from numerator in Measure.Array[1, 2]
        from denominator in Measure.Array[0, 1]
        select new UnitDefinition(At(id), numerator.Select(At).ToEquatableArray(), denominator.Select(At).ToEquatableArray());

    private static Gen<ReferenceDefinition> Reference { get; } = Gen.Frequency(
        (1, Text.Select(text => new ReferenceDefinition(text, null, null, null, null, null, null))),
        (2, from name in Optional(Text)
            from number in Optional(Text)
            from paragraph in Optional(Text)
            from section in Optional(Text)
            from publisher in Optional(Text)
            from uri in Optional(Uri)
            select new ReferenceDefinition(null, name, number, paragraph, section, publisher, uri)));

    private static Gen<AxisDefinition> Axis { get; } =
        from name in Gen.Frequency((3, ConceptName), (1, QName))
        from label in Optional(Text)
        from documentation in Optional(Text)
        from domain in Optional(ConceptName)
        from defaultMember in Optional(ConceptRef)
        from members in Gen.Select(ConceptName, Gen.Int[-1, 6], Optional(Text), Optional(Text)).Array[0, 7]
        select new AxisDefinition(At(name), label, documentation, domain is null ? null : At(domain), defaultMember is null ? null : At(defaultMember), MemberTree(members));

    private static Gen<StatementDefinition> Statement { get; } =
        from name in Identifier
        from role in Optional(Uri)
        from title in Optional(Text)
        from axes in ConceptRef.Array[0, 2]
        from required in ConceptRef.Array[0, 2]
        from items in Gen.Select(ConceptRef, Gen.Int[0, 3], Optional(Gen.OneOf(Roles.ToArray()))).Array[0, 8]
        select new StatementDefinition(At(name), role, title, axes.Select(At).ToEquatableArray(), required.Select(At).ToEquatableArray(), LineItems(items));

    private static Gen<Case> Cases { get; } =
        from language in Gen.Frequency((1, Gen.Const((string?)null)), (3, Language.Select(l => (string?)l)))
        from header in Header(language)
        from units in Unit.Array[0, 3]
        from concepts in Concept(language ?? "en").Array[0, 6]
        from axes in Axis.Array[0, 3]
        from statements in Statement.Array[0, 3]
        from calculations in Calculation.Array[0, 4]
        from comments in Text.Array[0, 4]
        select Build(header, units, concepts, axes, statements, calculations, comments);

    private static Gen<TaxonomyHeader> Header(string? language) =>
        from name in Identifier
        from prefix in Prefix
        from namespaceUri in Uri
        from csharpNamespace in Optional(Identifier.Array[1, 3].Select(parts => string.Join(".", parts)))
        from version in Optional(Text)
        from imports in Prefix.Array[0, 3]
        from currency in Optional(Identifier)
        from decimals in Gen.Frequency((2, Gen.Const((Located<int?>?)null)), (1, Gen.Const<Located<int?>?>(new Located<int?>(null, default))), (2, Gen.Int[-9, 9].Select(d => (Located<int?>?)new Located<int?>(d, default))))
        select new TaxonomyHeader(At(name), At(prefix), At(namespaceUri), csharpNamespace is null ? null : At(csharpNamespace), version, language,
            imports.Distinct(StringComparer.Ordinal).Select(At).ToEquatableArray(), currency is null ? null : At(currency), decimals, default);

    /// <summary>A concept as the parser gives it: the standard label in the file's language first, then its other roles, then translations.</summary>
    private static Gen<ConceptDefinition> Concept(string language) =>
        from name in ConceptName
        from isAbstract in Gen.Int[0, 4].Select(i => i == 0)
        from type in Gen.OneOf(Enum.GetValues<ConceptDataType>())
        from abstractHasType in Gen.Bool
        from periodType in Gen.OneOf(ConceptPeriodType.Instant, ConceptPeriodType.Duration)
        from balance in Gen.OneOf(ConceptBalance.None, ConceptBalance.Debit, ConceptBalance.Credit)
        from nillable in Gen.Bool
        from unit in Optional(Identifier)
        from standard in Text
        from roles in Gen.Select(Gen.Bool, Text).Array[Roles.Count]
        from translations in Gen.Select(Language, Gen.Select(Gen.Int[0, 2], Text).Array[Roles.Count]).Array[0, 2]
        from documentation in Optional(Text)
        from references in Reference.Array[0, 3]
        from values in Identifier.Array[1, 4]
        from range in Gen.Select(Optional(Number), Optional(Number))
        from deprecation in Gen.Frequency(
            (3, Gen.Const((DeprecationDefinition?)null)),
            (1, Gen.Select(Optional(Text), Optional(ConceptRef), (since, replacedBy) => (DeprecationDefinition?)new DeprecationDefinition(since, replacedBy is null ? null : At(replacedBy)))))
        let dataType = isAbstract && !abstractHasType ? (ConceptDataType?)null : type
        let numeric = dataType is { } t && t.IsNumeric()
        let labels = new[] { new LabelDefinition("standard", language, standard) }
            .Concat(Roles.Select((role, i) => (role, roles[i])).Where(r => r.role != "standard" && r.Item2.Item1).Select(r => new LabelDefinition(r.role, language, r.Item2.Item2)))
            .Concat(translations.Where(t => t.Item1 != language).DistinctBy(t => t.Item1)
                .SelectMany(t => Roles.Select((role, i) => (role, t.Item2[i])).Where(r => r.Item2.Item1 == 0).Select(r => new LabelDefinition(r.role, t.Item1, r.Item2.Item2))))
        select new ConceptDefinition(
            At(name),
            ConceptRole.Item,
            dataType,
            periodType,
            dataType == ConceptDataType.Monetary ? balance : ConceptBalance.None,
            isAbstract,
            nillable,
            numeric && unit is not null ? At(unit) : null,
            labels.ToEquatableArray(),
            documentation,
            references.ToEquatableArray(),
            dataType == ConceptDataType.Enumeration ? values.Distinct(StringComparer.Ordinal).Select(At).ToEquatableArray() : EquatableArray<Located<string>>.Empty,
            numeric ? Min(range.Item1, range.Item2) : null,
            numeric ? Max(range.Item1, range.Item2) : null,
            deprecation);

    private static Case Build(TaxonomyHeader header, UnitDefinition[] units, ConceptDefinition[] concepts, AxisDefinition[] axes, StatementDefinition[] statements, CalculationDefinition[] calculations, string[] commentTexts)
    {
        var document = new TaxonomyDocument(
            Path,
            header,
            units.DistinctBy(u => u.Id.Value).ToEquatableArray(),
            concepts.DistinctBy(c => c.Name.Value).ToEquatableArray(),
            axes.DistinctBy(a => a.Name.Value).ToEquatableArray(),
            statements.DistinctBy(s => s.Name.Value).ToEquatableArray(),
            calculations.Where(c => !c.IsRollForward).Concat(calculations.Where(c => c.IsRollForward)).ToEquatableArray());

        // Each comment goes above the file, above a concept, at the end of a concept's line and of its type's line.
        var comments = new TaxonomyFileComments();
        for (var i = 0; i < commentTexts.Length; i++)
        {
            comments.Header.Add(commentTexts[i]);
            if (document.Concepts.Count > 0)
            {
                var concept = document.Concepts[i % document.Concepts.Count].Name.Value;
                comments.AddAbove(commentTexts[i], "concepts", concept);
                comments.SetOnLine(commentTexts[i], "concepts", concept);
                comments.SetOnLine(commentTexts[i], "concepts", concept, "type");
            }
        }

        return new Case(document, comments);
    }

    private static void CheckCase(Case @case)
    {
        var text = TaxonomyFileWriter.Write(@case.Document, @case.Comments);
        var parsed = TaxonomyFileParser.Parse(Path, text);
        Assert.True(parsed.Diagnostics.IsEmpty, string.Join("\n", parsed.Diagnostics.Select(d => d.ToString())) + "\n" + text);
        var document = WithoutSpans(parsed.Document!);
        if (FirstDifference(@case.Document, document) is { } difference)
        {
            Assert.Fail($"The parsed model differs from the written one: {difference}\n{text}");
        }

        Assert.Equal(text, TaxonomyFileWriter.Write(parsed.Document!, @case.Comments));
    }

    /// <summary>The first element that differs, named, so that a failure says where; null when the models are equal.</summary>
    private static string? FirstDifference(TaxonomyDocument expected, TaxonomyDocument actual)
    {
        if (expected.Header != actual.Header)
        {
            return $"header\n  expected {expected.Header}\n  actual   {actual.Header}";
        }

        static string? First<T>(string what, EquatableArray<T> left, EquatableArray<T> right)
            where T : IEquatable<T>
        {
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                if (i >= left.Count || i >= right.Count || !left[i].Equals(right[i]))
                {
                    return $"{what} {i}\n  expected {(i < left.Count ? Describe(left[i]) : "nothing")}\n  actual   {(i < right.Count ? Describe(right[i]) : "nothing")}";
                }
            }

            return null;
        }

        return First("unit", expected.Units, actual.Units)
            ?? First("concept", expected.Concepts, actual.Concepts)
            ?? First("axis", expected.Axes, actual.Axes)
            ?? First("statement", expected.Statements, actual.Statements)
            ?? First("calculation", expected.Calculations, actual.Calculations);
    }

    private static string Describe(object? value) => value switch
    {
        ConceptDefinition c => $"{c} labels [{string.Join(" | ", c.Labels)}] references [{string.Join(" | ", c.References)}] values [{string.Join(", ", c.EnumerationValues.Select(v => v.Value))}]",
        AxisDefinition a => $"{a} members [{string.Join(" | ", a.Members)}]",
        StatementDefinition s => $"{s} lineItems [{string.Join(" | ", s.LineItems)}]",
        CalculationDefinition k => $"{k} items [{string.Join(" | ", k.Items)}]",
        UnitDefinition u => $"{u.Id.Value} = {string.Join(" * ", u.Numerator.Select(m => m.Value))} / {string.Join(" * ", u.Denominator.Select(m => m.Value))}",
        _ => value?.ToString() ?? "null",
    };

    /// <summary>The members as the parser lists them: depth first, each after its parent, siblings in order.</summary>
    private static EquatableArray<MemberDefinition> MemberTree((string Name, int Parent, string? Label, string? Documentation)[] generated)
    {
        var members = generated.DistinctBy(m => m.Name).ToList();
        var parents = members.Select((m, i) => m.Parent >= 0 && m.Parent < i ? members[m.Parent].Name : null).ToList();
        var ordered = new List<MemberDefinition>();
        void Add(string? parent)
        {
            for (var i = 0; i < members.Count; i++)
            {
                if (parents[i] == parent)
                {
                    ordered.Add(new MemberDefinition(At(members[i].Name), parent, members[i].Label, members[i].Documentation));
                    Add(members[i].Name);
                }
            }
        }

        Add(null);
        return ordered.ToEquatableArray();
    }

    /// <summary>Line items whose depth grows by at most one from one to the next, as nesting in the file allows.</summary>
    private static EquatableArray<LineItemDefinition> LineItems((string Concept, int Depth, string? Label)[] generated)
    {
        var items = new List<LineItemDefinition>();
        var depth = 0;
        foreach (var (concept, wanted, label) in generated)
        {
            depth = items.Count == 0 ? 0 : Math.Min(depth + 1, wanted);
            items.Add(new LineItemDefinition(At(concept), label, depth));
        }

        return items.ToEquatableArray();
    }

    private static decimal? Min(decimal? a, decimal? b) => a is { } x && b is { } y ? Math.Min(x, y) : a;

    private static decimal? Max(decimal? a, decimal? b) => a is { } x && b is { } y ? Math.Max(x, y) : b;

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Const((T?)null)), (2, gen.Select(value => (T?)value)));

    private static Gen<decimal?> Optional(Gen<decimal> gen) =>
        Gen.Frequency((1, Gen.Const((decimal?)null)), (2, gen.Select(value => (decimal?)value)));

    private static Located<T> At<T>(T value) => new(value, default);

    private static Located<T> Unlocated<T>(Located<T> located) => new(located.Value, default);

    private static Located<T>? Unlocated<T>(Located<T>? located) => located is { } l ? Unlocated(l) : null;

    private static EquatableArray<Located<T>> Unlocated<T>(EquatableArray<Located<T>> list) => list.Select(Unlocated).ToEquatableArray();

    /// <summary>The document with every source span cleared, to compare with a generated one.</summary>
    private static TaxonomyDocument WithoutSpans(TaxonomyDocument document) => document with
    {
        Header = document.Header with
        {
            Name = Unlocated(document.Header.Name),
            Prefix = Unlocated(document.Header.Prefix),
            NamespaceUri = Unlocated(document.Header.NamespaceUri),
            CSharpNamespace = Unlocated(document.Header.CSharpNamespace),
            Imports = Unlocated(document.Header.Imports),
            DefaultCurrency = Unlocated(document.Header.DefaultCurrency),
            DefaultDecimals = Unlocated(document.Header.DefaultDecimals),
            Span = default,
        },
        Units = document.Units.Select(u => new UnitDefinition(Unlocated(u.Id), Unlocated(u.Numerator), Unlocated(u.Denominator))).ToEquatableArray(),
        Concepts = document.Concepts.Select(c => c with
        {
            Name = Unlocated(c.Name),
            Unit = Unlocated(c.Unit),
            EnumerationValues = Unlocated(c.EnumerationValues),
            Deprecation = c.Deprecation is { } d ? d with { ReplacedBy = Unlocated(d.ReplacedBy) } : null,
        }).ToEquatableArray(),
        Axes = document.Axes.Select(a => a with
        {
            Name = Unlocated(a.Name),
            Domain = Unlocated(a.Domain),
            Default = Unlocated(a.Default),
            Members = a.Members.Select(m => m with { Name = Unlocated(m.Name) }).ToEquatableArray(),
        }).ToEquatableArray(),
        Statements = document.Statements.Select(s => s with
        {
            Name = Unlocated(s.Name),
            Axes = Unlocated(s.Axes),
            Required = Unlocated(s.Required),
            LineItems = s.LineItems.Select(i => i with { Concept = Unlocated(i.Concept) }).ToEquatableArray(),
        }).ToEquatableArray(),
        Calculations = document.Calculations.Select(c => c with
        {
            Total = Unlocated(c.Total),
            Role = Unlocated(c.Role),
            Items = c.Items.Select(i => new CalculationItemDefinition(Unlocated(i.Concept), Unlocated(i.Weight))).ToEquatableArray(),
            Span = default,
        }).ToEquatableArray(),
    };

    /// <summary>A generated model and the comments written with it.</summary>
    public sealed record Case(TaxonomyDocument Document, TaxonomyFileComments Comments);
}
