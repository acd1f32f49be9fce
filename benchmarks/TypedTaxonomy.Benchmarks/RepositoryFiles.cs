using System;
using System.IO;

namespace TypedTaxonomy.Benchmarks;

/// <summary>Finds the repository and the shared test data beside it.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Run the benchmarks from inside the repository.");
        }
    }

    public static string Shared(string relative) => Path.GetFullPath(Path.Combine(Root, "..", "shared", relative));

    public static string InRepository(string relative) => Path.Combine(Root, relative);
}
