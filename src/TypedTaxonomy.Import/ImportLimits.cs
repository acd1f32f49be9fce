using System.Globalization;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Xml;
using TypedTaxonomy.Schema.Yaml;

namespace TypedTaxonomy.Import;

/// <summary>
/// The bounds on the trees a taxonomy's linkbases make (a statement's line items, an axis's members), checked where
/// each tree is first walked, so that the later phases may recurse over trees known to be shallow and small, and an
/// oversized tree is an error located at the arc that crosses the bound, before anything is written.
/// </summary>
public static class ImportLimits
{
    /// <summary>
    /// How deep a tree may nest below its root. Line items and members nest two YAML levels per level (a sequence
    /// or mapping and the item's own mapping) under four levels of the file (the document, <c>statements</c> or
    /// <c>axes</c>, the statement or axis, its <c>lineItems</c> or <c>members</c>), and the reader takes
    /// <see cref="YamlReaderLimits.MaxDepth"/> levels; a deeper tree could only be written as a file that does not
    /// load, its indentation growing with every level.
    /// </summary>
    public static readonly int MaxDepth = (YamlReaderLimits.Default.MaxDepth - 5) / 2;

    /// <summary>
    /// How many places one role's presentation trees may have, counting a concept once per path to it: a network
    /// that shares subtrees at every level would otherwise unfold into exponentially many line items.
    /// </summary>
    public const int MaxPlaces = 100_000;

    /// <summary>Refuses <paramref name="arc"/> when its target sits at <paramref name="depth"/> (from 1 below the root) past <see cref="MaxDepth"/>.</summary>
    internal static void CheckDepth(Relationship arc, int depth, string tree)
    {
        if (depth > MaxDepth)
        {
            throw XmlInput.Error(arc.FilePath, arc.Arc, string.Create(CultureInfo.InvariantCulture, $"the {tree} in {Excerpt.Quote(arc.LinkRole)} nests deeper than {MaxDepth} levels here, at {Excerpt.Shorten(arc.To.ToString())}; the format cannot nest it deeper"));
        }
    }

    /// <summary>Refuses <paramref name="arc"/> when it opens the <paramref name="places"/>-th place of its role's presentation trees, past <see cref="MaxPlaces"/>.</summary>
    internal static void CheckPlaces(Relationship arc, int places)
    {
        if (places > MaxPlaces)
        {
            throw XmlInput.Error(arc.FilePath, arc.Arc, string.Create(CultureInfo.InvariantCulture, $"the presentation trees in {Excerpt.Quote(arc.LinkRole)} unfold into more than {MaxPlaces:N0} line items (subtrees shared at many levels); this arc is the first past the limit"));
        }
    }
}
