using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Qiniu.Financials;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Benchmarks;

/// <summary>
/// Validating the profit or loss statement (three summations over 15 line items, five required line items,
/// Calculations 1.1 with the excess-digits check): the generated validator against a hand-written validator
/// over a string-keyed dictionary doing the same checks with the runtime's public interval arithmetic.
/// </summary>
[MemoryDiagnoser]
public class StatementValidationBenchmarks
{
    private static readonly (string Total, (string Item, int Weight)[] Items)[] Summations =
    {
        ("ifrs-full:GrossProfit", new[] { ("ifrs-full:Revenue", 1), ("ifrs-full:CostOfSales", -1) }),
        ("ifrs-full:ProfitLossBeforeTax", new[]
        {
            ("ifrs-full:GrossProfit", 1), ("ifrs-full:OtherIncome", 1), ("ifrs-full:SellingExpense", -1), ("ifrs-full:AdministrativeExpense", -1),
            ("ifrs-full:ResearchAndDevelopmentExpense", -1), ("ifrs-full:GainsLossesOnFinancialAssetsAtFairValueThroughProfitOrLoss", 1),
            ("qiniu:FairValueGainsLossesOnConvertibleRedeemablePreferredShares", 1),
            ("ifrs-full:ImpairmentLossImpairmentGainAndReversalOfImpairmentLossDeterminedInAccordanceWithIFRS9", -1),
            ("ifrs-full:OtherExpenseByFunction", -1), ("ifrs-full:FinanceCosts", -1),
        }),
        ("ifrs-full:ProfitLoss", new[] { ("ifrs-full:ProfitLossBeforeTax", 1), ("ifrs-full:IncomeTaxExpenseContinuingOperations", -1) }),
    };

    private static readonly string[] Required =
    {
        "ifrs-full:Revenue", "ifrs-full:CostOfSales", "ifrs-full:GrossProfit", "ifrs-full:ProfitLossBeforeTax", "ifrs-full:ProfitLoss",
    };

    private ProfitOrLossStatement statement = null!;
    private Dictionary<string, decimal?> facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var report = new XbrlJsonReader().ReadFile(RepositoryFiles.InRepository("samples/data/qiniu-prospectus.xbrl.json"));
        var year = Period.Duration(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
        statement = StatementBinder.Bind<ProfitOrLossStatement>(report.Facts).Find(year)!;
        facts = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var row in ProfitOrLossStatement.Presentation)
        {
            facts[row.Concept.ToString()] = (decimal?)statement.GetValue(row);
        }

        if (!Generated().IsValid || DictionaryBased().Count != 0)
        {
            throw new InvalidOperationException("Both validators must find the statement consistent.");
        }
    }

    [Benchmark(Baseline = true)]
    public List<string> DictionaryBased()
    {
        var findings = new List<string>();
        var decimals = Decimals.Of(-3);
        foreach (var (total, items) in Summations)
        {
            if (!facts.TryGetValue(total, out var totalValue) || totalValue is null)
            {
                continue;
            }

            var sum = new ValueInterval(0m, 0m);
            var reported = 0;
            var excessDigits = XbrlRounding.HasExcessDigits(totalValue.Value, decimals);
            foreach (var (item, weight) in items)
            {
                if (facts.TryGetValue(item, out var value) && value is { } v)
                {
                    reported++;
                    excessDigits |= XbrlRounding.HasExcessDigits(v, decimals);
                    sum += ValueInterval.Of(v, decimals).Times(weight);
                }
            }

            if (reported > 0 && excessDigits)
            {
                findings.Add($"{total} has excess digits");
            }
            else if (reported > 0 && !ValueInterval.Of(totalValue.Value, decimals).Overlaps(sum))
            {
                findings.Add($"{total} is inconsistent");
            }
        }

        foreach (var concept in Required)
        {
            if (!facts.TryGetValue(concept, out var value) || value is null)
            {
                findings.Add($"{concept} is required");
            }
        }

        return findings;
    }

    [Benchmark]
    public ValidationResult Generated() => statement.Validate(CalculationMode.RoundToNearest);
}
