using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace TypedTaxonomy.Xbrl.Packages;

/// <summary>
/// The files of a package, a <c>.zip</c> read in place (never extracted) or a folder, by their names inside it
/// (<c>top/META-INF/catalog.xml</c>, with <c>/</c> between folders). Opening a zip checks every entry name: a name
/// with <c>\</c>, an absolute name or one with a <c>..</c> or <c>.</c> segment (which would lead outside the package
/// once extracted, "zip slip") makes the whole archive invalid (<c>invalidArchiveFormat</c>), as do duplicate names.
/// A folder's symbolic links are not followed, so nothing outside the folder is ever read through it. Each entry is
/// read through a bound on its size, so a compressed bomb fails instead of filling memory.
/// </summary>
public sealed class PackageArchive : IDisposable
{
    private readonly ZipArchive? zip;
    private readonly Dictionary<string, ZipArchiveEntry> zipEntries = new(StringComparer.Ordinal);
    private readonly HashSet<string> files = new(StringComparer.Ordinal);
    private readonly SortedSet<string> directories = new(StringComparer.Ordinal);
    private readonly string codePrefix;
    private readonly long maxEntryBytes;

    private PackageArchive(string path, string codePrefix, long maxEntryBytes, ZipArchive? zip)
    {
        Path = path;
        FullPath = System.IO.Path.GetFullPath(path);
        this.codePrefix = codePrefix;
        this.maxEntryBytes = maxEntryBytes;
        this.zip = zip;
    }

    /// <summary>The package's path as given.</summary>
    public string Path { get; }

    /// <summary>The package's full path.</summary>
    public string FullPath { get; }

    /// <summary>Whether the package is a zip archive (else a folder).</summary>
    public bool IsZip => zip is not null;

    /// <summary>The names of the package's files, in ordinal order.</summary>
    public IReadOnlyList<string> Entries => files.Order(StringComparer.Ordinal).ToList();

    /// <summary>The folders at the top of the package.</summary>
    public IReadOnlyList<string> TopLevelDirectories => directories.Where(d => d.IndexOf('/') < 0).ToList();

    /// <summary>The files at the top of the package (outside any folder).</summary>
    public IReadOnlyList<string> TopLevelFiles => files.Where(f => f.IndexOf('/') < 0).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Opens a zip archive or a folder. <paramref name="codePrefix"/> is the error codes' prefix (<c>tpe</c> for
    /// taxonomy packages, <c>rpe</c> for report packages).
    /// </summary>
    /// <exception cref="XbrlPackageException">The file is not a zip archive, or an entry name is unsafe.</exception>
    public static PackageArchive Open(string path, string codePrefix, long maxEntryBytes = 512L * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(codePrefix);
        if (Directory.Exists(path))
        {
            var folder = new PackageArchive(path, codePrefix, maxEntryBytes, null);
            folder.ReadFolder();
            return folder;
        }

        if (!File.Exists(path))
        {
            throw new XbrlPackageException(codePrefix + ":invalidArchiveFormat", path, null, 0, 0, "no such file or folder");
        }

        ZipArchive archive;
        try
        {
            archive = ZipFile.OpenRead(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new XbrlPackageException(codePrefix + ":invalidArchiveFormat", path, null, 0, 0, "not a readable zip archive: " + e.Message, e);
        }

        var package = new PackageArchive(path, codePrefix, maxEntryBytes, archive);
        try
        {
            package.ReadZip();
        }
        catch
        {
            package.Dispose();
            throw;
        }

        return package;
    }

    /// <summary>
    /// <paramref name="relative"/> (folders separated by <c>/</c>) with <c>.</c> and <c>..</c> segments applied;
    /// null when it is absolute or climbs above the package's top.
    /// </summary>
    public static string? Normalize(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        if (relative.StartsWith('/') || relative.Split('/')[0].IndexOf(':') >= 0)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in relative.Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    continue;
                default:
                    parts.Add(part);
                    continue;
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>Whether the package holds the file <paramref name="entry"/>.</summary>
    public bool Contains(string entry) => files.Contains(entry);

    /// <summary>Whether the package holds the folder <paramref name="directory"/> (no trailing <c>/</c>).</summary>
    public bool ContainsDirectory(string directory) => directories.Contains(directory.TrimEnd('/'));

    /// <summary>Opens the file <paramref name="entry"/> for reading; the caller disposes the stream.</summary>
    /// <exception cref="XbrlPackageException">The package has no such file, or it cannot be read.</exception>
    public Stream OpenEntry(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!files.Contains(entry))
        {
            throw new XbrlPackageException(codePrefix + ":invalidDirectoryStructure", Path, entry, 0, 0, "the package holds no such file");
        }

        try
        {
            if (zip is null)
            {
                return new LimitedReadStream(XbrlReaderOptions.OpenDocument(System.IO.Path.Combine(FullPath, entry)), maxEntryBytes, ownsInner: true);
            }

            var zipEntry = zipEntries[entry];
            if (zipEntry.Length > maxEntryBytes)
            {
                throw new XbrlPackageException(codePrefix + ":invalidArchiveFormat", Path, entry, 0, 0, string.Create(CultureInfo.InvariantCulture, $"the file is {zipEntry.Length:N0} bytes uncompressed, more than the {maxEntryBytes:N0} allowed"));
            }

            return new LimitedReadStream(zipEntry.Open(), maxEntryBytes, ownsInner: true);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new XbrlPackageException(codePrefix + ":invalidArchiveFormat", Path, entry, 0, 0, "the file cannot be read: " + e.Message, e);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => zip?.Dispose();

    private void ReadFolder()
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        foreach (var file in Directory.EnumerateFiles(FullPath, "*", options))
        {
            var name = System.IO.Path.GetRelativePath(FullPath, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
            files.Add(name);
            AddParents(name);
        }
    }

    private void ReadZip()
    {
        foreach (var entry in zip!.Entries)
        {
            var name = entry.FullName;
            if (name.IndexOf('\\') >= 0)
            {
                throw Invalid($"the entry {Excerpt.Quote(name)} uses '\\' as a folder separator; a package uses '/'");
            }

            var isDirectory = name.EndsWith('/');
            var trimmed = isDirectory ? name.TrimEnd('/') : name;
            var normalized = Normalize(trimmed);
            if (normalized is null || normalized != trimmed || trimmed.Length == 0)
            {
                throw Invalid($"the entry {Excerpt.Quote(name)} is absolute or has a '.' or '..' segment: extracted, it would lead outside the package (zip slip); nothing is read from the archive");
            }

            if (isDirectory)
            {
                directories.Add(trimmed);
                AddParents(trimmed);
                continue;
            }

            if (!zipEntries.TryAdd(name, entry) || directories.Contains(name))
            {
                throw Invalid($"the archive holds {Excerpt.Quote(name)} twice");
            }

            files.Add(name);
            AddParents(name);
        }

        var clash = files.FirstOrDefault(directories.Contains);
        if (clash is not null)
        {
            throw Invalid($"{Excerpt.Quote(clash)} is both a file and a folder");
        }
    }

    private void AddParents(string name)
    {
        for (var slash = name.IndexOf('/'); slash > 0; slash = name.IndexOf('/', slash + 1))
        {
            directories.Add(name[..slash]);
        }
    }

    private XbrlPackageException Invalid(string reason) => new(codePrefix + ":invalidArchiveFormat", Path, null, 0, 0, reason);
}
