namespace TypedTaxonomy;

/// <summary>
/// A footnote attached to a fact: an XBRL 2.1 <c>link:footnote</c> reached by a <c>link:footnoteArc</c> from the fact's
/// locator, or an Inline XBRL <c>ix:footnote</c> reached by an <c>ix:relationship</c>.
/// </summary>
/// <param name="Content">
/// The footnote's content: its text, with any XHTML markup in it written out as markup (<c>See &lt;b&gt;note
/// 4&lt;/b&gt;</c>), without namespace declarations.
/// </param>
/// <param name="Language">Its language (<c>xml:lang</c>), if given.</param>
/// <param name="Id">Its id in its document (<c>id</c>, or the Inline XBRL <c>footnoteID</c>), if it has one.</param>
/// <param name="Role">Its resource role; <see cref="StandardRole"/> unless another is given.</param>
/// <param name="Arcrole">The arcrole that links the fact to it; <see cref="FactFootnoteArcrole"/> unless another is given.</param>
/// <param name="LinkRole">The extended link role it is in; <see cref="StandardLinkRole"/> unless another is given.</param>
public sealed record Footnote(
    string Content,
    string? Language = null,
    string? Id = null,
    string Role = Footnote.StandardRole,
    string Arcrole = Footnote.FactFootnoteArcrole,
    string LinkRole = Footnote.StandardLinkRole)
{
    /// <summary>The standard footnote resource role.</summary>
    public const string StandardRole = "http://www.xbrl.org/2003/role/footnote";

    /// <summary>The arcrole from a fact to its footnote.</summary>
    public const string FactFootnoteArcrole = "http://www.xbrl.org/2003/arcrole/fact-footnote";

    /// <summary>The standard extended link role.</summary>
    public const string StandardLinkRole = "http://www.xbrl.org/2003/role/link";
}
