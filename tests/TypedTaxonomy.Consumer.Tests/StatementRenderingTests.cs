using System.Linq;
using Cloopen.Financials;
using TypedTaxonomy.Rendering;
using TypedTaxonomy.Srt;
using static TypedTaxonomy.Consumer.Tests.SeedData;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>Generated statements render themselves as a page, as the SEC's seed 001 shows Cloopen's revenue details.</summary>
public sealed class StatementRenderingTests
{
    [Fact]
    public void RevenueRecognitionStatementsRenderAsTheSeedsPage()
    {
        var binding = StatementBinder.Bind<RevenueRecognitionDetailsStatement>(CloopenFiling.Facts);

        // Members by their labels in the taxonomies, in the order the filing reports them.
        string? Label(QName name) =>
            CloopenTaxonomy.TryGetConcept(name, out var concept) || SrtTaxonomy.TryGetConcept(name, out concept) ? concept.LabelOf("terse") : null;
        var order = CloopenFiling.Facts.SelectMany(f => f.Dimensions).Select(d => d.Member).Distinct().ToList();
        var page = StatementRendering.Render(
            "SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES - Revenue Recognition - Additional Information (Details)",
            binding.Statements,
            Label,
            order);

        Assert.NotNull(page);
        Assert.Equal("¥ in Thousands, $ in Thousands", page.Scale);
        Assert.Equal(new[] { "3 Months Ended", "12 Months Ended" }, page.ColumnGroups.Select(g => g.Label));
        Assert.Equal(
            new[] { "Sep. 30, 2021 CNY (¥)", "Jun. 30, 2021 CNY (¥)", "Dec. 31, 2021 CNY (¥) item", "Dec. 31, 2021 USD ($) item", "Dec. 31, 2020 CNY (¥)", "Dec. 31, 2019 CNY (¥)" },
            page.Columns);
        Assert.Equal(
            new[] { "CPaaS", "CPaaS | Minimum", "CPaaS | Maximum", "Cloud-based CC", "Cloud-based CC | Minimum", "Cloud-based CC | Maximum", "Cloud-based UC&C" },
            page.Rows.Where(r => r.Kind == RenderedRowKind.MemberGroup).Select(r => r.Label));
        var revenue = page.Rows.First(r => r.Kind == RenderedRowKind.Item);
        Assert.Equal(new[] { "¥ 17,800", "¥ 11,600", "¥ 752,688", "$ 118,113", "¥ 723,453", "¥ 592,798" }, revenue.Cells.Select(c => c.Text));
        // Without a label function the statements name their members from the taxonomy themselves, under their own title.
        var byItself = StatementRendering.Render(binding.Statements.OrderBy(s => order.IndexOf(s.Members.Select(m => m.Member).FirstOrDefault())));
        Assert.NotNull(byItself);
        Assert.Equal(RevenueRecognitionDetailsStatement.Title, byItself.Title);
        Assert.Equal(
            page.Rows.Where(r => r.Kind == RenderedRowKind.MemberGroup).Select(r => r.Label).OrderBy(l => l, System.StringComparer.Ordinal),
            byItself.Rows.Where(r => r.Kind == RenderedRowKind.MemberGroup).Select(r => r.Label).OrderBy(l => l, System.StringComparer.Ordinal));
        Assert.Contains(">Length of service contracts</th><td class=\"text\"></td><td class=\"text\"></td><td class=\"text\">3 months</td>", StatementRendering.ToHtml("Revenue", binding.Statements, Label, order), System.StringComparison.Ordinal);
    }
}
