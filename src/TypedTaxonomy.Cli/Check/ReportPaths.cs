using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Linq;
using System.Text.Json;
using System.Xml;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Cli.Check;

/// <summary>
/// The reports <c>check --report</c> names: files as given; under a folder, every report (an XML file whose root
/// is an XBRL 2.1 <c>xbrli:xbrl</c> element, an <c>.htm</c>/<c>.html</c>/<c>.xhtml</c> file whose XHTML root declares
/// the Inline XBRL namespace, or a JSON file with a top-level <c>documentInfo</c>, as xBRL-JSON has);
/// a report package (<c>.zip</c>, <c>.xbr</c>, <c>.xbri</c>) as its report, or each of its reports when it holds several;
/// and the files a glob matches (<c>*</c> and <c>?</c> within a name, <c>**</c> for any folders). In the order given,
/// each folder's and glob's files in ordinal order of their paths, each file once.
/// </summary>
public static class ReportPaths
{
    private const string XbrlInstanceNamespace = "http://www.xbrl.org/2003/instance";
    private const string InlineXbrlNamespace = "http://www.xbrl.org/2013/inlineXBRL";
    private static readonly string[] Extensions = { ".xml", ".xbrl", ".json", ".htm", ".html", ".xhtml" };
    private static readonly string[] HtmlExtensions = { ".htm", ".html", ".xhtml" };

    /// <summary>The report files <paramref name="specs"/> name; a spec that names nothing is added to <paramref name="problems"/>.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> specs, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(problems);
        var files = new List<string>();
        foreach (var spec in specs)
        {
            if (File.Exists(spec))
            {
                files.AddRange(ReportPackage.IsPackagePath(spec) ? PackagedReportPath.Expand(spec) : [spec]);
            }
            else if (Directory.Exists(spec))
            {
                var found = Directory.EnumerateFiles(spec, "*", SearchOption.AllDirectories).Where(IsReport).Order(StringComparer.Ordinal).ToList();
                AddOrComplain(found, $"{spec}: error: the directory holds no XBRL or xBRL-JSON report");
            }
            else if (spec.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                AddOrComplain(Glob(spec).Order(StringComparer.Ordinal).ToList(), $"{spec}: error: no file matches the pattern");
            }
            else
            {
                problems.Add($"{spec}: error: no such file or directory");
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();

        void AddOrComplain(List<string> found, string problem)
        {
            if (found.Count == 0)
            {
                problems.Add(problem);
            }

            files.AddRange(found);
        }
    }

    /// <summary>The files a glob matches: the folders before its first wildcard, then each segment matched in turn.</summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var segments = pattern.Split('/', '\\');
        var first = Array.FindIndex(segments, s => s.AsSpan().IndexOfAny('*', '?') >= 0);
        var start = string.Join(Path.DirectorySeparatorChar, segments[..first]);
        if (first > 0 && start.Length == 0)
        {
            start = Path.DirectorySeparatorChar.ToString();
        }

        var directory = first == 0 ? "." : start;
        if (!Directory.Exists(directory))
        {
            return Enumerable.Empty<string>();
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        Match(directory, segments.AsSpan(first).ToArray(), 0, found);
        return first == 0 ? found.Select(f => Path.GetRelativePath(".", f)) : found;
    }

    private static void Match(string directory, string[] segments, int index, HashSet<string> found)
    {
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            if (last)
            {
                found.UnionWith(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories));
                return;
            }

            Match(directory, segments, index + 1, found);
            foreach (var sub in Directory.EnumerateDirectories(directory))
            {
                Match(sub, segments, index, found);
            }

            return;
        }

        var ignoreCase = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();
        var entries = last ? Directory.EnumerateFiles(directory) : Directory.EnumerateDirectories(directory);
        foreach (var entry in entries.Where(e => FileSystemName.MatchesSimpleExpression(segment, Path.GetFileName(e), ignoreCase)))
        {
            if (last)
            {
                found.Add(entry);
            }
            else
            {
                Match(entry, segments, index + 1, found);
            }
        }
    }

    /// <summary>Whether a file in a folder is a report: its root element, or its top-level keys, say so. A file that cannot be read is one (its error is reported).</summary>
    private static bool IsReport(string path)
    {
        if (!Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        try
        {
            if (HtmlExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                return IsInlineXbrl(path);
            }

            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? HasDocumentInfo(path) : IsXbrlInstance(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException or JsonException)
        {
            return true;
        }
    }

    /// <summary>
    /// Whether an HTML file is Inline XBRL: XHTML whose root declares the Inline XBRL namespace. A page that is not
    /// even XML (as the SEC's own renderings beside a filing are not) is no report.
    /// </summary>
    private static bool IsInlineXbrl(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "html")
            {
                return false;
            }

            while (reader.MoveToNextAttribute())
            {
                if (reader.Value == InlineXbrlNamespace)
                {
                    return true;
                }
            }

            return false;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static bool IsXbrlInstance(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "xbrl" && reader.NamespaceURI == XbrlInstanceNamespace;
    }

    private static bool HasDocumentInfo(string path)
    {
        var reader = new Utf8JsonReader(File.ReadAllBytes(path), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("documentInfo"u8))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }
}
