using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Import.Phases;

namespace TypedTaxonomy.Import.Writing;

/// <summary>
/// Writes the model as <c>*.taxonomy.yaml</c> files: one for the extension (its concepts, axes, statements and
/// calculations) and one per base taxonomy whose concepts it uses. Everything is ordered by presentation order
/// then name, so the same input always gives the same text.
/// </summary>
internal sealed class TaxonomyFileWriter
{
    private static readonly Dictionary<string, string> ReferenceKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Publisher"] = "publisher",
        ["Name"] = "name",
        ["Number"] = "number",
        ["Section"] = "section",
        ["Paragraph"] = "paragraph",
        ["URI"] = "uri",
    };

    private readonly ImportModel model;
    private readonly string prefix;
    private readonly string language;
    private readonly SortedSet<string> imports = new(StringComparer.Ordinal);
    private readonly List<InferredAttribute> inferred = new();
    private readonly YamlLines body = new();
    private int concepts;
    private int axes;
    private int members;
    private int calculationItems;

    private TaxonomyFileWriter(ImportModel model, string prefix, string language)
    {
        this.model = model;
        this.prefix = prefix;
        this.language = language;
    }

    private bool IsExtension => prefix == model.ExtensionPrefix;

    /// <summary>The files of an import: the extension's at <paramref name="extensionPath"/>, the base taxonomies' next to it.</summary>
    public static List<WrittenFile> WriteAll(ImportModel model, string taxonomyName, string? csharpNamespace, string extensionPath)
    {
        var language = model.Linkbases.Labels.GroupBy(l => l.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "en";
        var directory = Path.GetDirectoryName(extensionPath) ?? ".";
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var concept in model.Concepts.Values.Where(c => c.IsWrittenAsConcept))
        {
            prefixes.Add(concept.Name.Prefix);
        }

        foreach (var axis in model.Axes.Values)
        {
            prefixes.Add(axis.Axis.Prefix);
            prefixes.UnionWith(axis.Members.Select(m => m.Member.Prefix));
        }

        prefixes.Remove(model.ExtensionPrefix);
        foreach (var unknown in prefixes.Where(p => model.Prefixes.NamespaceOf(p) is null).ToList())
        {
            model.Log.Note($"No namespace is known for the prefix '{unknown}'; its concepts are not written.");
            prefixes.Remove(unknown);
        }

        var baseNames = prefixes.ToDictionary(p => p, p => Identifiers.ToIdentifier(p, "Taxonomy"), StringComparer.Ordinal);
        var files = new List<WrittenFile>
        {
            new TaxonomyFileWriter(model, model.ExtensionPrefix, language).Write(extensionPath, taxonomyName, csharpNamespace, prefixes),
        };
        foreach (var basePrefix in prefixes)
        {
            var name = baseNames[basePrefix] == taxonomyName ? baseNames[basePrefix] + "Base" : baseNames[basePrefix];
            var path = Path.Combine(directory, basePrefix + ".taxonomy.yaml");
            files.Add(new TaxonomyFileWriter(model, basePrefix, language).Write(path, name, csharpNamespace is null ? null : csharpNamespace + "." + name, new SortedSet<string>(StringComparer.Ordinal)));
        }

        return files;
    }

    private WrittenFile Write(string path, string name, string? csharpNamespace, SortedSet<string> extraImports)
    {
        imports.UnionWith(extraImports);
        var units = UnitsOfFile();
        WriteUnits(units);
        WriteConcepts();
        WriteAxes();
        var statements = IsExtension ? WriteStatements() : 0;
        var calculations = IsExtension ? WriteCalculations() : 0;

        var head = new YamlLines();
        WriteHeader(head, name, csharpNamespace, units);
        var text = head + body.ToString();
        var summary = new ImportedFileSummary(path, prefix, concepts, axes, members, statements, calculations, calculationItems, inferred.Count);
        return new WrittenFile(path, prefix, text, summary, inferred);
    }

    private void WriteHeader(YamlLines head, string name, string? csharpNamespace, List<UnitInfo> units)
    {
        var schemaFile = Path.GetFileName(model.Schema.Path);
        var instance = model.Facts?.FileName;
        if (IsExtension)
        {
            var linkbases = model.Linkbases.Files.Select(Path.GetFileName).ToList();
            head.Comment(0, $"Imported by typed-taxonomy from {schemaFile}" + (linkbases.Count == 0 ? "." : " and its linkbases " + string.Join(", ", linkbases) + "."));
        }
        else
        {
            var location = model.Schema.Imports.FirstOrDefault(i => i.Namespace == model.Prefixes.NamespaceOf(prefix))?.Location;
            head.Comment(0, $"The concepts of {prefix} that {schemaFile}'s linkbases" + (instance is null ? string.Empty : " and " + instance) + " use, imported by typed-taxonomy.");
            head.Comment(0, $"The {prefix} schema{(location is null ? string.Empty : " (" + location + ")")} was not read (it is not available offline): labels come from the");
            head.Comment(0, "extension's label linkbase, and the other attributes were inferred; each inferred attribute says from what.");
        }

        if (IsExtension && instance is not null)
        {
            head.Comment(0, $"Attributes marked '# inferred' were not declared by any schema; they come from {instance}. Review them.");
        }

        var leftOut = model.Log.LeftOut.Where(l => l.Key.StartsWith(prefix + ":", StringComparison.Ordinal)).ToList();
        if (leftOut.Count > 0)
        {
            head.Comment(0, "Left out, as the format cannot hold them:");
            foreach (var (leftOutName, reason) in leftOut)
            {
                head.Comment(0, $"  {leftOutName}: {reason}");
            }
        }

        head.Line(0, "taxonomy:");
        head.Entry(1, "name", YamlScalar.Name(name));
        head.Entry(1, "prefix", YamlScalar.Name(prefix));
        head.Entry(1, "namespace", YamlScalar.Format(model.Prefixes.NamespaceOf(prefix)!));
        if (csharpNamespace is not null)
        {
            head.Entry(1, "csharpNamespace", YamlScalar.Name(csharpNamespace));
        }

        if (IsExtension && model.Schema.Version is { } version)
        {
            head.Entry(1, "version", YamlScalar.Quoted(version));
        }

        head.Entry(1, "language", YamlScalar.Name(language));
        imports.Remove(prefix);
        if (imports.Count > 0)
        {
            head.Entry(1, "imports", "[" + string.Join(", ", imports.Select(YamlScalar.Name)) + "]");
        }

        // The default currency is written where it decides something: for the extension, and for a base taxonomy that
        // declares several currencies (with one, the format takes that one anyway).
        var currencies = units.Count(u => u.Measures.StartsWith("iso4217:", StringComparison.Ordinal) && !u.Measures.Contains('/'));
        var currency = model.DefaultCurrency is { } c && (IsExtension || currencies > 1) && units.Any(u => u.Id == c.UnitId)
            ? model.DefaultCurrency
            : null;
        var decimals = IsExtension ? model.DefaultDecimals : null;
        if (currency is not null || decimals is not null)
        {
            head.Line(1, "defaults:");
            if (currency is { } cur)
            {
                head.Entry(2, "currency", YamlScalar.Name(cur.UnitId), "inferred: " + cur.Reason);
                inferred.Add(new InferredAttribute(prefix, "defaults.currency", cur.UnitId, "facts", cur.Reason));
            }

            if (decimals is { } dec)
            {
                head.Entry(2, "decimals", dec.Decimals, "inferred: " + dec.Reason);
                inferred.Add(new InferredAttribute(prefix, "defaults.decimals", dec.Decimals, "facts", dec.Reason));
            }
        }
    }

    private List<UnitInfo> UnitsOfFile()
    {
        if (IsExtension)
        {
            return model.Units.All.ToList();
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in WrittenConcepts())
        {
            if (concept.Facts is { } facts)
            {
                used.UnionWith(facts.Units.Keys);
            }
        }

        var ids = new HashSet<string>(WrittenConcepts().Where(c => c.Unit is not null).Select(c => c.Unit!), StringComparer.Ordinal);
        return model.Units.All.Where(u => used.Contains(u.Measures) || ids.Contains(u.Id)).ToList();
    }

    private void WriteUnits(List<UnitInfo> units)
    {
        if (units.Count == 0)
        {
            return;
        }

        body.Blank();
        body.Line(0, "units:");
        foreach (var unit in units.OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            body.Entry(1, YamlScalar.Name(unit.Id), unit.Measures);
        }
    }

    private IEnumerable<ConceptInfo> WrittenConcepts() =>
        model.Concepts.Values
            .Where(c => c.Name.Prefix == prefix && c.IsWrittenAsConcept)
            .OrderBy(c => c.PresentationOrder)
            .ThenBy(c => c.Name.LocalName, StringComparer.Ordinal);

    private void WriteConcepts()
    {
        var list = WrittenConcepts().ToList();
        if (list.Count == 0)
        {
            return;
        }

        body.Blank();
        body.Line(0, "concepts:");
        foreach (var concept in list)
        {
            concepts++;
            foreach (var comment in concept.Comments)
            {
                body.Comment(1, comment);
            }

            body.Entry(1, YamlScalar.Name(concept.Name.LocalName));
            if (!concept.IsAbstract)
            {
                body.Entry(2, "type", concept.DataType, Inferred(concept, "type"));
                body.Entry(2, "periodType", concept.PeriodType, Inferred(concept, "periodType"));
            }

            if (concept.Balance is not null)
            {
                body.Entry(2, "balance", concept.Balance);
            }

            if (concept.IsAbstract)
            {
                body.Entry(2, "abstract", "true", Inferred(concept, "abstract"));
            }

            if (!concept.IsNillable)
            {
                body.Entry(2, "nillable", "false");
            }

            if (concept.Unit is not null)
            {
                body.Entry(2, "unit", YamlScalar.Name(concept.Unit), Inferred(concept, "unit"));
            }

            WriteLabels(concept, 2, allRoles: true);
            WriteReferences(concept);
            if (concept.EnumerationValues is { Count: > 0 } values)
            {
                body.Entry(2, "values", "[" + string.Join(", ", values) + "]");
            }
        }
    }

    private string? Inferred(ConceptInfo concept, string attribute)
    {
        if (!concept.Inferred.TryGetValue(attribute, out var inference))
        {
            return null;
        }

        inferred.Add(inference);
        return "inferred: " + inference.Reason;
    }

    /// <summary>
    /// The standard label as <c>label</c>, the documentation label as <c>documentation</c>, other roles under
    /// <c>labels</c>, other languages under <c>translations</c>. Members and axes have only label and documentation.
    /// </summary>
    private void WriteLabels(ConceptInfo concept, int level, bool allRoles)
    {
        var byLanguage = concept.Labels
            .Select(l => (l.Language, Role: LabelRoles.ShortName(l.Role), l.Text))
            .Where(l => l.Role is not null && l.Text.Length > 0)
            .GroupBy(l => l.Language)
            .ToDictionary(g => g.Key, g => g.GroupBy(l => l.Role!).ToDictionary(r => r.Key, r => r.First().Text, StringComparer.Ordinal), StringComparer.Ordinal);
        if (!byLanguage.TryGetValue(language, out var main))
        {
            main = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        if (main.TryGetValue("standard", out var standard))
        {
            body.Entry(level, "label", YamlScalar.Format(standard));
        }

        if (allRoles)
        {
            var others = main.Where(l => l.Key is not ("standard" or "documentation")).OrderBy(l => RoleOrder(l.Key)).ToList();
            if (others.Count > 0)
            {
                body.Line(level, "labels:");
                foreach (var (role, text) in others)
                {
                    body.Entry(level + 1, role, YamlScalar.Format(text));
                }
            }

            var translations = byLanguage.Where(l => l.Key != language).OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
            if (translations.Count > 0)
            {
                body.Line(level, "translations:");
                foreach (var (lang, labels) in translations)
                {
                    body.Entry(level + 1, YamlScalar.Format(lang));
                    foreach (var (role, text) in labels.OrderBy(l => RoleOrder(l.Key)))
                    {
                        body.Entry(level + 2, role, YamlScalar.Format(text));
                    }
                }
            }
        }

        if (main.TryGetValue("documentation", out var documentation))
        {
            body.Entry(level, "documentation", YamlScalar.Format(documentation));
        }
    }

    private static int RoleOrder(string role) => Array.IndexOf(TypedTaxonomy.Schema.Parsing.TaxonomyFileParser.LabelRoles.ToArray(), role);

    private void WriteReferences(ConceptInfo concept)
    {
        if (concept.References.Count == 0)
        {
            return;
        }

        body.Line(2, "references:");
        foreach (var reference in concept.References)
        {
            if (reference.Parts.All(p => ReferenceKeys.ContainsKey(p.Key)) && reference.Parts.Select(p => ReferenceKeys[p.Key]).Distinct().Count() == reference.Parts.Count)
            {
                body.Item(3, "{ " + string.Join(", ", reference.Parts.Select(p => ReferenceKeys[p.Key] + ": " + YamlScalar.FormatInFlow(p.Value))) + " }");
            }
            else
            {
                // Parts the format has no key for (Topic, SubTopic, Subparagraph, ...) keep their names in the text.
                var text = string.Join(" ", reference.Parts.Select(p => p.Key switch
                {
                    "Publisher" or "Name" => p.Value,
                    "URI" => "(" + p.Value + ")",
                    _ => p.Key + " " + p.Value,
                }));
                body.Item(3, YamlScalar.Format(text));
            }
        }
    }

    private string Ref(ConceptName name)
    {
        if (name.Prefix == prefix)
        {
            return YamlScalar.Name(name.LocalName);
        }

        imports.Add(name.Prefix);
        return YamlScalar.Name(name.ToString());
    }

    private void WriteAxes()
    {
        var own = model.Axes.Values
            .Where(a => a.Axis.Prefix == prefix)
            .OrderBy(a => model.Get(a.Axis).PresentationOrder)
            .ThenBy(a => a.Axis.LocalName, StringComparer.Ordinal)
            .ToList();
        var foreign = model.Axes.Values
            .Where(a => a.Axis.Prefix != prefix && a.Members.Any(m => m.Member.Prefix == prefix))
            .OrderBy(a => a.Axis.ToString(), StringComparer.Ordinal)
            .ToList();
        if (own.Count + foreign.Count == 0)
        {
            return;
        }

        body.Blank();
        body.Line(0, "axes:");
        foreach (var axis in own)
        {
            axes++;
            var concept = model.Get(axis.Axis);
            if (axis.InferredFrom is { } from)
            {
                body.Comment(1, "inferred: axis " + from.Reason);
                inferred.Add(new InferredAttribute(axis.Axis.ToString(), "axis", "axis", from.Kind, from.Reason));
            }

            body.Entry(1, YamlScalar.Name(axis.Axis.LocalName));
            WriteLabels(concept, 2, allRoles: false);
            if (axis.Domain is { } domain)
            {
                string? comment = null;
                if (axis.DomainInferredFrom is { } domainReason)
                {
                    comment = "inferred: " + domainReason;
                    inferred.Add(new InferredAttribute(axis.Axis.ToString(), "domain", domain.ToString(), "presentation", domainReason));
                }

                if (domain.Prefix != prefix)
                {
                    comment = (comment is null ? string.Empty : comment + "; ") + $"the domain is {domain}; the format declares an axis and its domain in one taxonomy";
                    model.Log.Note($"The axis {axis.Axis} has the domain {domain} of another taxonomy; it is written as {prefix}:{domain.LocalName}.");
                }

                body.Entry(2, "domain", YamlScalar.Name(domain.LocalName), comment);
            }

            if (axis.Default is { } defaultMember)
            {
                body.Entry(2, "default", Ref(defaultMember));
            }

            WriteMembers(axis, 2);
        }

        foreach (var axis in foreign)
        {
            body.Entry(1, Ref(axis.Axis));
            WriteMembers(axis, 2);
        }
    }

    /// <summary>
    /// The members of <paramref name="axis"/> that belong to this file's taxonomy, nested as in the definition
    /// linkbase. A member's parent of another taxonomy cannot be written here; the member moves up to the
    /// nearest ancestor of this taxonomy and a comment names the real parent.
    /// </summary>
    private void WriteMembers(AxisInfo axis, int level)
    {
        var mine = axis.Members.Where(m => m.Member.Prefix == prefix).ToList();
        if (mine.Count == 0)
        {
            return;
        }

        var parents = axis.Members.ToDictionary(m => m.Member, m => m.Parent);
        var placed = new Dictionary<ConceptName, ConceptName?>();
        foreach (var (member, parent) in mine)
        {
            var ancestor = parent;
            while (ancestor is { } a && a.Prefix != prefix)
            {
                ancestor = parents.TryGetValue(a, out var up) ? up : null;
            }

            placed[member] = ancestor;
        }

        body.Line(level, "members:");
        WriteMemberLevel(axis, mine, placed, null, level + 1);
    }

    private void WriteMemberLevel(AxisInfo axis, List<(ConceptName Member, ConceptName? Parent)> mine, Dictionary<ConceptName, ConceptName?> placed, ConceptName? parent, int level)
    {
        foreach (var (member, realParent) in mine.Where(m => placed[m.Member] == parent))
        {
            members++;
            var concept = model.Get(member);
            if (realParent is { } rp && rp != parent)
            {
                body.Comment(level, $"under {rp} in the definition linkbase");
            }

            string? comment = null;
            if (axis.InferredMembers.TryGetValue(member, out var evidence))
            {
                comment = "inferred: member " + evidence.Reason;
                inferred.Add(new InferredAttribute(member.ToString(), "member", axis.Axis.ToString(), evidence.Kind, evidence.Reason));
            }

            var hasChildren = mine.Any(m => placed[m.Member] == member);
            var hasLabels = concept.Labels.Any(l => l.Language == language && l.Role is LabelRoles.Standard or LabelRoles.Documentation);
            if (!hasChildren && !hasLabels)
            {
                body.Entry(level, YamlScalar.Name(member.LocalName), "{}", comment);
                continue;
            }

            body.Entry(level, YamlScalar.Name(member.LocalName), null, comment);
            WriteLabels(concept, level + 1, allRoles: false);
            if (hasChildren)
            {
                body.Line(level + 1, "members:");
                WriteMemberLevel(axis, mine, placed, member, level + 2);
            }
        }
    }

    private int WriteStatements()
    {
        if (model.Statements.Count == 0)
        {
            return 0;
        }

        body.Blank();
        body.Line(0, "statements:");
        foreach (var statement in model.Statements)
        {
            body.Entry(1, YamlScalar.Name(statement.Name));
            body.Entry(2, "role", YamlScalar.Format(statement.Role));
            if (statement.Title is not null)
            {
                body.Entry(2, "title", YamlScalar.Format(statement.Title));
            }

            if (statement.Axes.Count > 0)
            {
                body.Entry(2, "axes", "[" + string.Join(", ", statement.Axes.Select(Ref)) + "]");
            }

            body.Line(2, "lineItems:");
            WriteLineItems(statement.LineItems, 3);
        }

        return model.Statements.Count;
    }

    private void WriteLineItems(List<LineItemNode> nodes, int level)
    {
        foreach (var node in nodes)
        {
            var concept = Ref(node.Concept);
            if (node.Children.Count == 0)
            {
                body.Item(level, node.Label is null ? concept : "{ concept: " + concept + ", label: " + node.Label + " }");
                continue;
            }

            body.Item(level, "concept: " + concept);
            if (node.Label is not null)
            {
                body.Entry(level + 1, "label", node.Label);
            }

            body.Line(level + 1, "lineItems:");
            WriteLineItems(node.Children, level + 2);
        }
    }

    private int WriteCalculations()
    {
        if (model.Calculations.Count == 0)
        {
            return 0;
        }

        body.Blank();
        body.Line(0, "calculations:");
        foreach (var calculation in model.Calculations)
        {
            body.Item(1, "total: " + Ref(calculation.Total));
            if (calculation.Statement is not null)
            {
                body.Entry(2, "role", YamlScalar.Name(calculation.Statement));
            }

            body.Line(2, "items:");
            foreach (var (concept, weight) in calculation.Items)
            {
                calculationItems++;
                body.Entry(3, Ref(concept), weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return model.Calculations.Count;
    }
}
