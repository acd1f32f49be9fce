using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Schema.Writing;

/// <summary>
/// Writes a <see cref="TaxonomyDocument"/> as the text of a <c>*.taxonomy.yaml</c> file, which
/// <see cref="TaxonomyFileParser"/> reads back to the same document (source spans aside). The counterpart of the
/// parser, kept beside it so that the two agree on every key and on how text is quoted.
/// </summary>
/// <remarks>
/// The text is deterministic: the document's order, two spaces per level, LF line ends, scalars plain when that is
/// unambiguous and double-quoted otherwise. A standard label in the file's language is written as <c>label</c>,
/// other roles under <c>labels</c> and other languages under <c>translations</c>; an abstract concept's period type
/// only when it is not the parser's default (duration).
/// </remarks>
public static class TaxonomyFileWriter
{
    /// <summary>Writes <paramref name="document"/>, with <paramref name="comments"/> for the people who read the file.</summary>
    public static string Write(TaxonomyDocument document, TaxonomyFileComments? comments = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return new FileWriter(document, comments ?? new TaxonomyFileComments()).Write();
    }

    private sealed class FileWriter
    {
        private readonly TaxonomyDocument document;
        private readonly TaxonomyFileComments comments;
        private readonly string language;
        private readonly YamlLines text = new();

        public FileWriter(TaxonomyDocument document, TaxonomyFileComments comments)
        {
            this.document = document;
            this.comments = comments;
            language = document.Header.Language ?? "en";
        }

        public string Write()
        {
            foreach (var line in comments.Header)
            {
                text.Comment(0, line);
            }

            WriteHeader(document.Header);
            WriteUnits();
            WriteConcepts();
            WriteAxes();
            WriteStatements();
            WriteCalculations(rollForwards: false);
            WriteCalculations(rollForwards: true);
            return text.ToString();
        }

        private static string Name(string name) => YamlScalarWriter.Name(name);

        private static string Text(string value) => YamlScalarWriter.Format(value);

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private static string FlowList(IEnumerable<Located<string>> names) => "[" + string.Join(", ", names.Select(n => Name(n.Value))) + "]";

        /// <summary><c>{ key: value, ... }</c> with the entries that have a value (already formatted for flow context).</summary>
        private static string FlowMapping(params (string Key, string? Value)[] entries)
        {
            var written = entries.Where(e => e.Value is not null).Select(e => e.Key + ": " + e.Value).ToList();
            return written.Count == 0 ? "{}" : "{ " + string.Join(", ", written) + " }";
        }

        private static string? FlowText(string? value) => value is null ? null : YamlScalarWriter.FormatInFlow(value);

        private static int RoleOrder(string role)
        {
            for (var i = 0; i < TaxonomyFileParser.LabelRoles.Count; i++)
            {
                if (TaxonomyFileParser.LabelRoles[i] == role)
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        /// <summary>Starts a top-level section after a blank line; false, with nothing written, when it has no entries.</summary>
        private bool Section(string key, int entries)
        {
            if (entries == 0)
            {
                return false;
            }

            text.Blank();
            text.Line(0, key + ":");
            return true;
        }

        private void CommentsAbove(int level, params string[] path)
        {
            foreach (var line in comments.Above(path))
            {
                text.Comment(level, line);
            }
        }

        private void WriteHeader(TaxonomyHeader header)
        {
            text.Line(0, "taxonomy:");
            text.Entry(1, "name", Name(header.Name.Value));
            text.Entry(1, "prefix", Name(header.Prefix.Value));
            text.Entry(1, "namespace", Text(header.NamespaceUri.Value));
            if (header.CSharpNamespace is { } csharpNamespace)
            {
                text.Entry(1, "csharpNamespace", Name(csharpNamespace.Value));
            }

            if (header.Version is { } version)
            {
                // Always quoted: a version such as 2024 or 1.0 must stay text.
                text.Entry(1, "version", YamlScalarWriter.Quoted(version));
            }

            if (header.Language is { } headerLanguage)
            {
                text.Entry(1, "language", Name(headerLanguage));
            }

            if (header.Imports.Count > 0)
            {
                text.Entry(1, "imports", FlowList(header.Imports));
            }

            if (header.DefaultCurrency is null && header.DefaultDecimals is null)
            {
                return;
            }

            text.Line(1, "defaults:");
            if (header.DefaultCurrency is { } currency)
            {
                text.Entry(2, "currency", Name(currency.Value), comments.OnLine("taxonomy", "defaults", "currency"));
            }

            if (header.DefaultDecimals is { } decimals)
            {
                text.Entry(2, "decimals", decimals.Value is { } places ? places.ToString(CultureInfo.InvariantCulture) : "INF", comments.OnLine("taxonomy", "defaults", "decimals"));
            }
        }

        private void WriteUnits()
        {
            if (!Section("units", document.Units.Count))
            {
                return;
            }

            foreach (var unit in document.Units)
            {
                var measures = string.Join(" * ", unit.Numerator.Select(m => m.Value));
                if (!unit.Denominator.IsEmpty)
                {
                    measures += " / " + string.Join(" * ", unit.Denominator.Select(m => m.Value));
                }

                // Measures are QNames, plain in YAML; anything else is quoted so that it stays one scalar.
                var plain = unit.Numerator.Concat(unit.Denominator).All(m => m.Value.Length > 0 && Name(m.Value) == m.Value);
                text.Entry(1, Name(unit.Id.Value), plain ? measures : YamlScalarWriter.Quoted(measures));
            }
        }

        private void WriteConcepts()
        {
            if (!Section("concepts", document.Concepts.Count))
            {
                return;
            }

            foreach (var concept in document.Concepts)
            {
                var name = concept.Name.Value;
                CommentsAbove(1, "concepts", name);
                text.Entry(1, Name(name), null, comments.OnLine("concepts", name));
                if (concept.DataType is { } dataType)
                {
                    text.Entry(2, "type", dataType.ToSchemaName(), comments.OnLine("concepts", name, "type"));
                }

                if (concept.PeriodType is { } periodType && !(concept.IsAbstract && periodType == ConceptPeriodType.Duration))
                {
                    text.Entry(2, "periodType", periodType.ToSchemaName(), comments.OnLine("concepts", name, "periodType"));
                }

                if (concept.Balance != ConceptBalance.None)
                {
                    text.Entry(2, "balance", concept.Balance.ToSchemaName());
                }

                if (concept.IsAbstract)
                {
                    text.Entry(2, "abstract", "true", comments.OnLine("concepts", name, "abstract"));
                }

                if (!concept.IsNillable)
                {
                    text.Entry(2, "nillable", "false");
                }

                if (concept.Unit is { } unit)
                {
                    text.Entry(2, "unit", Name(unit.Value), comments.OnLine("concepts", name, "unit"));
                }

                WriteLabels(concept.Labels);
                if (concept.Documentation is { } documentation)
                {
                    text.Entry(2, "documentation", Text(documentation));
                }

                WriteReferences(concept.References);
                if (!concept.EnumerationValues.IsEmpty)
                {
                    text.Entry(2, "values", FlowList(concept.EnumerationValues));
                }

                if (concept.RangeMin is not null || concept.RangeMax is not null)
                {
                    text.Entry(2, "range", FlowMapping(("min", concept.RangeMin is { } min ? Number(min) : null), ("max", concept.RangeMax is { } max ? Number(max) : null)));
                }

                if (concept.Deprecation is { } deprecation)
                {
                    text.Entry(2, "deprecated", deprecation.Since is null && deprecation.ReplacedBy is null
                        ? "true"
                        : FlowMapping(("since", FlowText(deprecation.Since)), ("replacedBy", deprecation.ReplacedBy is { } by ? Name(by.Value) : null)));
                }
            }
        }

        /// <summary>The standard label as <c>label</c>, the file language's other roles under <c>labels</c>, other languages under <c>translations</c>.</summary>
        private void WriteLabels(EquatableArray<LabelDefinition> labels)
        {
            var main = labels.Where(l => l.Language == language).ToList();
            if (main.FirstOrDefault(l => l.Role == "standard") is { } standard)
            {
                text.Entry(2, "label", Text(standard.Text));
            }

            var others = main.Where(l => l.Role != "standard").OrderBy(l => RoleOrder(l.Role)).ToList();
            if (others.Count > 0)
            {
                text.Line(2, "labels:");
                foreach (var label in others)
                {
                    text.Entry(3, Name(label.Role), Text(label.Text));
                }
            }

            var translations = labels.Where(l => l.Language != language).GroupBy(l => l.Language, StringComparer.Ordinal).ToList();
            if (translations.Count == 0)
            {
                return;
            }

            text.Line(2, "translations:");
            foreach (var translation in translations)
            {
                text.Entry(3, Text(translation.Key));
                foreach (var label in translation.OrderBy(l => RoleOrder(l.Role)))
                {
                    text.Entry(4, Name(label.Role), Text(label.Text));
                }
            }
        }

        private void WriteReferences(EquatableArray<ReferenceDefinition> references)
        {
            if (references.IsEmpty)
            {
                return;
            }

            text.Line(2, "references:");
            foreach (var reference in references)
            {
                if (reference.Text is { } referenceText)
                {
                    text.Item(3, Text(referenceText));
                    continue;
                }

                text.Item(3, FlowMapping(
                    ("publisher", FlowText(reference.Publisher)), ("name", FlowText(reference.Name)), ("number", FlowText(reference.Number)),
                    ("section", FlowText(reference.Section)), ("paragraph", FlowText(reference.Paragraph)), ("uri", FlowText(reference.Uri))));
            }
        }

        private void WriteAxes()
        {
            if (!Section("axes", document.Axes.Count))
            {
                return;
            }

            foreach (var axis in document.Axes)
            {
                var name = axis.Name.Value;
                CommentsAbove(1, "axes", name);
                var empty = axis.Label is null && axis.Documentation is null && axis.Domain is null && axis.Default is null && axis.Members.IsEmpty;
                text.Entry(1, Name(name), empty ? "{}" : null, comments.OnLine("axes", name));
                WriteLabelAndDocumentation(axis.Label, axis.Documentation, 2);
                if (axis.Domain is { } domain)
                {
                    text.Entry(2, "domain", Name(domain.Value), comments.OnLine("axes", name, "domain"));
                }

                if (axis.Default is { } defaultMember)
                {
                    text.Entry(2, "default", Name(defaultMember.Value));
                }

                var children = axis.Members.ToLookup(m => m.Parent, StringComparer.Ordinal);
                WriteMembers(name, children, null, 2, new HashSet<string>(StringComparer.Ordinal));
            }
        }

        private void WriteLabelAndDocumentation(string? label, string? documentation, int level)
        {
            if (label is not null)
            {
                text.Entry(level, "label", Text(label));
            }

            if (documentation is not null)
            {
                text.Entry(level, "documentation", Text(documentation));
            }
        }

        /// <summary>The members under <paramref name="parent"/> (the domain when null), nested; each is written once, so a cycle cannot loop.</summary>
        private void WriteMembers(string axis, ILookup<string?, MemberDefinition> children, string? parent, int level, HashSet<string> written)
        {
            var members = children[parent].Where(m => written.Add(m.Name.Value)).ToList();
            if (members.Count == 0)
            {
                return;
            }

            text.Line(level, "members:");
            foreach (var member in members)
            {
                var name = member.Name.Value;
                CommentsAbove(level + 1, "axes", axis, "members", name);
                var leaf = member.Label is null && member.Terse is null && member.Documentation is null && !children[name].Any(m => !written.Contains(m.Name.Value));
                text.Entry(level + 1, Name(name), leaf ? "{}" : null, comments.OnLine("axes", axis, "members", name));
                WriteLabelAndDocumentation(member.Label, member.Documentation, level + 2);
                if (member.Terse is not null)
                {
                    text.Entry(level + 2, "terse", Text(member.Terse));
                }

                WriteMembers(axis, children, name, level + 2, written);
            }
        }

        private void WriteStatements()
        {
            if (!Section("statements", document.Statements.Count))
            {
                return;
            }

            foreach (var statement in document.Statements)
            {
                text.Entry(1, Name(statement.Name.Value));
                if (statement.Role is { } role)
                {
                    text.Entry(2, "role", Text(role));
                }

                if (statement.Title is { } title)
                {
                    text.Entry(2, "title", Text(title));
                }

                if (!statement.Axes.IsEmpty)
                {
                    text.Entry(2, "axes", FlowList(statement.Axes));
                }

                if (!statement.Members.IsEmpty)
                {
                    text.Entry(2, "members", FlowList(statement.Members));
                }

                if (!statement.Required.IsEmpty)
                {
                    text.Entry(2, "required", FlowList(statement.Required));
                }

                if (statement.LineItems.IsEmpty)
                {
                    text.Entry(2, "lineItems", "[]");
                    continue;
                }

                text.Line(2, "lineItems:");
                for (var index = 0; index < statement.LineItems.Count;)
                {
                    index = WriteLineItems(statement.LineItems, index, 3);
                }
            }
        }

        /// <summary>
        /// The line items from <paramref name="index"/> at its depth, each with the deeper ones after it nested under
        /// it; returns the index of the first item not written (shallower, or the end).
        /// </summary>
        private int WriteLineItems(EquatableArray<LineItemDefinition> items, int index, int level)
        {
            var depth = items[index].Depth;
            while (index < items.Count && items[index].Depth == depth)
            {
                var item = items[index++];
                var concept = Name(item.Concept.Value);
                var label = item.PreferredLabel is { } preferred ? Name(preferred) : null;
                if (index == items.Count || items[index].Depth <= depth)
                {
                    text.Item(level, label is null ? concept : "{ concept: " + concept + ", label: " + label + " }");
                    continue;
                }

                text.Item(level, "concept: " + concept);
                if (label is not null)
                {
                    text.Entry(level + 1, "label", label);
                }

                text.Line(level + 1, "lineItems:");
                while (index < items.Count && items[index].Depth > depth)
                {
                    index = WriteLineItems(items, index, level + 2);
                }
            }

            return index;
        }

        private void WriteCalculations(bool rollForwards)
        {
            var calculations = document.Calculations.Where(c => c.IsRollForward == rollForwards).ToList();
            var (section, totalKey, itemsKey) = rollForwards ? ("rollForwards", "balance", "changes") : ("calculations", "total", "items");
            if (!Section(section, calculations.Count))
            {
                return;
            }

            foreach (var calculation in calculations)
            {
                text.Item(1, totalKey + ": " + Name(calculation.Total.Value));
                if (calculation.Role is { } role)
                {
                    text.Entry(2, "role", Name(role.Value));
                }

                if (calculation.Items.IsEmpty)
                {
                    text.Entry(2, itemsKey, "{}");
                    continue;
                }

                text.Line(2, itemsKey + ":");
                foreach (var item in calculation.Items)
                {
                    text.Entry(3, Name(item.Concept.Value), Number(item.Weight.Value));
                }
            }
        }
    }
}
