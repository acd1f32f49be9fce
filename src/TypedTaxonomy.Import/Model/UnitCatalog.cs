using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Import.Inference;

namespace TypedTaxonomy.Import.Model;

/// <summary>The units of the instance, with ids made from their measures (<c>USD</c>, <c>Shares</c>, <c>USDPerShare</c>).</summary>
internal sealed class UnitCatalog
{
    private readonly SortedDictionary<string, UnitInfo> byMeasures = new(StringComparer.Ordinal);

    public IEnumerable<UnitInfo> All => byMeasures.Values;

    public static UnitCatalog Build(InstanceFacts? facts)
    {
        var catalog = new UnitCatalog();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var measures in facts?.Units.Keys ?? Enumerable.Empty<string>())
        {
            var id = BaseId(measures);
            var candidate = id;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = id + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            catalog.byMeasures.Add(measures, new UnitInfo(candidate, measures));
        }

        return catalog;
    }

    public UnitInfo? Find(string measures) => byMeasures.TryGetValue(measures, out var unit) ? unit : null;

    private static string BaseId(string measures)
    {
        var (numerator, denominator) = UnitInfo.Split(measures);
        var id = string.Concat(numerator.Select(m => MeasureId(m, denominator: false)));
        return denominator.Length == 0 ? id : id + "Per" + string.Concat(denominator.Select(m => MeasureId(m, denominator: true)));
    }

    private static string MeasureId(string measure, bool denominator)
    {
        var colon = measure.IndexOf(':');
        var prefix = colon > 0 ? measure.Substring(0, colon) : string.Empty;
        var local = colon > 0 ? measure.Substring(colon + 1) : measure;
        return (prefix, local) switch
        {
            ("iso4217", _) => local.ToUpperInvariant(),
            ("xbrli", "shares") => denominator ? "Share" : "Shares",
            ("xbrli", "pure") => "Pure",
            _ => Identifiers.ToIdentifier(local, "Unit"),
        };
    }
}
