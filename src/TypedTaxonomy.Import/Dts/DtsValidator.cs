using System.Collections.Generic;

namespace TypedTaxonomy.Import.Dts;

/// <summary>The taxonomy rules of XBRL 2.1 checked on a discovered DTS, with Arelle's codes.</summary>
public static class DtsValidator
{
    /// <summary>Checks <paramref name="dts"/>, adding to <paramref name="findings"/>.</summary>
    public static void Validate(DtsSet dts, DtsRelationships relationships, List<DtsFinding> findings)
    {
        System.ArgumentNullException.ThrowIfNull(dts);
        System.ArgumentNullException.ThrowIfNull(relationships);
        System.ArgumentNullException.ThrowIfNull(findings);
    }
}
