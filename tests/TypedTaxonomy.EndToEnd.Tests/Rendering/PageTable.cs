using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TypedTaxonomy.EndToEnd.Tests.Rendering;

/// <summary>A row as a reader sees it: its label and the text of each value cell.</summary>
public sealed record PageRow(string Label, IReadOnlyList<string> Values)
{
    public override string ToString() => Label + " | " + string.Join(" | ", Values);
}

/// <summary>
/// What a reader sees of an R page, read with an HTML parser from the SEC's pages and ours alike: the title and scale
/// lines of the top-left heading cell, the column group headings, the column headings and the rows.
/// </summary>
public sealed partial record PageTable(string Heading, string? Scale, IReadOnlyList<string> ColumnGroups, IReadOnlyList<string> Columns, IReadOnlyList<PageRow> Rows)
{
    /// <summary>Reads the first <c>table.report</c> of an SEC R page (its rows are <c>tr</c> with a <c>td.pl</c> label).</summary>
    public static PageTable FromSec(string html)
    {
        var table = Parse(html);
        var allRows = RowsOf(table);
        var headerRows = allRows.Where(tr => Cells(tr).Any(c => c.LocalName == "th")).ToList();
        var (heading, scale) = TitleOf(Cells(headerRows[0]).First(c => c.ClassList.Contains("tl")));
        var groups = headerRows.Count > 1 ? Cells(headerRows[0]).Where(c => c.ClassList.Contains("th")).Select(Text).ToList() : new List<string>();
        var columns = Cells(headerRows[^1]).Where(c => c.ClassList.Contains("th")).Select(Text).ToList();
        var rows = allRows
            .Where(tr => Cells(tr).FirstOrDefault() is { } first && first.ClassList.Contains("pl"))
            .Select(tr => new PageRow(Text(Cells(tr)[0]), Cells(tr).Skip(1).Select(Text).ToList()))
            .ToList();
        return new PageTable(heading, scale, groups, columns, rows);
    }

    /// <summary>Reads our page: the header cells of <c>thead</c>, a <c>th scope=row</c> label per body row.</summary>
    public static PageTable FromOurs(string html)
    {
        var table = Parse(html);
        var head = table.Children.Single(c => c.LocalName == "thead").Children.ToList();
        var (heading, scale) = TitleOf(Cells(head[0]).First(c => c.ClassList.Contains("tl")));
        var groups = head.SelectMany(Cells).Where(c => c.GetAttribute("scope") == "colgroup").Select(Text).ToList();
        var columns = head.SelectMany(Cells).Where(c => c.GetAttribute("scope") == "col" && !c.ClassList.Contains("tl")).Select(Text).ToList();
        var rows = table.Children.Single(c => c.LocalName == "tbody").Children
            .Select(tr => new PageRow(Text(Cells(tr).Single(c => c.GetAttribute("scope") == "row")), Cells(tr).Where(c => c.LocalName == "td").Select(Text).ToList()))
            .ToList();
        return new PageTable(heading, scale, groups, columns, rows);
    }

    /// <summary>The table's own rows, not those of tables inside its cells (text blocks hold tables).</summary>
    private static List<IElement> RowsOf(IElement table) =>
        table.Children.Where(c => c.LocalName is "thead" or "tbody" or "tfoot").SelectMany(s => s.Children).Concat(table.Children).Where(c => c.LocalName == "tr").ToList();

    private static List<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th").ToList();

    private static IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("table.report") ?? throw new InvalidOperationException("The page has no table.report.");
    }

    /// <summary>The heading cell's lines: the title with its units, then the scale (null when there is none).</summary>
    private static (string Heading, string? Scale) TitleOf(IElement cell)
    {
        var lines = Regex.Split(cell.InnerHtml, "<br\\s*/?>", RegexOptions.IgnoreCase)
            .Select(part => Collapse(new HtmlParser().ParseFragment(part, cell).Select(n => n.TextContent).Aggregate(string.Empty, string.Concat)))
            .ToList();
        var scale = lines.Count > 1 && lines[1].Length > 0 ? lines[1] : null;
        return (lines[0], scale);
    }

    private static string Text(IElement element)
    {
        // Lines of a heading (<div>s) read as one line, as a reader sees them.
        var divs = element.Children.Where(c => c.LocalName == "div").ToList();
        return divs.Count > 1 ? string.Join(" ", divs.Select(d => Collapse(d.TextContent))) : Collapse(element.TextContent);
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text.Replace('\u00a0', ' '), " ").Trim();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();
}
