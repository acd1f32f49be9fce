namespace TypedTaxonomy.Import.Linkbases;

/// <summary>The arc roles the import and the XBRL 2.1 processor (<c>Dts/</c>) read.</summary>
internal static class Arcroles
{
    public const string ParentChild = "http://www.xbrl.org/2003/arcrole/parent-child";
    public const string SummationItem = "http://www.xbrl.org/2003/arcrole/summation-item";

    // Calculations 1.1 uses a new arc role with the same meaning for the relationships themselves.
    public const string SummationItem11 = "https://xbrl.org/2023/arcrole/summation-item";
    public const string ConceptLabel = "http://www.xbrl.org/2003/arcrole/concept-label";
    public const string ConceptReference = "http://www.xbrl.org/2003/arcrole/concept-reference";
    public const string GeneralSpecial = "http://www.xbrl.org/2003/arcrole/general-special";
    public const string EssenceAlias = "http://www.xbrl.org/2003/arcrole/essence-alias";
    public const string SimilarTuples = "http://www.xbrl.org/2003/arcrole/similar-tuples";
    public const string RequiresElement = "http://www.xbrl.org/2003/arcrole/requires-element";
    public const string FactFootnote = Footnote.FactFootnoteArcrole;
    public const string All = "http://xbrl.org/int/dim/arcrole/all";
    public const string NotAll = "http://xbrl.org/int/dim/arcrole/notAll";
    public const string HypercubeDimension = "http://xbrl.org/int/dim/arcrole/hypercube-dimension";
    public const string DimensionDomain = "http://xbrl.org/int/dim/arcrole/dimension-domain";
    public const string DomainMember = "http://xbrl.org/int/dim/arcrole/domain-member";
    public const string DimensionDefault = "http://xbrl.org/int/dim/arcrole/dimension-default";
}
