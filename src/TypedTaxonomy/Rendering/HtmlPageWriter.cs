using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace TypedTaxonomy.Rendering;

/// <summary>
/// Writes rendered pages as plain, accessible HTML (a caption, header cells with their scope, no script): one file per
/// page named as the SEC names them (<c>R2.htm</c>), an <c>index.html</c> listing them in order (as the SEC's
/// <c>FilingSummary.xml</c> does) and one small stylesheet.
/// </summary>
public static class HtmlPageWriter
{
    /// <summary>The stylesheet's file name.</summary>
    public const string StylesheetName = "report.css";

    /// <summary>The index page's file name.</summary>
    public const string IndexName = "index.html";

    private const string Stylesheet = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; margin: 1em; }
        table.report { border-collapse: collapse; margin-bottom: 1em; }
        table.report caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        table.report > caption.heading { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        table.report th, table.report td { padding: 0.15em 0.6em; vertical-align: top; }
        table.report thead th { background: #cfe0f1; border-bottom: 1px solid #7f9db9; text-align: center; }
        table.report thead th.tl { text-align: left; }
        table.report tbody th { text-align: left; font-weight: normal; max-width: 40em; }
        table.report tbody tr:nth-child(even) { background: #eef3f8; }
        table.report tr.heading th, table.report tr.member th { font-weight: bold; }
        table.report tr.member th { background: #dde6ef; }
        table.report tr.total td { border-top: 1px solid #7f9db9; }
        table.report td.num { text-align: right; white-space: nowrap; }
        table.report td.neg { color: #a00; }
        .d1 { padding-left: 1.6em !important; } .d2 { padding-left: 2.6em !important; } .d3 { padding-left: 3.6em !important; }
        .d4 { padding-left: 4.6em !important; } .d5 { padding-left: 5.6em !important; } .d6 { padding-left: 6.6em !important; }
        .textblock { max-width: 60em; white-space: normal; }
        .scale { font-weight: normal; }
        nav { margin-bottom: 1em; }
        """;

    /// <summary>Writes every page, the index and the stylesheet into a folder (created when missing); returns the files written.</summary>
    /// <param name="pages">The pages.</param>
    /// <param name="folder">The output folder.</param>
    /// <param name="title">The index's title: the report's name.</param>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<RenderedPage> pages, string folder, string title)
    {
        ArgumentNullException.ThrowIfNull(pages);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        void Write(string name, string text)
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            written.Add(path);
        }

        Write(StylesheetName, Stylesheet.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        Write(IndexName, Index(pages, title));
        foreach (var page in pages)
        {
            Write(page.FileName, Page(page));
        }

        return written;
    }

    /// <summary>The index page: every page's number, link and title, in order.</summary>
    /// <param name="pages">The pages.</param>
    /// <param name="title">The report's name.</param>
    public static string Index(IReadOnlyList<RenderedPage> pages, string title)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var html = new StringBuilder();
        Open(html, title);
        html.Append("<h1>").Append(Encode(title)).Append("</h1>\n");
        html.Append("<table class=\"report\" id=\"index\">\n<caption>").Append(Encode(Plural(pages.Count, "page"))).Append("</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Title</th><th scope=\"col\">Role</th></tr></thead>\n<tbody>\n");
        foreach (var page in pages)
        {
            html.Append("<tr><td class=\"num\">").Append(page.Number.ToString(CultureInfo.InvariantCulture))
                .Append("</td><th scope=\"row\"><a href=\"").Append(page.FileName).Append("\">").Append(Encode(page.Title)).Append("</a></th><td>")
                .Append(Encode(page.Role ?? string.Empty)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>One page: its table under a link back to the index.</summary>
    /// <param name="page">The page.</param>
    public static string Page(RenderedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = new StringBuilder();
        Open(html, page.Heading);
        html.Append("<nav><a href=\"").Append(IndexName).Append("\">All pages</a></nav>\n");
        html.Append("<table class=\"report\" id=\"").Append(Path.GetFileNameWithoutExtension(page.FileName)).Append("\">\n");
        // The caption names the table for assistive technology; the heading cell shows the same words on screen.
        html.Append("<caption class=\"heading\">").Append(Encode(page.Heading));
        if (page.Scale is not null)
        {
            html.Append("<br><span class=\"scale\">").Append(Encode(page.Scale)).Append("</span>");
        }

        html.Append("</caption>\n<thead>\n<tr><th scope=\"col\" class=\"tl\"").Append(page.ColumnGroups.Count > 0 ? " rowspan=\"2\"" : string.Empty).Append('>')
            .Append(Encode(page.Heading));
        if (page.Scale is not null)
        {
            html.Append("<br>").Append(Encode(page.Scale));
        }

        html.Append("</th>");
        if (page.ColumnGroups.Count > 0)
        {
            foreach (var group in page.ColumnGroups)
            {
                html.Append("<th scope=\"colgroup\" colspan=\"").Append(group.Span.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(Encode(group.Label)).Append("</th>");
            }

            html.Append("</tr>\n<tr>");
        }

        foreach (var column in page.Columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in page.Rows)
        {
            var kind = row.Kind switch
            {
                RenderedRowKind.Heading => "heading",
                RenderedRowKind.MemberGroup => "member",
                RenderedRowKind.Total => "total",
                _ => "item",
            };
            html.Append("<tr class=\"").Append(kind).Append("\"><th scope=\"row\"");
            if (row.Depth > 0)
            {
                html.Append(" class=\"d").Append(Math.Min(row.Depth, 6).ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            html.Append('>').Append(Encode(row.Label)).Append("</th>");
            for (var c = 0; c < page.Columns.Count; c++)
            {
                var cell = c < row.Cells.Count ? row.Cells[c] : RenderedCell.Empty;
                html.Append("<td class=\"").Append(cell.IsNumber ? (cell.IsNegative ? "num neg" : "num") : "text").Append("\">");
                html.Append(cell.Html is null ? Encode(cell.Text) : "<div class=\"textblock\">" + cell.Html + "</div>");
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Open(StringBuilder html, string title) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title))
            .Append("</title>\n<link rel=\"stylesheet\" href=\"").Append(StylesheetName).Append("\">\n</head>\n<body>\n");

    private static string Encode(string text) => HtmlFragment.Encode(text);

    private static string Plural(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
