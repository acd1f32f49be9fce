using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using TypedTaxonomy.Import.Packages;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;
using TypedTaxonomy.Xbrl.Packages;
using static TypedTaxonomy.Import.Dts.DtsNames;
using static TypedTaxonomy.Import.Linkbases.Arcroles;

namespace TypedTaxonomy.Import.Dts;

/// <summary>What an XBRL 2.1 processor found from one entry document.</summary>
/// <param name="Dts">The discovered taxonomy.</param>
/// <param name="Findings">Every finding, of the DTS and of the instance.</param>
/// <param name="Report">The instance as read, when the entry is an instance the reader accepts.</param>
/// <param name="Validation">The fact and calculation validation, when there is a report and <see cref="XbrlProcessorOptions.ApplyFactRules"/>.</param>
public sealed record XbrlProcessorResult(DtsSet Dts, IReadOnlyList<DtsFinding> Findings, XbrlReport? Report, ReportValidation? Validation)
{
    /// <summary>True when no finding is an error.</summary>
    public bool IsValid => !Findings.Any(f => f.IsError);
}

/// <summary>How <see cref="XbrlProcessor"/> validates.</summary>
public sealed record XbrlProcessorOptions
{
    /// <summary>How summations are checked (classic XBRL 2.1 by default, as the conformance suite expects).</summary>
    public CalculationMode Mode { get; init; } = CalculationMode.Classic;

    /// <summary>
    /// Taxonomy packages (folders or zips) whose catalogs map remote URLs of the DTS (US-GAAP, DEI, ...) to their files;
    /// a remote document that none maps is not fetched, and is a warning.
    /// </summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>
    /// Whether the instance's facts are validated against the DTS's concepts and summations (period types, units,
    /// decimals, calculations: <see cref="ReportValidator"/>); <c>check --dts</c> turns it off, having applied those
    /// rules from the schema files. The rules of the DTS and of the instance against it always apply.
    /// </summary>
    public bool ApplyFactRules { get; init; } = true;
}

/// <summary>
/// An XBRL 2.1 processor over an entry document (an instance, an Inline XBRL document, a taxonomy schema or a
/// linkbase): discovers the DTS, validates it (<see cref="DtsValidator"/>), and for an instance reads it, checks it
/// against the DTS (<see cref="InstanceValidator"/>) and validates its facts and calculations with
/// <see cref="ReportValidator"/> using the DTS's concepts and summation-item relationships.
/// <para>
/// Nothing is fetched from the network: remote documents are read from the taxonomy packages given. What lies in a
/// document that is not at hand is not judged: its locators, role references and facts of its namespaces are not
/// errors, and a summation with an item in it is not checked; each such document is one warning, and the facts and
/// summations left unchecked for that reason are counted in one more.
/// </para>
/// </summary>
public static class XbrlProcessor
{
    /// <summary>Validates from <paramref name="entryPath"/>.</summary>
    public static XbrlProcessorResult Validate(string entryPath, CalculationMode mode = CalculationMode.Classic) =>
        Validate(entryPath, new XbrlProcessorOptions { Mode = mode });

    /// <summary>
    /// Validates from <paramref name="entryPath"/>: a document, or a report in a report package (<c>filing.xbri</c>, or
    /// <c>filing.zip/top/reports/a.htm</c> for one of several; see <see cref="ReportPackage.Locate"/>), read in place.
    /// </summary>
    /// <exception cref="ImportException">A taxonomy package given, or the report package, cannot be used (the exception carries its <c>tpe:</c> or <c>rpe:</c> code).</exception>
    public static XbrlProcessorResult Validate(string entryPath, XbrlProcessorOptions options)
    {
        ArgumentNullException.ThrowIfNull(entryPath);
        ArgumentNullException.ThrowIfNull(options);
        using var packages = PackageFiles.Open(options.Packages);
        if (ReportPackage.Locate(entryPath) is { } packaged)
        {
            // A report in a report package: read in place, its DTS found from it inside the zip.
            entryPath = packages.AddReport(packaged.Package, packaged.Report);
        }

        var (dts, relationships, findings) = ValidateDts([entryPath], packages);
        if (!dts.ByPath.TryGetValue(Path.GetFullPath(entryPath), out var entry) || entry.Kind is not (DtsDocumentKind.Instance or DtsDocumentKind.InlineInstance))
        {
            return new XbrlProcessorResult(dts, findings, null, null);
        }

        XbrlReport report;
        try
        {
            using var stream = packages.OpenRead(entry.Path);
            report = XbrlReportFile.Read(stream, entry.Path);
        }
        catch (XbrlFormatException e)
        {
            findings.Add(new DtsFinding(e.Rule ?? "xbrl:instance", e.Reason, e.Document ?? entry.Path, e.Line, e.Column));
            return new XbrlProcessorResult(dts, findings, null, null);
        }

        InstanceValidator.Validate(dts, relationships, entry, report, findings);
        var concepts = Concepts(dts);
        ReportValidation? validation = null;
        var undecided = 0;
        if (options.ApplyFactRules)
        {
            var summations = Summations(dts, relationships, concepts, out undecided);
            validation = ReportValidator.Validate(WithTypedContent(dts, entry, report.Facts), new TaxonomyRules(n => concepts.GetValueOrDefault(n.ExpandedName), (_, _) => null, summations, []), options.Mode);
            foreach (var finding in validation.Result.Findings.Where(f => f.Severity != ValidationSeverity.Warning))
            {
                var location = finding.Fact?.Location;
                findings.Add(new DtsFinding(finding.Rule, finding.Message, location?.Document ?? entry.Path, location?.Line ?? 0, location?.Column ?? 0, IsInconsistency: finding.Severity == ValidationSeverity.Inconsistency));
            }
        }

        var unjudged = 0;
        var declaredNamespaces = dts.Schemas.Select(s => s.TargetNamespace).ToHashSet(StringComparer.Ordinal);
        foreach (var fact in validation?.UnknownConcepts ?? report.Facts.Where(f => !concepts.ContainsKey(f.ConceptName.ExpandedName)))
        {
            // A concept of a namespace whose schema is not at hand, or of one no schema declares when a schema could not
            // be read, is not a mistake of each fact: the missing schema is the one finding.
            var ns = fact.ConceptName.NamespaceUri;
            if (dts.UnavailableNamespaces.Contains(ns) || (dts.Unreadable.Count > 0 && !declaredNamespaces.Contains(ns)))
            {
                unjudged++;
                continue;
            }

            findings.Add(new DtsFinding("xmlSchema:undeclaredElement", $"The fact {fact.ConceptName} is not an item declared in the DTS.", fact.Location?.Document ?? entry.Path, fact.Location?.Line ?? 0, fact.Location?.Column ?? 0));
        }

        if (unjudged > 0 || undecided > 0)
        {
            var parts = new[] { (unjudged, "fact", " of concepts declared there (value, period type, balance)"), (undecided, "summation", " with a total or item declared there") }
                .Where(p => p.Item1 > 0 || options.ApplyFactRules)
                .Select(p => Count(p.Item1, p.Item2) + p.Item3);
            findings.Add(new DtsFinding(
                "webCache:retrievalError",
                $"Not validated, their schemas not being at hand: {string.Join(" and ", parts)}.",
                entry.Path,
                0,
                0,
                IsError: false));
        }

        return new XbrlProcessorResult(dts, findings, report, validation);

        static string Count(int n, string noun) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
    }

    /// <summary>Discovers the DTS of <paramref name="entryPaths"/> and validates it: the findings of discovery, of its relationships and of its rules.</summary>
    internal static (DtsSet Dts, DtsRelationships Relationships, List<DtsFinding> Findings) ValidateDts(IEnumerable<string> entryPaths, PackageFiles packages, Xml.AllowedRoots? roots = null)
    {
        var dts = DtsLoader.Load(entryPaths, packages, roots);
        var findings = new List<DtsFinding>(dts.Findings);
        var relationships = DtsRelationships.Build(dts, findings);
        DtsValidator.Validate(dts, relationships, findings);
        return (dts, relationships, findings);
    }

    /// <summary>
    /// XBRL 2.1 section 4.10: segments and scenarios are s-equal when their content is, attribute values compared in
    /// the value space of their declared types (<c>1</c> and <c>+1.0</c> as decimals). The reader keeps the content
    /// as text; facts whose context has such content get it again in the DTS's typed canonical form.
    /// </summary>
    private static IReadOnlyList<Fact> WithTypedContent(DtsSet dts, DtsDocument instance, IReadOnlyList<Fact> facts)
    {
        if (!facts.Any(f => f.NonDimensionalContent is not null))
        {
            return facts;
        }

        var root = instance.Xml.Root!;
        var contentOfContext = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var context in root.Elements(Xbrli + "context"))
        {
            if ((string?)context.Attribute("id") is { } id)
            {
                var segment = context.Element(Xbrli + "entity")?.Element(Xbrli + "segment");
                var scenario = context.Element(Xbrli + "scenario");
                contentOfContext.TryAdd(id.Trim(), "segment:" + Canonical(dts, segment) + "|scenario:" + Canonical(dts, scenario));
            }
        }

        var contextOfFact = new Dictionary<(int, int), string>();
        foreach (var element in root.Descendants())
        {
            if ((string?)element.Attribute("contextRef") is { } contextRef)
            {
                contextOfFact.TryAdd((DtsLoader.Line(element), DtsLoader.Column(element)), contextRef.Trim());
            }
        }

        return facts.Select(f => f.NonDimensionalContent is not null && f.Location is { } at
                && contextOfFact.TryGetValue((at.Line, at.Column), out var context) && contentOfContext.TryGetValue(context, out var typed)
            ? f.WithNonDimensionalContent(typed)
            : f).ToList();

        static string Canonical(DtsSet dts, XElement? container) =>
            container is null ? string.Empty : string.Concat(container.Elements().Where(e => e.Name.NamespaceName != XbrlNamespaces.Xbrldi).Select(e => Element(dts, e)));

        static string Element(DtsSet dts, XElement element) =>
            "<" + element.Name + string.Concat(element.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal).Select(a => " " + a.Name + "=" + dts.CanonicalValueIn(element, a)))
            + ">" + (element.HasElements ? string.Concat(element.Elements().Select(c => Element(dts, c))) : element.Value.Trim()) + "</>";
    }

    /// <summary>The DTS's items as the runtime's concepts, by expanded name: made once per DTS, for its validation and its instance's.</summary>
    internal static IReadOnlyDictionary<string, Concept> Concepts(DtsSet dts) => dts.Concepts ??= MakeConcepts(dts);

    private static Dictionary<string, Concept> MakeConcepts(DtsSet dts)
    {
        var concepts = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var element in dts.Elements.Values)
        {
            if (!dts.IsItem(element))
            {
                continue;
            }

            var declaration = element.Declaration;
            var name = new QName(element.Name.NamespaceName, string.Empty, element.Name.LocalName);
            var periodType = ((string?)declaration.Attribute(Xbrli + "periodType"))?.Trim() == "instant" ? PeriodType.Instant : PeriodType.Duration;
            var balance = ((string?)declaration.Attribute(Xbrli + "balance"))?.Trim() switch
            {
                "debit" => Balance.Debit,
                "credit" => Balance.Credit,
                _ => Balance.None,
            };
            concepts[name.ExpandedName] = new Concept(
                name,
                DataTypeOf(dts.ItemType(element)),
                periodType,
                balance,
                ((string?)declaration.Attribute("abstract"))?.Trim() is "true" or "1",
                ((string?)declaration.Attribute("nillable"))?.Trim() is "true" or "1",
                element.Name.LocalName);
        }

        return concepts;
    }

    private static DataType DataTypeOf(XName? itemType) => Schema.XbrlTypeMap.Map(itemType).DataType switch
    {
        "monetary" => DataType.Monetary,
        "decimal" => DataType.Decimal,
        "integer" => DataType.Integer,
        "nonNegativeInteger" => DataType.NonNegativeInteger,
        "shares" => DataType.Shares,
        "perShare" => DataType.PerShare,
        "percent" => DataType.Percent,
        "pure" => DataType.Pure,
        "textBlock" => DataType.TextBlock,
        "date" => DataType.Date,
        "boolean" => DataType.Boolean,
        "duration" => DataType.Duration,
        _ => DataType.String,
    };

    /// <summary>The summations of the DTS: the effective summation-item relationships of each total in each network.</summary>
    private static SummationRule[] Summations(DtsSet dts, DtsRelationships relationships, IReadOnlyDictionary<string, Concept> concepts, out int undecided)
    {
        undecided = relationships.Incomplete.Count(i => i.Arcrole == SummationItem);
        Concept? ConceptOf(XElement element) => dts.ElementOf(element) is { } e ? concepts.GetValueOrDefault("{" + e.Name.NamespaceName + "}" + e.Name.LocalName) ?? concepts.GetValueOrDefault(e.Name.LocalName) : null;
        var rules = new List<SummationRule>();
        foreach (var network in relationships.OfArcrole(SummationItem).GroupBy(r => (r.LinkRole, r.From)))
        {
            if (ConceptOf(network.Key.From) is not { } total)
            {
                continue;
            }

            if (relationships.Incomplete.Contains((SummationItem, network.Key.LinkRole, network.Key.From)))
            {
                continue;
            }

            var items = network.Select(r => (Concept: ConceptOf(r.To), r.Weight)).Where(i => i.Concept is not null && i.Weight is not null)
                .Select(i => new SummationTerm(i.Concept!, i.Weight!.Value)).ToArray();
            if (items.Length > 0)
            {
                rules.Add(new SummationRule(total, items));
            }
        }

        return rules.ToArray();
    }
}
