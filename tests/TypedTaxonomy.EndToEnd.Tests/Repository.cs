using System;
using System.IO;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>Paths of the repository and of the shared test data beside it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Shared(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared", relative));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
