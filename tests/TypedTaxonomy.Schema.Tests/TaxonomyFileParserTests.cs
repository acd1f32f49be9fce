using System.Linq;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Schema.Tests;

public sealed class TaxonomyFileParserTests
{
    [Fact]
    public void ReadsEveryPartOfTheFormat()
    {
        var (result, diagnostics) = SchemaTestKit.Check(("demo.taxonomy.yaml", SchemaTestKit.Header + """

            concepts:
              Revenue:
                type: monetary
                periodType: duration
                balance: credit
                label: Revenue
                labels: { total: Total revenue }
                translations: { zh-CN: { standard: 收入 } }
                references: ["IFRS 15 para 113", { name: IAS, number: "1", paragraph: "82(a)" }]
              CostOfSales: { type: monetary, periodType: duration, balance: debit }
              GrossProfit: { type: monetary, periodType: duration, balance: credit }
            axes:
              PlatformAxis:
                members:
                  CloudMember:
                    members: { PrivateCloudMember: { label: Private cloud } }
            statements:
              ProfitOrLoss:
                axes: [PlatformAxis]
                lineItems: [Revenue, CostOfSales, { concept: GrossProfit, label: total }]
            calculations:
              - total: GrossProfit
                items: { Revenue: 1, CostOfSales: -1 }
            """));

        Assert.Empty(diagnostics);
        var taxonomy = Assert.Single(result.Set.Taxonomies);
        var revenue = taxonomy.Concepts.Single(c => c.Key.LocalName == "Revenue");
        Assert.Equal(ConceptBalance.Credit, revenue.Balance);
        Assert.Equal("Total revenue", revenue.Label("total", "en"));
        Assert.Equal("收入", revenue.Label("standard", "zh-CN"));
        Assert.Equal(new[] { "IFRS 15 para 113", "IAS 1 para 82(a)" }, revenue.References.Select(r => r.Display));
        Assert.Equal("Cost of sales", taxonomy.Concepts.Single(c => c.Key.LocalName == "CostOfSales").Label("standard", "en"));

        var axis = Assert.Single(taxonomy.Axes);
        Assert.Equal(new ConceptKey("demo", "PlatformDomain"), axis.Domain);
        Assert.Equal(new ConceptKey("demo", "PlatformDomain"), axis.Default);
        Assert.Equal(new[] { "CloudMember", "PrivateCloudMember" }, axis.Members.Select(m => m.Key.LocalName));
        Assert.Equal(new ConceptKey("demo", "CloudMember"), axis.Members[1].Parent);

        var calculation = Assert.Single(taxonomy.Calculations);
        Assert.Equal(new[] { 1, -1 }, calculation.Items.Select(i => i.Weight));
        Assert.Equal("GrossProfit", calculation.Total.LocalName);
    }

    [Fact]
    public void JsonFilesUseTheSameFormat()
    {
        var json = """
            { "taxonomy": { "name": "Demo", "prefix": "demo", "namespace": "http://example.com/demo" },
              "concepts": { "Revenue": { "type": "monetary", "periodType": "duration", "balance": "credit" } },
              "statements": { "Income": { "lineItems": ["Revenue"] } } }
            """;
        var (result, diagnostics) = SchemaTestKit.Check(("demo.taxonomy.json", json));

        Assert.Empty(diagnostics);
        Assert.Equal("Revenue", result.Set.Taxonomies[0].Statements[0].LineItems[0].Concept.LocalName);
    }

    [Fact]
    public void ParsingTheSameTextTwiceGivesEqualModels()
    {
        var text = SchemaTestKit.Header + "\nconcepts:\n  Revenue: { type: monetary, periodType: duration }\n";
        Assert.Equal(TaxonomyFileParser.Parse("a.taxonomy.yaml", text), TaxonomyFileParser.Parse("a.taxonomy.yaml", text));
    }
}
