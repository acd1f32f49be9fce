using System.Collections.Generic;

namespace TypedTaxonomy.Rendering;

/// <summary>
/// A page as the SEC's renderer lays it out: a title with its units and scale, columns grouped by duration, and rows
/// with their displayed values. The HTML and text writers only print it.
/// </summary>
/// <param name="Number">The page's number, 1 for the first (the SEC's <c>R1.htm</c>).</param>
/// <param name="Role">The presentation role, or null for the uncategorized items.</param>
/// <param name="Title">The title (the role's definition).</param>
/// <param name="Units">The unit of the page's first number (<c>USD ($)</c>, <c>$ / shares</c>, <c>shares</c>), or null.</param>
/// <param name="Scale">The scale of its numbers (<c>shares in Thousands, $ in Millions</c>), or null when they are shown as reported.</param>
/// <param name="ColumnGroups">The headings over the columns (<c>3 Months Ended</c> over two columns); empty when the columns are instants only.</param>
/// <param name="Columns">The column headings (<c>Mar. 29, 2025</c>).</param>
/// <param name="Rows">The rows, member groups included.</param>
public sealed record RenderedPage(
    int Number,
    string? Role,
    string Title,
    string? Units,
    string? Scale,
    IReadOnlyList<ColumnGroup> ColumnGroups,
    IReadOnlyList<string> Columns,
    IReadOnlyList<RenderedRow> Rows)
{
    /// <summary>The page's file name, as the SEC names it: <c>R2.htm</c>.</summary>
    public string FileName => "R" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".htm";

    /// <summary>The title with its units: <c>CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited) - USD ($)</c>.</summary>
    public string Heading => Units is null ? Title : Title + " - " + Units;
}

/// <summary>A heading over adjacent columns.</summary>
/// <param name="Label">The heading: <c>3 Months Ended</c>, or empty over instant columns.</param>
/// <param name="Span">How many columns it covers.</param>
public sealed record ColumnGroup(string Label, int Span);

/// <summary>What a row is.</summary>
public enum RenderedRowKind
{
    /// <summary>A line item with values.</summary>
    Item,

    /// <summary>A line item shown with its total label.</summary>
    Total,

    /// <summary>An abstract heading; no values.</summary>
    Heading,

    /// <summary>The members the following rows are reported for (<c>iPhone</c>); no values.</summary>
    MemberGroup,
}

/// <summary>A row of a page.</summary>
/// <param name="Kind">Item, total, heading or member group.</param>
/// <param name="Label">The label shown.</param>
/// <param name="Depth">Nesting under headings, 0 at the top.</param>
/// <param name="Concept">The concept shown, or null for a member group.</param>
/// <param name="Cells">One cell per column; empty for headings and member groups.</param>
public sealed record RenderedRow(RenderedRowKind Kind, string Label, int Depth, QName? Concept, IReadOnlyList<RenderedCell> Cells);

/// <summary>A displayed value.</summary>
/// <param name="Text">The text shown: <c>$ 95,359</c>, <c>(279)</c>, <c>true</c>; empty when nothing is reported.</param>
/// <param name="IsNumber">Whether it is a number (right-aligned).</param>
/// <param name="IsNegative">Whether the number shown is negative (in parentheses).</param>
/// <param name="Html">For a text block, its content as safe HTML; otherwise null.</param>
public sealed record RenderedCell(string Text, bool IsNumber, bool IsNegative, string? Html = null)
{
    /// <summary>An empty cell.</summary>
    public static RenderedCell Empty { get; } = new(string.Empty, false, false);
}
