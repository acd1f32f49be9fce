using System;
using System.IO;
using System.Linq;
using Qiniu.Financials;
using TypedTaxonomy;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

// Loads the figures of Qiniu's prospectus (seed 002) from xBRL-JSON into the classes generated from
// schema/qiniu and schema/ifrs-full, and prints the statements as the prospectus lays them out.
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "qiniu-prospectus.xbrl.json");
XbrlReport report;
try
{
    report = new XbrlJsonReader().ReadFile(path);
}
catch (Exception exception) when (exception is XbrlFormatException or IOException)
{
    Console.Error.WriteLine($"Cannot read {path}: {exception.Message}");
    return 1;
}

Console.WriteLine($"Qiniu prospectus: {report.Facts.Count} facts from {Path.GetFileName(path)}");
Console.WriteLine();

// Each table is titled by its statement's title in the taxonomy; a breakdown names its member (Platform: MPaaS).
Print<ProfitOrLossStatement>();
Print<NonIfrsReconciliationStatement>();
Print<AdministrativeExpensesStatement>();
Print<CostOfSalesByNatureStatement>();
Print<CashFlowSummaryStatement>();
PrintByPlatform<RevenueByPlatformStatement>(s => s.Platform);
PrintByPlatform<KeyOperatingMetricsStatement>(s => s.Platform);
PrintGrossMargins();

return 0;

// Typed use: the gross margin of each period from the generated properties (no concept names, no casts), beside the
// figure the prospectus prints in its key financial ratios.
void PrintGrossMargins()
{
    var stated = new System.Collections.Generic.Dictionary<(int Months, int Year), decimal>
    {
        [(12, 2021)] = 19.8m, [(12, 2022)] = 19.9m, [(12, 2023)] = 21.0m, [(3, 2023)] = 18.3m, [(3, 2024)] = 20.6m,
    };
    Console.WriteLine("Gross margin: GrossProfit / Revenue of each ProfitOrLossStatement, and the prospectus's figure");
    var agree = 0;
    var columns = InProspectusOrder(StatementBinder.Bind<ProfitOrLossStatement>(report.Facts).Totals);
    foreach (var statement in columns)
    {
        if (statement.GrossProfit is not { } grossProfit || statement.Revenue is not { } revenue || revenue == 0)
        {
            continue;
        }

        var margin = Math.Round(grossProfit / revenue * 100, 1, MidpointRounding.AwayFromZero);
        var key = (Months(statement.Period), statement.Period.End.Year);
        var printed = stated.TryGetValue(key, out var figure) ? $"{figure:0.0}%" : "not printed";
        agree += figure == margin ? 1 : 0;
        Console.WriteLine($"  {key.Item1,2} months to {statement.Period.End:yyyy-MM-dd}: {margin,5:0.0}%   prospectus: {printed}");
    }

    Console.WriteLine($"  {agree} of {stated.Count} margins agree with the prospectus.");
    Console.WriteLine();
}

void Print<TStatement>()
    where TStatement : class, IStatement, IStatementType<TStatement>
{
    var binding = StatementBinder.Bind<TStatement>(report.Facts);
    var columns = InProspectusOrder(binding.Totals);
    Console.WriteLine(StatementTableFormatter.Format(columns));
    PrintFindings(columns);
}

// Every statement is checked with the validator generated from the taxonomy's calculations and roll-forwards.
void PrintFindings<TStatement>(System.Collections.Generic.IEnumerable<TStatement> columns)
    where TStatement : IStatement
{
    var findings = columns.SelectMany(c => c.Validate(CalculationMode.RoundToNearest).Findings).ToList();
    Console.WriteLine(findings.Count == 0
        ? "  Validated: every total and roll-forward is consistent (Calculations 1.1, round to nearest)."
        : $"  Validated: {findings.Count} finding(s):");
    foreach (var finding in findings)
    {
        Console.WriteLine($"  - {finding}");
    }

    Console.WriteLine();
}

void PrintByPlatform<TStatement>(Func<TStatement, PlatformMember?> platformOf)
    where TStatement : class, IStatement, IStatementType<TStatement>
{
    var binding = StatementBinder.Bind<TStatement>(report.Facts);
    foreach (var platform in Enum.GetValues<PlatformMember>())
    {
        var columns = InProspectusOrder(binding.Statements.Where(s => platformOf(s) == platform));
        if (columns.Count > 0)
        {
            Console.WriteLine(StatementTableFormatter.Format(columns));
            PrintFindings(columns);
        }
    }
}

// The prospectus's columns: the years, then the interim periods (three months to March 31), each in date order.
System.Collections.Generic.List<TStatement> InProspectusOrder<TStatement>(System.Collections.Generic.IEnumerable<TStatement> columns)
    where TStatement : IStatement =>
    columns.OrderByDescending(c => Months(c.Period)).ThenBy(c => c.Period.End).ToList();

static int Months(Period period) =>
    period.Start is { } start ? ((period.End.Year - start.Year) * 12) + period.End.Month - start.Month + 1 : 0;
