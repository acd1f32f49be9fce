using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace TypedTaxonomy.Import.Xml;

/// <summary>
/// The folders a taxonomy's references may lead into: the folder of the schema being imported and those the user
/// allows (<see cref="ImportOptions.AllowedPaths"/>, <c>--allow-path</c>). A <c>linkbaseRef</c> or locator that leads
/// anywhere else, by an absolute path, by <c>../</c> or through a symbolic link, is an error located at the
/// reference, and nothing is read from where it leads. Files the user names (the schema, the instance, additional
/// linkbases) are read wherever they are; only what an input names is confined.
/// </summary>
internal sealed class AllowedRoots
{
    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
    private readonly List<string> roots;
    // Where each path really leads, found once per import: a filing's thousands of locators name a few files.
    private readonly ConcurrentDictionary<string, string> realPaths = new(StringComparer.Ordinal);

    public AllowedRoots(string schemaPath, IEnumerable<string> allowed)
    {
        roots = allowed.Prepend(Path.GetDirectoryName(Path.GetFullPath(schemaPath))!)
            .Select(root => WithSeparator(RealPath(Path.GetFullPath(root))))
            .Distinct(StringComparer.FromComparison(PathComparison))
            .ToList();
    }

    /// <summary>
    /// The full path of the local file <paramref name="href"/> names, relative to <paramref name="referencingFile"/>;
    /// throws an error located at <paramref name="reference"/> when it lies outside every allowed root.
    /// </summary>
    public string Confine(string referencingFile, XObject reference, string href, string what)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(referencingFile))!;
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(directory, Uri.UnescapeDataString(href.Split('#')[0])));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or UriFormatException)
        {
            throw XmlInput.Error(referencingFile, reference, $"the {what} {Excerpt.Quote(href)} is not a usable path: {e.Message}");
        }

        return Confine(full, referencingFile, reference, href, what);
    }

    /// <summary>
    /// <paramref name="fullPath"/>, where a reference (<paramref name="href"/> at <paramref name="reference"/>) was
    /// found to lead; throws an error located at the reference when it lies outside every allowed root.
    /// </summary>
    public string Confine(string fullPath, string referencingFile, XObject reference, string href, string what)
    {
        var real = realPaths.GetOrAdd(fullPath, RealPath);
        if (!roots.Any(root => real.StartsWith(root, PathComparison)))
        {
            throw XmlInput.Error(referencingFile, reference, $"the {what} {Excerpt.Quote(href)} leads outside the taxonomy's folder and the allowed paths ({string.Join(", ", roots.Select(r => Excerpt.Quote(r)))}); nothing is read from it. Allow its folder with --allow-path (ImportOptions.AllowedPaths) if it is part of the taxonomy");
        }

        return fullPath;
    }

    private static string WithSeparator(string path) => Path.EndsInDirectorySeparator(path) ? path : path + Path.DirectorySeparatorChar;

    /// <summary>The path with every symbolic link along it followed, so a link inside a root cannot lead out of it.</summary>
    private static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Path.GetFullPath(target.FullName);
            }
        }

        return current;
    }
}
