using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Generator.Specs;

/// <summary>The kinds of generated file.</summary>
internal enum SliceKind
{
    /// <summary>The concepts one schema file declares.</summary>
    Catalog,

    /// <summary>A taxonomy's identity, units, concept list and the rules of its set.</summary>
    Taxonomy,

    /// <summary>An axis's members.</summary>
    Axis,

    /// <summary>An enumeration concept's values.</summary>
    Enumeration,

    /// <summary>A statement class.</summary>
    Statement,
}

/// <summary>
/// What one generated file is built from: its kind, its key, and the share of the resolved set its spec reads, and
/// nothing more. Every taxonomy of the set is in <see cref="Set"/> with its identity and units; the concepts, axes,
/// statements and calculations are only those the file uses. The generator caches each file on its slice, so an edit
/// plans and renders again only the files whose slice it changed.
/// </summary>
/// <param name="Kind">What the file is.</param>
/// <param name="Prefix">The prefix of the taxonomy the file belongs to.</param>
/// <param name="Key">The schema file of a catalog, the name of an axis, enumeration or statement; empty for the taxonomy file.</param>
/// <param name="Set">The share of the resolved set the file is built from.</param>
/// <param name="Stem">A catalog's hint name stem, unique among the taxonomy's files.</param>
/// <param name="Holders">The holder classes of a catalog file, or of every catalog file for the taxonomy file.</param>
internal sealed record SpecSlice(SliceKind Kind, string Prefix, string Key, TaxonomySet Set, string Stem, EquatableArray<string> Holders)
{
    /// <summary>Where a failure to plan the file is reported: the schema file it comes from, else the taxonomy's first.</summary>
    public string SourcePath => Kind == SliceKind.Catalog
        ? Key
        : Set.Taxonomies.FirstOrDefault(t => t.Prefix == Prefix) is { } owner
            ? owner.Statements.Select(s => s.FilePath).Concat(owner.Concepts.Select(c => c.FilePath)).Concat(owner.FilePaths).FirstOrDefault() ?? Prefix
            : Prefix;

    /// <summary>The slices of every file generated for a resolved set, in a fixed order.</summary>
    public static IReadOnlyList<SpecSlice> Of(TaxonomySet set) => Of(set, (_, exception) => throw exception);

    /// <summary>
    /// The slices of every file generated for a resolved set; a taxonomy whose slicing fails is reported to
    /// <paramref name="failed"/> and left out, so the other taxonomies' code is still generated.
    /// </summary>
    public static IReadOnlyList<SpecSlice> Of(TaxonomySet set, Action<ResolvedTaxonomy, Exception> failed)
    {
        var slicer = new Slicer(set);
        var slices = new List<SpecSlice>();
        foreach (var taxonomy in set.Taxonomies)
        {
            try
            {
                slices.AddRange(slicer.For(taxonomy).ToList());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed(taxonomy, exception);
            }
        }

        return slices;
    }

    /// <summary>Cuts the set into slices; looks each concept and axis up once.</summary>
    private sealed class Slicer
    {
        private readonly TaxonomySet set;
        private readonly Dictionary<string, ResolvedTaxonomy> headers = new(StringComparer.Ordinal);
        private readonly ByKey<ResolvedConcept> concepts = new();
        private readonly ByKey<ResolvedAxis> axes = new();

        /// <summary>The concepts of the statement being cut, and the calculations among them: kept between statements, cleared for each.</summary>
        private readonly HashSet<ConceptKey> used = new();
        private readonly List<(int Order, string Prefix, bool IsRollForward, ResolvedCalculation Calculation)> inside = new();

        /// <summary>Every summation and roll-forward of the set by its total, numbered in the set's order.</summary>
        private readonly ByKey<List<(int Order, string Prefix, bool IsRollForward, ResolvedCalculation Calculation)>> byTotal = new();

        public Slicer(TaxonomySet set)
        {
            this.set = set;
            var order = 0;
            foreach (var taxonomy in set.Taxonomies)
            {
                headers[taxonomy.Prefix] = taxonomy with
                {
                    Concepts = EquatableArray<ResolvedConcept>.Empty,
                    Axes = EquatableArray<ResolvedAxis>.Empty,
                    Statements = EquatableArray<ResolvedStatement>.Empty,
                    Calculations = EquatableArray<ResolvedCalculation>.Empty,
                    RollForwards = EquatableArray<ResolvedCalculation>.Empty,
                    FilePaths = EquatableArray<string>.Empty,
                };
                // Sized once: at US-GAAP scale, growth is most of the work.
                var ownConcepts = concepts.Of(taxonomy.Prefix, taxonomy.Concepts.Count);
                foreach (var concept in taxonomy.Concepts)
                {
                    ownConcepts[concept.Key.LocalName] = concept;
                }

                var ownAxes = axes.Of(taxonomy.Prefix, taxonomy.Axes.Count);
                foreach (var axis in taxonomy.Axes)
                {
                    ownAxes[axis.Key.LocalName] = axis;
                }

                foreach (var (calculation, isRollForward) in taxonomy.Calculations.Select(c => (c, false)).Concat(taxonomy.RollForwards.Select(r => (r, true))))
                {
                    var totals = byTotal.Of(calculation.Total.Prefix, 0);
                    if (!totals.TryGetValue(calculation.Total.LocalName, out var list))
                    {
                        list = new();
                        totals.Add(calculation.Total.LocalName, list);
                    }

                    list.Add((order++, taxonomy.Prefix, isRollForward, calculation));
                }
            }
        }

        public IEnumerable<SpecSlice> For(ResolvedTaxonomy taxonomy)
        {
            var catalog = Catalog(taxonomy);
            foreach (var file in catalog)
            {
                yield return file;
            }

            yield return Taxonomy(taxonomy, catalog.SelectMany(f => f.Holders).ToEquatableArray());
            foreach (var axis in taxonomy.Axes)
            {
                var share = new Share();
                share.Of(taxonomy.Prefix).Axes.Add(axis);
                share.Of(taxonomy.Prefix).Concepts.Add(concepts[axis.Key]);
                yield return Slice(SliceKind.Axis, taxonomy.Prefix, axis.Key.LocalName, share);
            }

            foreach (var concept in taxonomy.Concepts.Where(c => c.DataType == ConceptDataType.Enumeration && !c.IsAbstract))
            {
                var share = new Share();
                share.Of(taxonomy.Prefix).Concepts.Add(concept);
                yield return Slice(SliceKind.Enumeration, taxonomy.Prefix, concept.Key.LocalName, share);
            }

            foreach (var statement in taxonomy.Statements)
            {
                yield return Statement(taxonomy, statement);
            }
        }

        /// <summary>
        /// One slice per schema file of the taxonomy, with its unique stem and its holder classes (chunks of
        /// <see cref="SpecBuilder.ConceptsPerHolder"/>), named so that no holder meets a concept's C# name.
        /// </summary>
        private List<SpecSlice> Catalog(ResolvedTaxonomy taxonomy)
        {
            // The concepts by file, in the set's order, and the C# names of those whose name is not already one (a
            // holder class must meet none); a name that is already one is found in the concept table.
            var byFile = new Dictionary<string, List<ResolvedConcept>>(StringComparer.Ordinal);
            var renamed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var concept in taxonomy.Concepts)
            {
                var identifier = GeneratedNames.Identifier(concept.Key.LocalName);
                if (identifier != concept.Key.LocalName)
                {
                    renamed.Add(identifier);
                }

                if (!byFile.TryGetValue(concept.FilePath, out var list))
                {
                    byFile.Add(concept.FilePath, list = new List<ResolvedConcept>());
                }

                list.Add(concept);
            }

            var taken = new HashSet<string>(StringComparer.Ordinal)
            {
                GeneratedNames.ConceptsClass(taxonomy.Name), GeneratedNames.ConceptList,
            };
            bool IsTaken(string name) =>
                taken.Contains(name) || renamed.Contains(name) || (concepts.TryGetValue(new ConceptKey(taxonomy.Prefix, name), out var concept) && GeneratedNames.Identifier(concept.Key.LocalName) == concept.Key.LocalName);

            var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var files = new List<SpecSlice>();
            foreach (var path in byFile.Keys.OrderBy(p => p, StringComparer.Ordinal))
            {
                var group = byFile[path];
                var stem = GeneratedNames.Identifierish(GeneratedNames.FileStem(path));
                var unique = stem;
                for (var i = 2; !stems.Add(unique); i++)
                {
                    unique = stem + i.ToString(CultureInfo.InvariantCulture);
                }

                var count = group.Count;
                var pascal = GeneratedNames.PascalCase(unique);
                var holders = new List<string>();
                for (var start = 0; start < count; start += SpecBuilder.ConceptsPerHolder)
                {
                    var holderStem = count <= SpecBuilder.ConceptsPerHolder ? pascal : pascal + (start / SpecBuilder.ConceptsPerHolder + 1).ToString(CultureInfo.InvariantCulture);
                    var holder = holderStem;
                    for (var i = 2; IsTaken(holder); i++)
                    {
                        holder = holderStem + "_" + i.ToString(CultureInfo.InvariantCulture);
                    }

                    taken.Add(holder);
                    holders.Add(holder);
                }

                var share = new Share();
                share.Of(taxonomy.Prefix).Concepts.AddRange(group);
                files.Add(Slice(SliceKind.Catalog, taxonomy.Prefix, path, share, unique, holders.ToEquatableArray()));
            }

            return files;
        }

        /// <summary>
        /// The taxonomy file reads the rules of the taxonomies it reaches (their summations, roll-forwards and ranges)
        /// and the names of their axes and statements; not the statements' content.
        /// </summary>
        private SpecSlice Taxonomy(ResolvedTaxonomy taxonomy, EquatableArray<string> holders)
        {
            var share = new Share();
            share.FilePaths = taxonomy.FilePaths;
            foreach (var reached in set.Reachable(taxonomy))
            {
                var part = share.Of(reached.Prefix);
                part.Concepts.AddRange(reached.Concepts.Where(c => c.RangeMin is not null || c.RangeMax is not null));
                part.Axes.AddRange(reached.Axes.Select(a => a with { Label = string.Empty, Members = EquatableArray<ResolvedMember>.Empty }));
                part.Statements.AddRange(reached.Statements.Select(s => new ResolvedStatement(s.Name, string.Empty, string.Empty, EquatableArray<ConceptKey>.Empty, EquatableArray<ConceptKey>.Empty, EquatableArray<ResolvedLineItem>.Empty, string.Empty)));
                part.Calculations.AddRange(reached.Calculations);
                part.RollForwards.AddRange(reached.RollForwards);
            }

            return Slice(SliceKind.Taxonomy, taxonomy.Prefix, string.Empty, share, string.Empty, holders);
        }

        /// <summary>
        /// A statement reads its line items' concepts, its axes, and the summations and roll-forwards of the set whose
        /// concepts are all among its line items (the only ones it can check), in the set's order.
        /// </summary>
        private SpecSlice Statement(ResolvedTaxonomy taxonomy, ResolvedStatement statement)
        {
            var share = new Share();
            share.Of(taxonomy.Prefix).Statements.Add(statement);
            var used = this.used;
            used.Clear();
            foreach (var item in statement.LineItems)
            {
                if (used.Add(item.Concept))
                {
                    share.Of(item.Concept.Prefix).Concepts.Add(concepts[item.Concept]);
                }
            }

            foreach (var axis in statement.Axes)
            {
                share.Of(axis.Prefix).Axes.Add(axes[axis]);
            }

            // Found through their totals, not by a scan of every summation of the set, and kept in the set's order.
            var inside = this.inside;
            inside.Clear();
            foreach (var key in used)
            {
                if (!byTotal.TryGetValue(key, out var list))
                {
                    continue;
                }

                foreach (var candidate in list)
                {
                    if (candidate.Calculation.Items.All(i => used.Contains(i.Concept)))
                    {
                        inside.Add(candidate);
                    }
                }
            }

            inside.Sort((a, b) => a.Order.CompareTo(b.Order));
            foreach (var (_, prefix, isRollForward, calculation) in inside)
            {
                (isRollForward ? share.Of(prefix).RollForwards : share.Of(prefix).Calculations).Add(calculation);
            }

            return Slice(SliceKind.Statement, taxonomy.Prefix, statement.Name, share);
        }

        private SpecSlice Slice(SliceKind kind, string prefix, string key, Share share, string stem = "", EquatableArray<string>? holders = null) =>
            new(kind, prefix, key, share.ToSet(set, headers, prefix), stem, holders ?? EquatableArray<string>.Empty);
    }

    /// <summary>
    /// Values by concept key, in a table per prefix by local name: a table keyed by one string hashes faster than one
    /// keyed by a pair of strings, and the slicer looks tens of thousands of keys up.
    /// </summary>
    private sealed class ByKey<T>
        where T : class
    {
        private readonly Dictionary<string, Dictionary<string, T>> byPrefix = new(StringComparer.Ordinal);

        public T this[ConceptKey key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not in the set");

        /// <summary>The table of one prefix, made (with room for <paramref name="capacity"/> names) if there is none.</summary>
        public Dictionary<string, T> Of(string prefix, int capacity)
        {
            if (!byPrefix.TryGetValue(prefix, out var table))
            {
                table = new Dictionary<string, T>(capacity, StringComparer.Ordinal);
                byPrefix.Add(prefix, table);
            }

            return table;
        }

        public bool TryGetValue(ConceptKey key, out T value)
        {
            if (byPrefix.TryGetValue(key.Prefix, out var table) && table.TryGetValue(key.LocalName, out var found))
            {
                value = found;
                return true;
            }

            value = null!;
            return false;
        }
    }

    /// <summary>The parts of each taxonomy a slice takes, gathered before they become records.</summary>
    private sealed class Share
    {
        private readonly Dictionary<string, Part> parts = new(StringComparer.Ordinal);

        public EquatableArray<string> FilePaths { get; set; } = EquatableArray<string>.Empty;

        public Part Of(string prefix)
        {
            if (!parts.TryGetValue(prefix, out var part))
            {
                part = new Part();
                parts.Add(prefix, part);
            }

            return part;
        }

        public TaxonomySet ToSet(TaxonomySet set, Dictionary<string, ResolvedTaxonomy> headers, string owner) =>
            new(set.Taxonomies.Select(t =>
            {
                var header = headers[t.Prefix];
                var withPaths = t.Prefix == owner ? header with { FilePaths = FilePaths } : header;
                return parts.TryGetValue(t.Prefix, out var part)
                    ? withPaths with
                    {
                        Concepts = part.Concepts.ToEquatableArray(),
                        Axes = part.Axes.ToEquatableArray(),
                        Statements = part.Statements.ToEquatableArray(),
                        Calculations = part.Calculations.ToEquatableArray(),
                        RollForwards = part.RollForwards.ToEquatableArray(),
                    }
                    : withPaths;
            }).ToEquatableArray());
    }

    private sealed class Part
    {
        public List<ResolvedConcept> Concepts { get; } = new();

        public List<ResolvedAxis> Axes { get; } = new();

        public List<ResolvedStatement> Statements { get; } = new();

        public List<ResolvedCalculation> Calculations { get; } = new();

        public List<ResolvedCalculation> RollForwards { get; } = new();
    }
}
