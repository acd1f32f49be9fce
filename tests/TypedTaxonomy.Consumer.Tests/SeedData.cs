using System;
using System.IO;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>The seed figures shipped as xBRL-JSON under <c>samples/data/</c>.</summary>
internal static class SeedData
{
    private static readonly Lazy<XbrlReport> QiniuReport = new(() => new XbrlJsonReader().ReadFile(PathOf("samples/data/qiniu-prospectus.xbrl.json")));
    private static readonly Lazy<XbrlReport> CloopenReport = new(() => new XbrlJsonReader().ReadFile(PathOf("samples/data/cloopen-revenue-recognition.xbrl.json")));

    public static XbrlReport QiniuProspectus => QiniuReport.Value;

    public static XbrlReport CloopenFiling => CloopenReport.Value;

    public static Period Year(int year) => Period.Duration(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static Period FirstQuarter(int year) => Period.Duration(new DateOnly(year, 1, 1), new DateOnly(year, 3, 31));

    public static string PathOf(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                return Path.Combine(directory.FullName, relative);
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
