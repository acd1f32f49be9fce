using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Import.Model;

/// <summary>XBRL label role URIs and the format's short names for them.</summary>
internal static class LabelRoles
{
    public const string Standard = "http://www.xbrl.org/2003/role/label";
    public const string Documentation = "http://www.xbrl.org/2003/role/documentation";

    private static readonly Dictionary<string, string> ShortNames = new(StringComparer.Ordinal)
    {
        [Standard] = "standard",
        ["http://www.xbrl.org/2003/role/terseLabel"] = "terse",
        ["http://www.xbrl.org/2003/role/verboseLabel"] = "verbose",
        ["http://www.xbrl.org/2003/role/totalLabel"] = "total",
        ["http://www.xbrl.org/2009/role/negatedLabel"] = "negated",
        ["http://www.xbrl.org/2009/role/negatedTotalLabel"] = "negatedTotal",
        ["http://www.xbrl.org/2009/role/negatedTerseLabel"] = "negatedTerse",
        ["http://www.xbrl.org/2003/role/periodStartLabel"] = "periodStart",
        ["http://www.xbrl.org/2003/role/periodEndLabel"] = "periodEnd",
        [Documentation] = "documentation",
    };

    // A preferred label in a role the format lacks is shown with the nearest role it has: the period placement of
    // negated opening and closing balances matters more than the sign flip of their words.
    private static readonly Dictionary<string, string?> NearestPreferred = new(StringComparer.Ordinal)
    {
        ["http://www.xbrl.org/2009/role/negatedPeriodStartLabel"] = "periodStart",
        ["http://www.xbrl.org/2009/role/negatedPeriodEndLabel"] = "periodEnd",
        ["http://www.xbrl.org/2009/role/negatedNetLabel"] = "negated",
        ["http://www.xbrl.org/2009/role/netLabel"] = null,
    };

    /// <summary>The format's name of a label role, or null when the format has none.</summary>
    public static string? ShortName(string roleUri) => ShortNames.TryGetValue(roleUri, out var name) ? name : null;

    /// <summary>
    /// The line item <c>label</c> for a presentation arc's preferredLabel: null for the standard label (the format's
    /// default), the nearest role for one the format lacks; <paramref name="approximated"/> says when it is not exact.
    /// </summary>
    public static string? Preferred(string? roleUri, out bool approximated)
    {
        approximated = false;
        if (roleUri is null || roleUri == Standard)
        {
            return null;
        }

        if (ShortNames.TryGetValue(roleUri, out var name))
        {
            return name;
        }

        approximated = true;
        return NearestPreferred.TryGetValue(roleUri, out var nearest) ? nearest : null;
    }
}
