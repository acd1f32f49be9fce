using System;
using System.Collections.Generic;
using System.IO;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Cli.Check;

/// <summary>
/// How <c>check --report</c> names reports inside report packages: <c>filing.zip</c> for a package's only report, and
/// <c>filing.zip/top/reports/a.xbrl</c> for each report of a package that holds several, which
/// <see cref="ReportPaths"/> lists one by one.
/// </summary>
public static class PackagedReportPath
{
    /// <summary>The package a path names or lies in, and the report inside it (null for the package's only report); null when the path is no package.</summary>
    public static (string Package, string? Report)? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return ReportPackage.IsPackagePath(path) && !Directory.Exists(path) ? (path, null) : null;
        }

        // filing.zip/top/reports/a.xbrl: the longest leading part that is a package file.
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            var candidate = path[..slash];
            if (ReportPackage.IsPackagePath(candidate) && File.Exists(candidate))
            {
                return (candidate, path[(slash + 1)..]);
            }
        }

        return null;
    }

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
