using System;
using System.IO;

namespace TypedTaxonomy.Tests;

/// <summary>Finds the shared test data, which lives beside the repository in ../shared/data.</summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(FindDataRoot);

    public static string DataRoot => Root.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([DataRoot, .. parts]);

    public static string AppleInstance => Path("sec-filings", "aapl-10k-2023", "aapl-20230930_htm.xml");

    public static string NetflixInstance => Path("sec-filings", "nflx-10k-2024", "nflx-20240126_htm.xml");

    public static string AmazonInstance => Path("sec-filings", "amzn-10k-2022", "amzn-20221231_htm.xml");

    public static string Conformance(string fileName) => Path("xbrl21-conformance", "Common", "300-instance", fileName);

    private static string FindDataRoot()
    {
        // The repository root holds Generators.sln, or at least Directory.Packages.props; shared/ is its sibling.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Generators.sln"))
                || File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Packages.props")))
            {
                var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
                if (Directory.Exists(data))
                {
                    return data;
                }

                throw new DirectoryNotFoundException($"The repository root {dir.FullName} has no ../shared/data beside it.");
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} contains Generators.sln or Directory.Packages.props.");
    }
}
