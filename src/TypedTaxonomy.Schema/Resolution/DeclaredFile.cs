using System;
using System.Collections.Immutable;
using System.Linq;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>
/// One parsed schema file with the records of what it declares made once, from the file alone: a resolved concept for
/// each concept, axis, domain and member it declares. Resolution's first step, per file: the generator caches it on the
/// file's parse, so the records of a file that did not change are the same objects in every run, and whatever is built
/// from them compares equal in one step.
/// </summary>
/// <remarks>
/// The records take what only the whole set knows as the file would have it alone: a concept's unit as written (the
/// set clears it when the unit is unknown) and the labels of axes, domains and members in the file's own language (the
/// set makes them again in the taxonomy's language when another file sets it first). Equal when the parsed files are.
/// </remarks>
public sealed class DeclaredFile : IEquatable<DeclaredFile>
{
    private DeclaredFile(ParsedSchemaFile parsed, Records? records)
    {
        Parsed = parsed;
        OwnRecords = records;
    }

    /// <summary>The file as parsed.</summary>
    public ParsedSchemaFile Parsed { get; }

    /// <summary>The file's path.</summary>
    public string Path => Parsed.Path;

    /// <summary>The file's model, or null when it does not parse.</summary>
    public TaxonomyDocument? Document => Parsed.Result.Document;

    /// <summary>The records made in the file's own language; null when the file does not parse.</summary>
    internal Records? OwnRecords { get; }

    /// <summary>Makes the records of a parsed file. Never throws for bad input.</summary>
    public static DeclaredFile Declare(ParsedSchemaFile parsed)
    {
        if (parsed is null)
        {
            throw new ArgumentNullException(nameof(parsed));
        }

        Records? records = null;
        if (parsed.Result.Document is { } document)
        {
            try
            {
                records = Records.Make(document, document.Header.Language ?? "en");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Never thrown from here: the link makes the records again, where a failure becomes a TAX0027.
            }
        }

        return new DeclaredFile(parsed, records);
    }

    /// <summary>The records in <paramref name="language"/>, the language of the file's taxonomy: the file's own, or made again.</summary>
    internal Records RecordsIn(string language) =>
        OwnRecords is { } own && own.Language == language ? own : Records.Make(Document!, language);

    /// <inheritdoc />
    public bool Equals(DeclaredFile? other) => ReferenceEquals(this, other) || (other is not null && Parsed.Equals(other.Parsed));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DeclaredFile);

    /// <inheritdoc />
    public override int GetHashCode() => Parsed.Path.GetHashCode();

    /// <summary>The records of one file's declarations, in one language.</summary>
    internal sealed class Records
    {
        private Records(string language, ResolvedConcept[] concepts, AxisRecords[] axes)
        {
            Language = language;
            Concepts = concepts;
            Axes = axes;
        }

        /// <summary>The language of the labels made for axes, domains and members.</summary>
        public string Language { get; }

        /// <summary>One record per concept of the document, in its order; the unit as written.</summary>
        public ResolvedConcept[] Concepts { get; }

        /// <summary>One per axis of the document, in its order.</summary>
        public AxisRecords[] Axes { get; }

        public static Records Make(TaxonomyDocument document, string language)
        {
            var prefix = document.Header.Prefix.Value;
            var concepts = new ResolvedConcept[document.Concepts.Count];
            for (var i = 0; i < concepts.Length; i++)
            {
                concepts[i] = Concept(document.Concepts[i], prefix, document.FilePath);
            }

            var axes = new AxisRecords[document.Axes.Count];
            for (var i = 0; i < axes.Length; i++)
            {
                axes[i] = Axis(document.Axes[i], prefix, language, document.FilePath);
            }

            return new Records(language, concepts, axes);
        }

        private static ResolvedConcept Concept(ConceptDefinition concept, string prefix, string filePath) =>
            new(
                new ConceptKey(prefix, concept.Name.Value),
                ConceptRole.Item,
                concept.DataType,
                concept.PeriodType ?? ConceptPeriodType.Duration,
                concept.Balance,
                concept.IsAbstract,
                concept.IsNillable,
                concept.Unit?.Value,
                concept.Labels,
                concept.Documentation,
                concept.References,
                concept.EnumerationValues.IsEmpty ? EquatableArray<string>.Empty : concept.EnumerationValues.Select(v => v.Value).ToEquatableArray(),
                concept.RangeMin,
                concept.RangeMax,
                concept.Deprecation is not null,
                concept.Deprecation?.Since,
                concept.Deprecation?.ReplacedBy is { } replacement ? ConceptKey.Parse(replacement.Value, prefix) : null,
                filePath);

        private static AxisRecords Axis(AxisDefinition axis, string prefix, string language, string filePath)
        {
            ResolvedConcept? axisConcept = null;
            ResolvedConcept? domainConcept = null;
            var axisName = axis.Name.Value;
            if (axisName.IndexOf(':') < 0)
            {
                // Members added to another taxonomy's axis have no axis or domain of their own.
                var domainName = DomainName(axis);
                axisConcept = Dimension(prefix, axisName, ConceptRole.Axis, axis.Label ?? NameRules.ToSentence(axisName), axis.Documentation, language, filePath);
                domainConcept = Dimension(prefix, domainName, ConceptRole.Domain, NameRules.ToSentence(domainName), null, language, filePath);
            }

            var members = new (ResolvedConcept Concept, string Label)[axis.Members.Count];
            for (var i = 0; i < members.Length; i++)
            {
                var member = axis.Members[i];
                var label = member.Label ?? NameRules.ToSentence(member.Name.Value.EndsWith("Member", StringComparison.Ordinal) && member.Name.Value.Length > 6 ? member.Name.Value.Substring(0, member.Name.Value.Length - 6) : member.Name.Value);
                var concept = Dimension(prefix, member.Name.Value, ConceptRole.Member, label, member.Documentation, language, filePath);
                if (member.Terse is not null)
                {
                    concept = concept with { Labels = concept.Labels.Concat(new[] { new LabelDefinition("terse", language, member.Terse) }).ToEquatableArray() };
                }

                members[i] = (concept, label);
            }

            return new AxisRecords(axisConcept, domainConcept, members);
        }

        /// <summary>The domain of an axis: the one it names, else the axis's name with <c>Domain</c> for <c>Axis</c>.</summary>
        public static string DomainName(AxisDefinition axis)
        {
            var axisName = axis.Name.Value;
            return axis.Domain?.Value ?? (axisName.EndsWith("Axis", StringComparison.Ordinal) ? axisName.Substring(0, axisName.Length - 4) : axisName) + "Domain";
        }

        private static ResolvedConcept Dimension(string prefix, string name, ConceptRole role, string label, string? documentation, string language, string filePath) =>
            new(
                new ConceptKey(prefix, name),
                role,
                null,
                ConceptPeriodType.Duration,
                ConceptBalance.None,
                true,
                true,
                null,
                new EquatableArray<LabelDefinition>(ImmutableArray.Create(new LabelDefinition("standard", language, label))),
                documentation,
                EquatableArray<ReferenceDefinition>.Empty,
                EquatableArray<string>.Empty,
                null,
                null,
                false,
                null,
                null,
                filePath);
    }

    /// <summary>The records of one axis entry: its axis and domain concepts (none for members added to another taxonomy's axis) and its members with their labels.</summary>
    internal sealed record AxisRecords(ResolvedConcept? Axis, ResolvedConcept? Domain, (ResolvedConcept Concept, string Label)[] Members);
}
