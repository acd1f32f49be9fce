using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Rendering;

/// <summary>
/// One presentation role of a taxonomy set (a statement, a note, a details table) as a page shows it: its role, its
/// title (the role's definition without the SEC's sort code and category), its rows in presentation order with the
/// label each place shows, and the axes its facts may be broken down by.
/// </summary>
/// <param name="Role">The extended link role URI.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Rows">The rows in presentation order, headings included.</param>
/// <param name="Axes">The axes whose members group the page's facts.</param>
/// <param name="Members">The members of those axes the page shows; empty for every member.</param>
public sealed record PresentationPage(string Role, string Title, IReadOnlyList<PresentationRow> Rows, IReadOnlyList<QName> Axes, IReadOnlyList<QName> Members);

/// <summary>A member of an axis as a page names it, and its place in the axis's member tree.</summary>
/// <param name="Name">The member.</param>
/// <param name="Label">The label a table shows it with: its terse label, or its standard one.</param>
/// <param name="Order">Its position among the members of its axis, depth first.</param>
public sealed record PresentationMember(QName Name, string Label, int Order);

/// <summary>
/// What a taxonomy set presents: its pages in the taxonomy's role order and the members that group their facts. Made
/// from schema files at run time (<c>typed-taxonomy render</c>) or from a generated taxonomy's statements.
/// </summary>
public sealed class ReportPresentation
{
    private readonly IReadOnlyDictionary<QName, PresentationMember> members;

    /// <summary>Creates a presentation.</summary>
    /// <param name="pages">The pages in role order.</param>
    /// <param name="members">Every member the pages' axes may take.</param>
    public ReportPresentation(IReadOnlyList<PresentationPage> pages, IReadOnlyDictionary<QName, PresentationMember> members)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(members);
        Pages = pages;
        this.members = members;
    }

    /// <summary>The pages in role order.</summary>
    public IReadOnlyList<PresentationPage> Pages { get; }

    /// <summary>A member as a page shows it; a member the taxonomy does not declare is shown by its local name, after the declared ones.</summary>
    /// <param name="member">The member.</param>
    public PresentationMember Member(QName member) =>
        members.TryGetValue(member, out var found) ? found : new PresentationMember(member, member.LocalName, int.MaxValue);
}
