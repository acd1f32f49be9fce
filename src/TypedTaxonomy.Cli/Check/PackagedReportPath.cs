using System;
using System.Collections.Generic;
using System.IO;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Cli.Check;

/// <summary>
/// How <c>check --report</c> and <c>validate</c> list the reports of a report package: <c>filing.zip</c> for a
/// package's only report, and <c>filing.zip/top/reports/a.xbrl</c> for each report of a package that holds several
/// (<see cref="ReportPackage.Locate"/> reads such a path back).
/// </summary>
public static class PackagedReportPath
{
    /// <summary>The reports of a package to check: the package itself when it holds one report (or cannot be opened, which the check reports), else each report's path inside it.</summary>
    public static IReadOnlyList<string> Expand(string package)
    {
        try
        {
            using var opened = ReportPackage.Open(package);
            if (opened.Reports.Count == 1)
            {
                return [package];
            }

            var paths = new List<string>();
            foreach (var report in opened.Reports)
            {
                paths.Add(package + "/" + report.Primary);
            }

            return paths;
        }
        catch (XbrlPackageException)
        {
            return [package];
        }
    }
}
