using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Writing;

namespace TypedTaxonomy.Import.Writing;

/// <summary>
/// Turns the import model into <c>*.taxonomy.yaml</c> files: one for the extension (its concepts, axes, statements
/// and calculations) and one per base taxonomy whose concepts it uses. This class decides what goes in each file and
/// which comments say what was inferred; <see cref="TaxonomyFileWriter"/>, beside the parser, writes the text.
/// Everything is ordered by presentation order then name, so the same input always gives the same text.
/// </summary>
internal sealed class ImportedFileWriter
{
    private static readonly Dictionary<string, ConceptDataType> DataTypes =
        ((ConceptDataType[])Enum.GetValues(typeof(ConceptDataType))).ToDictionary(t => t.ToSchemaName(), StringComparer.Ordinal);

    private static readonly Dictionary<string, ConceptBalance> Balances = new(StringComparer.Ordinal)
    {
        [ConceptBalance.Debit.ToSchemaName()] = ConceptBalance.Debit,
        [ConceptBalance.Credit.ToSchemaName()] = ConceptBalance.Credit,
    };

    private readonly ImportModel model;
    private readonly string prefix;
    private readonly string language;
    private readonly SortedSet<string> imports = new(StringComparer.Ordinal);
    private readonly List<InferredAttribute> inferred = new();
    private readonly TaxonomyFileComments comments = new();
    private int members;

    private ImportedFileWriter(ImportModel model, string prefix, string language)
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
        prefixes.RemoveWhere(p => model.Prefixes.NamespaceOf(p) is { } ns && model.Bases?.Of(ns) is not null);
        foreach (var unknown in prefixes.Where(p => model.Prefixes.NamespaceOf(p) is null).ToList())
        {
            model.Log.Note($"No namespace is known for the prefix {Excerpt.Quote(unknown)}; its concepts are not written.");
            prefixes.Remove(unknown);
        }

        var baseNames = prefixes.ToDictionary(p => p, p => Identifiers.ToIdentifier(p, "Taxonomy"), StringComparer.Ordinal);
        var files = new List<WrittenFile>
        {
            new ImportedFileWriter(model, model.ExtensionPrefix, language).Write(extensionPath, taxonomyName, csharpNamespace, prefixes),
        };
        foreach (var basePrefix in prefixes)
        {
            var name = baseNames[basePrefix] == taxonomyName ? baseNames[basePrefix] + "Base" : baseNames[basePrefix];
            var path = Path.Combine(directory, basePrefix + ".taxonomy.yaml");
            files.Add(new ImportedFileWriter(model, basePrefix, language).Write(path, name, csharpNamespace is null ? null : csharpNamespace + "." + name, new SortedSet<string>(StringComparer.Ordinal)));
        }

        return files;
    }

    /// <summary>A name as the document holds it; an imported file has no source spans.</summary>
    private static Located<string> At(string value) => new(value, default);

    private WrittenFile Write(string path, string name, string? csharpNamespace, SortedSet<string> extraImports)
    {
        imports.UnionWith(extraImports);
        var units = UnitsOfFile();
        var concepts = Concepts();
        var axes = Axes();
        var statements = IsExtension ? Statements() : new List<StatementDefinition>();
        var calculations = IsExtension ? Calculations() : new List<CalculationDefinition>();

        // The header comes last: the imports are known once every name of another taxonomy has been written.
        var header = Header(name, csharpNamespace, units);
        var document = new TaxonomyDocument(
            path,
            header,
            units.OrderBy(u => u.Id, StringComparer.Ordinal).Select(u => u.ToDefinition()).ToEquatableArray(),
            concepts.ToEquatableArray(),
            axes.ToEquatableArray(),
            statements.ToEquatableArray(),
            calculations.ToEquatableArray());
        var text = TaxonomyFileWriter.Write(document, comments);
        var summary = new ImportedFileSummary(
            path,
            prefix,
            concepts.Count,
            axes.Count(a => !a.Name.Value.Contains(':')),
            members,
            statements.Count,
            calculations.Count,
            calculations.Sum(c => c.Items.Count),
            inferred.Count);
        return new WrittenFile(path, prefix, text, summary, inferred);
    }

    private TaxonomyHeader Header(string name, string? csharpNamespace, List<UnitInfo> units)
    {
        var schemaFile = Path.GetFileName(model.Schema.Path);
        var instance = model.Facts?.FileName;
        var head = comments.Header;
        var declaring = model.Prefixes.NamespaceOf(prefix) is { } ns ? model.Schemas.OfNamespace(ns).FirstOrDefault() : null;
        if (IsExtension)
        {
            var linkbases = model.Linkbases.Files.Select(Path.GetFileName).ToList();
            if (model.Origin is { } origin)
            {
                head.Add($"Imported by typed-taxonomy from {origin}: {schemaFile}, the {model.Schemas.Main.Count} schemas of the package it reaches and their {linkbases.Count} linkbases.");
            }
            else
            {
                head.Add($"Imported by typed-taxonomy from {schemaFile}" + (linkbases.Count == 0 ? "." : " and its linkbases " + string.Join(", ", linkbases) + "."));
            }
        }
        else if (declaring is not null)
        {
            var main = model.Schemas.Main.Contains(declaring);
            head.Add(main
                ? $"The concepts of {prefix} declared by {Path.GetFileName(declaring.Path)}, imported by typed-taxonomy with {model.Origin ?? schemaFile}."
                : $"The concepts of {prefix} that {schemaFile}'s linkbases" + (instance is null ? string.Empty : " and " + instance) + $" use, as {Path.GetFileName(declaring.Path)} declares them (read from a taxonomy package), imported by typed-taxonomy.");
            if (!main)
            {
                head.Add("Their labels come from the extension's label linkbase; attributes marked '# inferred' were not declared.");
            }
        }
        else
        {
            var location = model.Schema.Imports.FirstOrDefault(i => i.Namespace == model.Prefixes.NamespaceOf(prefix))?.Location;
            head.Add($"The concepts of {prefix} that {schemaFile}'s linkbases" + (instance is null ? string.Empty : " and " + instance) + " use, imported by typed-taxonomy.");
            head.Add($"The {prefix} schema{(location is null ? string.Empty : " (" + location + ")")} was not read (it is not available offline): labels come from the");
            head.Add("extension's label linkbase, and the other attributes were inferred; each inferred attribute says from what.");
        }

        if (IsExtension && instance is not null)
        {
            head.Add($"Attributes marked '# inferred' were not declared by any schema; they come from {instance}. Review them.");
        }

        var leftOut = model.Log.LeftOut.Where(l => l.Key.StartsWith(prefix + ":", StringComparison.Ordinal)).ToList();
        if (leftOut.Count > 0)
        {
            head.Add("Left out, as the format cannot hold them:");
            foreach (var (leftOutName, reason) in leftOut)
            {
                head.Add($"  {leftOutName}: {reason}");
            }
        }

        imports.Remove(prefix);

        // The default currency is written where it decides something: for the extension, and for a base taxonomy that
        // declares several currencies (with one, the format takes that one anyway).
        var currencies = units.Count(u => u.Measures.StartsWith("iso4217:", StringComparison.Ordinal) && u.Measures.IndexOf('/') < 0);
        Located<string>? currency = null;
        if (model.DefaultCurrency is { } c && (IsExtension || currencies > 1) && units.Any(u => u.Id == c.UnitId))
        {
            currency = At(c.UnitId);
            comments.SetOnLine("inferred: " + c.Reason, "taxonomy", "defaults", "currency");
            inferred.Add(new InferredAttribute(prefix, "defaults.currency", c.UnitId, "facts", c.Reason));
        }

        Located<int?>? decimals = null;
        if (IsExtension && model.DefaultDecimals is { } dec)
        {
            decimals = new Located<int?>(dec.Decimals == "INF" ? null : int.Parse(dec.Decimals, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), default);
            comments.SetOnLine("inferred: " + dec.Reason, "taxonomy", "defaults", "decimals");
            inferred.Add(new InferredAttribute(prefix, "defaults.decimals", dec.Decimals, "facts", dec.Reason));
        }

        return new TaxonomyHeader(
            At(name),
            At(prefix),
            At(model.Prefixes.NamespaceOf(prefix)!),
            csharpNamespace is null ? null : At(csharpNamespace),
            IsExtension ? model.Schema.Version : null,
            language,
            imports.Select(At).ToEquatableArray(),
            currency,
            decimals,
            default);
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

    private IEnumerable<ConceptInfo> WrittenConcepts() =>
        model.Concepts.Values
            .Where(c => c.Name.Prefix == prefix && c.IsWrittenAsConcept)
            .OrderBy(c => c.PresentationOrder)
            .ThenBy(c => c.Name.LocalName, StringComparer.Ordinal);

    private List<ConceptDefinition> Concepts()
    {
        var concepts = new List<ConceptDefinition>();
        foreach (var concept in WrittenConcepts())
        {
            var name = concept.Name.LocalName;
            foreach (var comment in concept.Comments)
            {
                comments.AddAbove(comment, "concepts", name);
            }

            ConceptDataType? dataType = null;
            ConceptPeriodType? periodType = ConceptPeriodType.Duration; // what the parser gives an abstract concept
            if (!concept.IsAbstract)
            {
                dataType = concept.DataType is { } type && DataTypes.TryGetValue(type, out var known) ? known : null;
                Infer(concept, "type");
                periodType = concept.PeriodType switch
                {
                    "instant" => ConceptPeriodType.Instant,
                    "duration" => ConceptPeriodType.Duration,
                    _ => null, // not written: the check of the output names the concept
                };
                Infer(concept, "periodType");
            }
            else
            {
                Infer(concept, "abstract");
            }

            if (concept.Unit is not null)
            {
                Infer(concept, "unit");
            }

            var (labels, documentation) = Labels(concept);
            concepts.Add(new ConceptDefinition(
                At(name),
                ConceptRole.Item,
                dataType,
                periodType,
                concept.Balance is { } balance && Balances.TryGetValue(balance, out var knownBalance) ? knownBalance : ConceptBalance.None,
                concept.IsAbstract,
                concept.IsNillable,
                concept.Unit is { } unit ? At(unit) : null,
                labels.ToEquatableArray(),
                documentation,
                concept.References.Select(Reference).ToEquatableArray(),
                (concept.EnumerationValues ?? new List<string>()).Select(At).ToEquatableArray(),
                null,
                null,
                null));
        }

        return concepts;
    }

    /// <summary>Notes an inferred attribute: counted for the summary and said in a comment on its line.</summary>
    private void Infer(ConceptInfo concept, string attribute)
    {
        if (concept.Inferred.TryGetValue(attribute, out var inference))
        {
            inferred.Add(inference);
            comments.SetOnLine("inferred: " + inference.Reason, "concepts", concept.Name.LocalName, attribute);
        }
    }

    /// <summary>
    /// The labels in the format's roles, the first of each role and language: the file's language first (standard, then
    /// the other roles in the format's order), then the other languages by name. The documentation label of the file's
    /// language is the concept's documentation.
    /// </summary>
    private (List<LabelDefinition> Labels, string? Documentation) Labels(ConceptInfo concept)
    {
        if (concept.Labels.Count == 0)
        {
            return (new List<LabelDefinition>(), null); // most members and many concepts of a large taxonomy
        }

        var byLanguage = concept.Labels
            .Select(l => (l.Language, Role: LabelRoles.ShortName(l.Role), l.Text))
            .Where(l => l.Role is not null && l.Text.Length > 0)
            .GroupBy(l => l.Language)
            .ToDictionary(g => g.Key, g => g.GroupBy(l => l.Role!).ToDictionary(r => r.Key, r => r.First().Text, StringComparer.Ordinal), StringComparer.Ordinal);
        var labels = new List<LabelDefinition>();
        string? documentation = null;
        if (byLanguage.TryGetValue(language, out var main))
        {
            labels.AddRange(RoleOrdered(main).Where(l => l.Key != "documentation").Select(l => new LabelDefinition(l.Key, language, l.Value)));
            main.TryGetValue("documentation", out documentation);
        }

        foreach (var (other, byRole) in byLanguage.Where(l => l.Key != language).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            labels.AddRange(RoleOrdered(byRole).Select(l => new LabelDefinition(l.Key, other, l.Value)));
        }

        return (labels, documentation);
    }

    private static IEnumerable<KeyValuePair<string, string>> RoleOrdered(Dictionary<string, string> byRole) =>
        TaxonomyFileParser.LabelRoles.Where(byRole.ContainsKey).Select(role => new KeyValuePair<string, string>(role, byRole[role]));

    /// <summary>A reference with the format's keys, or as one line of text when it has parts the format has no key for.</summary>
    private static ReferenceDefinition Reference(ReferenceEntry reference)
    {
        string? Part(string key) => reference.Parts.Where(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value).FirstOrDefault();

        var keys = new[] { "Publisher", "Name", "Number", "Section", "Paragraph", "URI" };
        var known = reference.Parts.All(p => keys.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            && reference.Parts.Select(p => p.Key.ToUpperInvariant()).Distinct().Count() == reference.Parts.Count;
        if (known)
        {
            return new ReferenceDefinition(null, Part("Name"), Part("Number"), Part("Paragraph"), Part("Section"), Part("Publisher"), Part("URI"));
        }

        // Parts the format has no key for (Topic, SubTopic, Subparagraph, ...) keep their names in the text.
        var text = string.Join(" ", reference.Parts.Select(p => p.Key switch
        {
            "Publisher" or "Name" => p.Value,
            "URI" => "(" + p.Value + ")",
            _ => p.Key + " " + p.Value,
        }));
        return new ReferenceDefinition(text, null, null, null, null, null, null);
    }

    private string Ref(ConceptName name)
    {
        if (name.Prefix == prefix)
        {
            return name.LocalName;
        }

        imports.Add(name.Prefix);
        return name.ToString();
    }

    private List<AxisDefinition> Axes()
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
        var axes = new List<AxisDefinition>();
        foreach (var axis in own)
        {
            var name = axis.Axis.LocalName;
            var (label, documentation) = LabelAndDocumentation(model.Get(axis.Axis));
            if (axis.InferredFrom is { } from)
            {
                comments.AddAbove("inferred: axis " + from.Reason, "axes", name);
                inferred.Add(new InferredAttribute(axis.Axis.ToString(), "axis", "axis", from.Kind, from.Reason));
            }

            Located<string>? domain = null;
            if (axis.Domain is { } domainName)
            {
                string? comment = null;
                if (axis.DomainInferredFrom is { } domainReason)
                {
                    comment = "inferred: " + domainReason;
                    inferred.Add(new InferredAttribute(axis.Axis.ToString(), "domain", domainName.ToString(), "presentation", domainReason));
                }

                if (domainName.Prefix != prefix)
                {
                    comment = (comment is null ? string.Empty : comment + "; ") + $"the domain is {domainName}; the format declares an axis and its domain in one taxonomy";
                    model.Log.Note($"The axis {axis.Axis} has the domain {domainName} of another taxonomy; it is written as {prefix}:{domainName.LocalName}.");
                }

                if (comment is not null)
                {
                    comments.SetOnLine(comment, "axes", name, "domain");
                }

                domain = At(domainName.LocalName);
            }

            var defaultMember = axis.Default is { } d ? At(Ref(d)) : (Located<string>?)null;
            axes.Add(new AxisDefinition(At(name), label, documentation, domain, defaultMember, Members(axis, name).ToEquatableArray()));
        }

        foreach (var axis in foreign)
        {
            var name = Ref(axis.Axis);
            axes.Add(new AxisDefinition(At(name), null, null, null, null, Members(axis, name).ToEquatableArray()));
        }

        return axes;
    }

    /// <summary>The standard and documentation labels of the file's language, the only labels the format gives axes and members.</summary>
    private (string? Label, string? Documentation) LabelAndDocumentation(ConceptInfo concept)
    {
        var (labels, documentation) = Labels(concept);
        return (StandardLabel(labels), documentation);
    }

    private string? StandardLabel(List<LabelDefinition> labels) => labels.FirstOrDefault(l => l.Language == language && l.Role == "standard")?.Text;

    /// <summary>
    /// The members of <paramref name="axis"/> that belong to this file's taxonomy, depth first as nested in the
    /// definition linkbase. A member's parent of another taxonomy cannot be written here; the member moves up to the
    /// nearest ancestor of this taxonomy and a comment names the real parent.
    /// </summary>
    private List<MemberDefinition> Members(AxisInfo axis, string axisName)
    {
        var mine = axis.Members.Where(m => m.Member.Prefix == prefix).ToList();
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

        var definitions = new List<MemberDefinition>();
        AddMembers(axis, axisName, mine.ToLookup(m => placed[m.Member]), null, definitions);
        return definitions;
    }

    /// <summary>
    /// The members placed under <paramref name="parent"/>, each followed by its own; recursive over a member tree
    /// the dimension analysis bounded to <see cref="ImportLimits.MaxDepth"/> levels.
    /// </summary>
    private void AddMembers(AxisInfo axis, string axisName, ILookup<ConceptName?, (ConceptName Member, ConceptName? Parent)> placed, ConceptName? parent, List<MemberDefinition> definitions)
    {
        foreach (var (member, realParent) in placed[parent])
        {
            members++;
            if (realParent is { } rp && rp != parent)
            {
                comments.AddAbove($"under {rp} in the definition linkbase", "axes", axisName, "members", member.LocalName);
            }

            if (axis.InferredMembers.TryGetValue(member, out var evidence))
            {
                comments.SetOnLine("inferred: member " + evidence.Reason, "axes", axisName, "members", member.LocalName);
                inferred.Add(new InferredAttribute(member.ToString(), "member", axis.Axis.ToString(), evidence.Kind, evidence.Reason));
            }

            var (labels, documentation) = Labels(model.Get(member));
            var label = StandardLabel(labels);
            // The short label tables show the member with: the label every presentation of it prefers, else its terse label.
            var memberLabels = labels.Where(l => l.Language == language).ToList();
            var shown = model.MemberLabelRoles.TryGetValue(member, out var role) && role is not null ? memberLabels.FirstOrDefault(l => l.Role == role)?.Text : null;
            var terse = shown ?? memberLabels.FirstOrDefault(l => l.Role == "terse")?.Text;
            definitions.Add(new MemberDefinition(At(member.LocalName), parent?.LocalName, label, documentation, terse == label ? null : terse));
            AddMembers(axis, axisName, placed, member, definitions);
        }
    }

    private List<StatementDefinition> Statements() =>
        model.Statements.Select(statement =>
        {
            var lineItems = new List<LineItemDefinition>();
            AddLineItems(statement.LineItems, 0, lineItems);
            return new StatementDefinition(
                At(statement.Name),
                statement.Role,
                statement.Title,
                statement.Axes.Select(a => At(Ref(a))).ToEquatableArray(),
                EquatableArray<Located<string>>.Empty,
                lineItems.ToEquatableArray(),
                statement.Members.Select(m => At(Ref(m))).ToEquatableArray());
        }).ToList();

    private void AddLineItems(List<LineItemNode> nodes, int depth, List<LineItemDefinition> lineItems)
    {
        foreach (var node in nodes)
        {
            lineItems.Add(new LineItemDefinition(At(Ref(node.Concept)), node.Label, depth));
            AddLineItems(node.Children, depth + 1, lineItems);
        }
    }

    private List<CalculationDefinition> Calculations() =>
        model.Calculations.Select(calculation => new CalculationDefinition(
            At(Ref(calculation.Total)),
            calculation.Statement is { } statement ? At(statement) : null,
            calculation.Items.Select(i => new CalculationItemDefinition(At(Ref(i.Concept)), new Located<decimal>(i.Weight, default))).ToEquatableArray(),
            default)).ToList();
}
