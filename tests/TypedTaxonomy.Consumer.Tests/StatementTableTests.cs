using System.Linq;
using Qiniu.Financials;
using static TypedTaxonomy.Consumer.Tests.SeedData;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>The plain-text table printer on the generated Qiniu statements, filled with the prospectus figures.</summary>
public sealed class StatementTableTests
{
    [Fact]
    public void ATableIsTitledByItsStatementAndNamesTheMemberItsColumnsShare()
    {
        var mpaas = StatementBinder.Bind<RevenueByPlatformStatement>(QiniuProspectus.Facts).Statements
            .Where(s => s.Platform == PlatformMember.Mpaas)
            .OrderBy(s => s.Period.End)
            .ToList();

        var table = StatementTableFormatter.Format(mpaas);

        var lines = table.Split('\n');
        Assert.Equal("Revenue, cost of sales and gross profit by platform — Platform: MPaaS", lines[0]);
        Assert.StartsWith("RMB'000", lines[1]);
        Assert.Contains("FY2021", lines[1]);
        Assert.DoesNotContain("MPaaS", lines[1]); // shared by every column: named once, in the title
        Assert.Matches(@"^Revenue\s+1,369,641\s", lines[3]);
    }

    [Fact]
    public void MembersThatDifferNameTheirColumns()
    {
        var year2021 = StatementBinder.Bind<RevenueByPlatformStatement>(QiniuProspectus.Facts).Statements
            .Where(s => s.Period == Year(2021) && s.Platform is not null)
            .OrderBy(s => s.Platform)
            .ToList();

        var header = StatementTableFormatter.Format(year2021).Split('\n')[1];

        Assert.Equal(new[] { "FY2021 MPaaS", "FY2021 APaaS", "FY2021 Others" }, System.Text.RegularExpressions.Regex.Matches(header, @"FY2021 \w+").Select(m => m.Value));
    }

    [Fact]
    public void LabelsArePrintedInTheLanguageAskedForWhereTheTaxonomyHasIt()
    {
        var year2023 = StatementBinder.Bind<NonIfrsReconciliationStatement>(QiniuProspectus.Facts).Find(Year(2023))!;

        var english = StatementTableFormatter.Format(new[] { year2023 });
        var chinese = StatementTableFormatter.Format(new[] { year2023 }, language: "zh-CN");

        Assert.Contains("Adjusted net loss (non-IFRS measure)", english);
        Assert.Contains("经调整净利润（亏损）（非国际财务报告准则计量）", chinese); // the total row: no zh-CN total label, so the zh-CN standard one
        Assert.Contains("Profit (loss)", chinese); // no zh-CN label at all: the taxonomy's own
        Assert.StartsWith(NonIfrsReconciliationStatement.Title, chinese);
    }
}
