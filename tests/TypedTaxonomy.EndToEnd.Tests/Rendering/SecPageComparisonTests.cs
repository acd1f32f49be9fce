using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace TypedTaxonomy.EndToEnd.Tests.Rendering;

/// <summary>
/// Apple's 10-Q rendered from its own taxonomy and instance, read back with an HTML parser and compared with the SEC's
/// own R pages row by row: the title, units and scale, the column headings, every row's label and displayed values.
/// Pages are matched by presentation role through the SEC's <c>FilingSummary.xml</c>. Where we differ on purpose the
/// difference is named here, and the test checks that it is the only one.
/// </summary>
public sealed class SecPageComparisonTests
{
    private static readonly string Filing = Repository.Shared("data/sec-filings/aapl-10q-2025");

    /// <summary>
    /// Pages whose amounts come in several units the SEC lays out with the units under each column's date and after
    /// each row's label (<c>Amount of share repurchases | $</c>) and, for a page of one member, the member in the title;
    /// ours keep the unit of the first number in the title. Compared with those units taken out.
    /// </summary>
    private static readonly HashSet<string> UnitsInColumns = new(StringComparer.Ordinal) { "R37.htm", "R38.htm", "R39.htm" };

    /// <summary>
    /// The financial instruments' additional information: the SEC gives the balances at the year's end a column of their
    /// own under "12 Months Ended" as well as units under each date, and repeats the maturity heading in every member
    /// group; ours shows them at their dates. The same figures, compared as a whole.
    /// </summary>
    private const string FiguresOnlyPage = "R32.htm";

    /// <summary>
    /// Roles of the SEC's executive compensation taxonomy (ecd), whose schema is not at hand offline: their definitions
    /// (the title and the sort code that places them among the notes) and their headings' labels are unknown, so the
    /// importer titles them from the role URI and they come after the extension's roles. Compared by rows with values.
    /// </summary>
    private static readonly HashSet<string> OfflineTaxonomyRoles = new(StringComparer.Ordinal) { "R18.htm", "R19.htm" };

    /// <summary>
    /// Pages whose every fact has one member (restricted stock units): the SEC names the member in the title instead of
    /// a row heading the group.
    /// </summary>
    private static readonly HashSet<string> MemberInTitle = new(StringComparer.Ordinal) { "R38.htm", "R39.htm" };

    /// <summary>
    /// The deferred revenue timing page is broken down by a typed dimension, which the schema format does not hold (the
    /// importer reports it as left out), so no page renders it.
    /// </summary>
    private const string TypedDimensionPage = "R29.htm";

    private readonly ITestOutputHelper output;

    public SecPageComparisonTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> SecPages()
    {
        var data = new TheoryData<string>();
        foreach (var (file, _) in Roles())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SecPages))]
    public void PageMatchesTheSecsRendering(string file)
    {
        var role = Roles().Single(r => r.File == file).Role;
        var sec = PageTable.FromSec(File.ReadAllText(Path.Combine(Filing, file)));
        if (file == TypedDimensionPage)
        {
            Assert.DoesNotContain(RenderedReport.Apple.Pages, p => p.Role == role);
            return;
        }

        var page = RenderedReport.Apple.PageOf(role);
        var ours = PageTable.FromOurs(RenderedReport.Apple.Html[page.FileName]);
        output.WriteLine($"{file} ↔ our {page.FileName}: {sec.Rows.Count} rows");

        if (OfflineTaxonomyRoles.Contains(file))
        {
            Assert.Equal(ValueRows(sec), ValueRows(ours));
            return;
        }

        if (file == FiguresOnlyPage)
        {
            Assert.Equal(Figures(sec), Figures(ours));
            return;
        }

        if (UnitsInColumns.Contains(file))
        {
            sec = WithoutUnits(sec);
            ours = ours with { Heading = page.Title };
        }

        if (MemberInTitle.Contains(file))
        {
            var groupRows = page.Rows.Select((r, i) => (r, i)).Where(x => x.r.Kind == TypedTaxonomy.Rendering.RenderedRowKind.MemberGroup).Select(x => x.i).ToHashSet();
            Assert.Single(groupRows);
            ours = ours with { Rows = ours.Rows.Where((_, i) => !groupRows.Contains(i)).ToList() };
        }

        if (file == "R6.htm")
        {
            // The SEC repeats the roll-forward heading after each period's closing balances, before the per-share row.
            sec = sec with { Rows = WithoutRepeatedHeadings(sec.Rows) };
        }

        if (file == "R30.htm")
        {
            // The SEC's scale names the per-share amounts shown in units here but not on the statement of operations,
            // which shows the same ones; ours names only what is scaled.
            sec = sec with { Scale = sec.Scale?.Replace("$ / shares in Units, ", string.Empty, StringComparison.Ordinal) };
        }

        Assert.Equal(sec.Heading, ours.Heading);
        Assert.Equal(sec.Scale, ours.Scale);
        Assert.Equal(sec.ColumnGroups, ours.ColumnGroups);
        Assert.Equal(sec.Columns, ours.Columns);
        for (var i = 0; i < Math.Max(sec.Rows.Count, ours.Rows.Count); i++)
        {
            var expected = i < sec.Rows.Count ? sec.Rows[i].ToString() : "(no row)";
            var actual = i < ours.Rows.Count ? ours.Rows[i].ToString() : "(no row)";
            if (expected != actual && i < sec.Rows.Count && i < ours.Rows.Count && SameTextBlock(sec.Rows[i], ours.Rows[i]))
            {
                continue;
            }

            Assert.True(expected == actual, $"{file} row {i + 1}:\n  SEC:  {expected}\n  ours: {actual}");
        }
    }

    [Fact]
    public void EveryRoleTheSecRendersHasAPageInTheSameOrder()
    {
        var roles = Roles().Select(r => r.Role).Where(r => RenderedReport.Apple.Pages.Any(p => p.Role == r)).ToList();
        var ours = RenderedReport.Apple.Pages.Select(p => p.Role).OfType<string>().Where(roles.Contains).ToList();
        var offline = Roles().Where(r => OfflineTaxonomyRoles.Contains(r.File)).Select(r => r.Role).ToList();

        // Ours follow the taxonomy's role order, with the offline taxonomy's roles last.
        Assert.Equal(roles.Except(offline).Concat(offline), ours);
        Assert.Equal(Roles().Count - 1, roles.Count);
    }

    [Fact]
    public void FactsNoRoleShowsAreOnTheUncategorizedPage()
    {
        var last = RenderedReport.Apple.Pages[^1];
        if (last.Role is null)
        {
            Assert.Equal("Uncategorized Items", last.Title);
            Assert.NotEmpty(last.Rows);
        }

        Assert.Equal(RenderedReport.Apple.Pages.Count(p => p.Role is null), RenderedReport.Apple.Pages.Count(p => p.Title == "Uncategorized Items"));
    }

    /// <summary>The SEC's pages by file name and role, in the filing summary's order, without its "All Reports" entry.</summary>
    private static List<(string File, string Role)> Roles() =>
        XDocument.Load(Path.Combine(Filing, "FilingSummary.xml")).Descendants("Report")
            .Where(r => r.Element("HtmlFileName") is not null && r.Element("Role") is not null)
            .Select(r => (r.Element("HtmlFileName")!.Value, r.Element("Role")!.Value))
            .ToList();

    private static List<string> Figures(PageTable table) =>
        table.Rows.SelectMany(r => r.Values).Select(v => v.Replace("$", string.Empty, StringComparison.Ordinal).Trim()).Where(v => v.Length > 0).Order(StringComparer.Ordinal).ToList();

    private static List<string> ValueRows(PageTable table) =>
        table.Rows.Where(r => r.Values.Any(v => v.Length > 0)).Select(r => r.ToString()).ToList();

    /// <summary>
    /// A text block row: the same label and the same text, but for the white space between paragraphs (the SEC's HTML
    /// has line breaks there) and a note's own heading at the start of its text, which the SEC leaves out.
    /// </summary>
    private static bool SameTextBlock(PageRow sec, PageRow ours)
    {
        static string Squeeze(string text) => Regex.Replace(text, "\\s+", string.Empty).Replace('’', '\'');
        if (sec.Label != ours.Label || sec.Values.Count != ours.Values.Count)
        {
            return false;
        }

        for (var i = 0; i < sec.Values.Count; i++)
        {
            var expected = Squeeze(sec.Values[i]);
            var actual = Squeeze(ours.Values[i]);
            if (expected.Length < 40 || !actual.EndsWith(expected, StringComparison.Ordinal) || actual.Length - expected.Length > 80)
            {
                return false;
            }
        }

        return true;
    }

    private static PageTable WithoutUnits(PageTable table)
    {
        // "Amount of share repurchases | $" and "Mar. 29, 2025 USD ($) shares": the units the SEC moves out of the title.
        var units = new Regex(" (USD \\(\\$\\)|\\$ / shares|shares|pure|Vendor|\\$)(?= |$)");
        string Label(string label) => Regex.Replace(label, " \\| [^|]+$", string.Empty);
        return table with
        {
            Heading = Regex.Replace(table.Heading, "( - (USD \\(\\$\\)|Restricted stock units|shares))+$", string.Empty),
            Columns = table.Columns.Select(c => units.Replace(c, string.Empty).Trim()).ToList(),
            Rows = table.Rows.Select(r => r with { Label = r.Values.Any(v => v.Length > 0) ? Label(r.Label) : r.Label }).ToList(),
        };
    }

    private static List<PageRow> WithoutRepeatedHeadings(IReadOnlyList<PageRow> rows)
    {
        var result = new List<PageRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var repeated = rows[i].Values.All(v => v.Length == 0) && i > 0 && rows[i - 1].Label.Contains(" at ", StringComparison.Ordinal) && rows[i - 1].Label.StartsWith("Ending", StringComparison.Ordinal);
            if (!repeated)
            {
                result.Add(rows[i]);
            }
        }

        return result;
    }
}
