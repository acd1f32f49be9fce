using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Import.Packages;

/// <summary>
/// The taxonomy packages of an import (<see cref="ImportOptions.Packages"/>) as the importer sees them: remote URLs
/// resolved through their catalogs to files inside them, and those files read in place. A file inside a zip has the
/// path <c>{the zip's full path}/{its name in the zip}</c>, so relative references between the package's files
/// resolve as between files on disk, and the package's top folder is one of the import's allowed roots. A report
/// package validated (<see cref="AddReport"/>) is read in place the same way: its report finds its extension taxonomy
/// beside it in the zip.
/// </summary>
internal sealed class PackageFiles : IDisposable
{
    private readonly List<(TaxonomyPackage Package, string Root)> packages = new();
    private readonly List<ReportPackage> reports = new();

    private PackageFiles()
    {
    }

    /// <summary>No packages: every path is a file on disk.</summary>
    public static PackageFiles None => new();

    /// <summary>The full paths of the packages' top folders (the folder holding META-INF).</summary>
    public IEnumerable<string> Roots => packages.Select(p => p.Root);

    public IReadOnlyList<TaxonomyPackage> Packages => packages.Select(p => p.Package).ToList();

    /// <summary>Opens the packages; an unusable one is an <see cref="ImportException"/> with the specification's code.</summary>
    public static PackageFiles Open(IEnumerable<string> paths)
    {
        var files = new PackageFiles();
        try
        {
            foreach (var path in paths)
            {
                files.Add(path);
            }
        }
        catch
        {
            files.Dispose();
            throw;
        }

        return files;
    }

    /// <summary>Opens one more package, or returns the one already open at <paramref name="path"/>.</summary>
    public TaxonomyPackage Add(string path)
    {
        var full = Path.GetFullPath(path);
        var open = packages.FirstOrDefault(p => p.Package.Archive.FullPath == full);
        if (open.Package is not null)
        {
            return open.Package;
        }

        TaxonomyPackage package;
        try
        {
            package = TaxonomyPackage.Open(path);
        }
        catch (XbrlPackageException e)
        {
            throw FromPackage(e);
        }

        var root = package.TopDirectory.Length == 0 ? full : Path.Combine(full, package.TopDirectory.Replace('/', Path.DirectorySeparatorChar));
        packages.Add((package, root));
        return package;
    }

    /// <summary>The full path of <paramref name="uri"/> rewritten by the first package whose catalog maps it to a file it holds; null when none does.</summary>
    public string? Resolve(string uri)
    {
        foreach (var (package, _) in packages)
        {
            try
            {
                if (package.TryResolve(uri, out var entry))
                {
                    return PathOf(package, entry);
                }
            }
            catch (XbrlPackageException e)
            {
                throw FromPackage(e);
            }
        }

        return null;
    }

    /// <summary>
    /// Opens the report package <paramref name="package"/> to be read in place and returns the full path of its report
    /// <paramref name="report"/> (its path inside the package; null for the package's only report): the report's first
    /// document, the entry of its DTS.
    /// </summary>
    /// <exception cref="ImportException">The package is not usable, holds several reports and none is named, or holds no such report; the reason starts with the specification's code.</exception>
    public string AddReport(string package, string? report)
    {
        ReportPackage opened;
        try
        {
            opened = ReportPackage.Open(package);
        }
        catch (XbrlPackageException e)
        {
            throw FromPackage(e);
        }

        reports.Add(opened);
        try
        {
            var chosen = opened.Report(report);
            return Path.Combine(opened.Archive.FullPath, chosen.Primary.Replace('/', Path.DirectorySeparatorChar));
        }
        catch (XbrlPackageException e)
        {
            throw FromPackage(e);
        }
    }

    /// <summary>The full path of a file of <paramref name="package"/>.</summary>
    public static string PathOf(TaxonomyPackage package, string entry) =>
        Path.Combine(package.Archive.FullPath, entry.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The package holding <paramref name="fullPath"/>, if any.</summary>
    public TaxonomyPackage? PackageOf(string fullPath) => Find(fullPath)?.Package;

    /// <summary>Whether the file exists, inside a zip package or on disk.</summary>
    public bool Exists(string fullPath) => Find(fullPath) is { } found && found.Archive.IsZip ? found.Archive.Contains(found.Entry) : File.Exists(fullPath);

    /// <summary>Opens a file for one read from start to end: inside a zip package when it lies in one, else on disk.</summary>
    public Stream OpenRead(string fullPath) =>
        OpenInZip(fullPath) ?? new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    /// <summary>Opens a file inside a zip package; null for a file on disk, which the caller opens itself.</summary>
    public Stream? OpenInZip(string fullPath)
    {
        if (Find(fullPath) is not { } found || !found.Archive.IsZip)
        {
            return null;
        }

        try
        {
            return found.Archive.OpenEntry(found.Entry);
        }
        catch (XbrlPackageException e)
        {
            throw FromPackage(e);
        }
    }

    public void Dispose()
    {
        foreach (var (package, _) in packages)
        {
            package.Dispose();
        }

        foreach (var report in reports)
        {
            report.Dispose();
        }

        packages.Clear();
        reports.Clear();
    }

    /// <summary>The package holding <paramref name="fullPath"/> (a taxonomy package, or a report package: no <c>Package</c>), and the file's name inside it.</summary>
    private (PackageArchive Archive, TaxonomyPackage? Package, string Entry)? Find(string fullPath)
    {
        foreach (var (archive, package) in packages.Select(p => (p.Package.Archive, (TaxonomyPackage?)p.Package)).Concat(reports.Select(r => (r.Archive, (TaxonomyPackage?)null))))
        {
            var prefix = archive.FullPath + Path.DirectorySeparatorChar;
            if (fullPath.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (archive, package, fullPath[prefix.Length..].Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        return null;
    }

    private static ImportException FromPackage(XbrlPackageException e) => new(e.Document, e.Line, e.Column, $"{e.Code}: {e.Reason}", e);
}
