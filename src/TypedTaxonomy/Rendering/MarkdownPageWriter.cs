using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace TypedTaxonomy.Rendering;

/// <summary>
/// Writes rendered pages as Markdown, for a terminal or a pull request: one table per page under its title and scale,
/// the column groups joined to each column's heading (<c>3 Months Ended Mar. 29, 2025</c>), nesting as leading spaces,
/// headings and member groups in bold, text blocks as their text.
/// </summary>
public static class MarkdownPageWriter
{
    /// <summary>One page as Markdown.</summary>
    /// <param name="page">The page.</param>
    public static string Page(RenderedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = new StringBuilder();
        text.Append("## ").Append(Escape(page.Heading)).Append('\n');
        if (page.Scale is not null)
        {
            text.Append('\n').Append(Escape(page.Scale)).Append('\n');
        }

        var groups = new List<string>();
        foreach (var group in page.ColumnGroups)
        {
            groups.AddRange(Enumerable.Repeat(group.Label, group.Span));
        }

        var headings = page.Columns.Select((c, i) => (i < groups.Count && groups[i].Length > 0 ? groups[i] + " " : string.Empty) + c);
        text.Append("\n| |").Append(string.Join(string.Empty, headings.Select(h => " " + Escape(h) + " |"))).Append('\n');
        text.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", page.Columns.Count))).Append('\n');
        foreach (var row in page.Rows)
        {
            var label = new string('\u00a0', 2 * row.Depth) + Escape(row.Label);
            if (row.Kind is RenderedRowKind.Heading or RenderedRowKind.MemberGroup)
            {
                label = "**" + label + "**";
            }

            text.Append("| ").Append(label).Append(" |");
            for (var c = 0; c < page.Columns.Count; c++)
            {
                var cell = c < row.Cells.Count ? row.Cells[c].Text : string.Empty;
                text.Append(' ').Append(Escape(cell)).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every page into one Markdown file, <c>index.md</c> in <paramref name="folder"/>; returns its path.</summary>
    /// <param name="pages">The pages.</param>
    /// <param name="folder">The output folder (created when missing).</param>
    /// <param name="title">The report's name.</param>
    public static string WriteAll(IReadOnlyList<RenderedPage> pages, string folder, string title)
    {
        ArgumentNullException.ThrowIfNull(pages);
        Directory.CreateDirectory(folder);
        var text = new StringBuilder("# ").Append(Escape(title)).Append('\n');
        foreach (var page in pages)
        {
            text.Append('\n').Append(Page(page));
        }

        var path = Path.Combine(folder, "index.md");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
