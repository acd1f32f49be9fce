using System;
using System.IO;

namespace TypedTaxonomy.Import.Tests;

/// <summary>Finds the real input under ../shared/data next to the repository root.</summary>
internal static class TestData
{
    private static readonly Lazy<string> RepositoryRootPath = new(FindRepositoryRoot);

    /// <summary>The folder holding Directory.Packages.props.</summary>
    public static string RepositoryRoot => RepositoryRootPath.Value;

    public static string SharedData => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    public static string SecFiling(string folder) => Path.Combine(SharedData, "sec-filings", folder);

    /// <summary>A file of the hand-written fixtures copied next to the test assembly.</summary>
    public static string Fixture(string relativePath) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relativePath);

    public static string Conformance(string file) => Path.Combine(SharedData, "xbrl21-conformance", "Common", "300-instance", file);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " holds Directory.Packages.props.");
    }
}
