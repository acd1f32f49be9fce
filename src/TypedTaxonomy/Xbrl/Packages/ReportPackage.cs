using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TypedTaxonomy.Xbrl.Inline;

namespace TypedTaxonomy.Xbrl.Packages;

/// <summary>One report of a report package: its document, or the documents of an Inline XBRL Document Set.</summary>
/// <param name="Documents">The files inside the package (<c>top/reports/report.xhtml</c>), the first the primary one.</param>
public sealed record PackagedReport(IReadOnlyList<string> Documents)
{
    /// <summary>The report's first document.</summary>
    public string Primary => Documents[0];

    /// <summary>Whether the report is Inline XBRL (XHTML documents).</summary>
    public bool IsInline => ReportPackage.IsInlineDocument(Primary);
}

/// <summary>
/// A report package (XBRL Report Packages 1.0): a <c>.xbri</c> (one Inline XBRL report), a <c>.xbr</c> (one XBRL
/// or xBRL-JSON report) or a <c>.zip</c>, holding one top folder with <c>META-INF/reportPackage.json</c> (whose
/// <c>documentInfo.documentType</c> says the kind) and the reports under <c>reports/</c>; or the older ESEF layout, a
/// <c>.zip</c> whose top folder holds <c>reports/</c> and <c>META-INF/</c> without the JSON file. The package is read
/// in place and its reports read with the readers of their file kinds (<see cref="Read(PackagedReport, XbrlReaderOptions?)"/>).
/// Errors carry the specification's codes, as Arelle reports them: <c>rpe:unsupportedFileExtension</c>,
/// <c>rpe:invalidArchiveFormat</c>, <c>rpe:invalidDirectoryStructure</c>, <c>rpe:invalidJSON</c>,
/// <c>rpe:invalidJSONStructure</c>, <c>rpe:unsupportedReportPackageVersion</c>,
/// <c>rpe:documentTypeFileExtensionMismatch</c>, <c>rpe:missingReportsDirectory</c>, <c>rpe:missingReport</c>,
/// <c>rpe:multipleReports</c>, <c>rpe:multipleReportsInSubdirectory</c>, <c>rpe:incorrectReportType</c>.
/// </summary>
public sealed class ReportPackage : IDisposable
{
    /// <summary>The document type of an Inline XBRL report package (<c>.xbri</c>).</summary>
    public const string InlineDocumentType = "https://xbrl.org/report-package/2023/xbri";

    /// <summary>The document type of a non-inline XBRL report package (<c>.xbr</c>).</summary>
    public const string NonInlineDocumentType = "https://xbrl.org/report-package/2023/xbr";

    /// <summary>The document type of an unconstrained report package (<c>.zip</c>).</summary>
    public const string UnconstrainedDocumentType = "https://xbrl.org/report-package/2023";

    private static readonly string[] InlineExtensions = [".xhtml", ".html", ".htm"];
    private static readonly string[] NonInlineExtensions = [".xbrl", ".json"];

    private ReportPackage(PackageArchive archive, string top, string? documentType, List<PackagedReport> reports)
    {
        Archive = archive;
        TopDirectory = top;
        DocumentType = documentType;
        Reports = reports;
    }

    /// <summary>The package's files.</summary>
    public PackageArchive Archive { get; }

    /// <summary>The package's one top folder.</summary>
    public string TopDirectory { get; }

    /// <summary>The document type <c>META-INF/reportPackage.json</c> declares; null in the older layout, which has none.</summary>
    public string? DocumentType { get; }

    /// <summary>The reports, in ordinal order of their first document.</summary>
    public IReadOnlyList<PackagedReport> Reports { get; }

    /// <summary>Whether <paramref name="path"/> names a report package by its extension (<c>.xbri</c>, <c>.xbr</c>, <c>.zip</c>).</summary>
    public static bool IsPackagePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        return extension.Equals(".xbri", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xbr", StringComparison.OrdinalIgnoreCase) || extension.Equals(".zip", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The report package a path names or lies in, and the report inside it: <c>filing.zip</c> names the package (its
    /// only report: null), <c>filing.zip/top/reports/a.xbrl</c> a report inside it; null when the path is no package.
    /// </summary>
    public static (string Package, string? Report)? Locate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return IsPackagePath(path) && !Directory.Exists(path) ? (path, null) : null;
        }

        // filing.zip/top/reports/a.xbrl: the longest leading part that is a package file.
        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            var candidate = path[..slash];
            if (IsPackagePath(candidate) && File.Exists(candidate))
            {
                return (candidate, path[(slash + 1)..]);
            }
        }

        return null;
    }

    /// <summary>Whether a document is Inline XBRL by its extension (<c>.xhtml</c>, <c>.html</c>, <c>.htm</c>).</summary>
    public static bool IsInlineDocument(string name) => InlineExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>Opens a report package and finds its reports, checking its layout as the specification asks.</summary>
    /// <exception cref="XbrlPackageException">The package is not usable; the code says why.</exception>
    public static ReportPackage Open(string path, long maxEntryBytes = 512L * 1024 * 1024)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".xbri" or ".xbr" or ".zip"))
        {
            throw new XbrlPackageException("rpe:unsupportedFileExtension", path, null, 0, 0, $"a report package is a .xbri, .xbr or .zip file, not {Excerpt.Quote(extension)}");
        }

        if (Directory.Exists(path))
        {
            throw new XbrlPackageException("rpe:invalidArchiveFormat", path, null, 0, 0, "a report package is a zip archive, not a folder");
        }

        var archive = PackageArchive.Open(path, "rpe", maxEntryBytes);
        try
        {
            return Open(archive, extension);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>Reads the package's only report, the one a <c>.xbri</c> or <c>.xbr</c> holds.</summary>
    /// <exception cref="XbrlPackageException">The package is not usable, or holds several reports (<c>rpe:multipleReports</c>).</exception>
    /// <exception cref="XbrlFormatException">The report is not well-formed.</exception>
    public static XbrlReport ReadFile(string path, XbrlReaderOptions? options = null)
    {
        using var package = Open(path);
        return package.Read(package.SingleReport(), options);
    }

    /// <summary>The one report of the package.</summary>
    /// <exception cref="XbrlPackageException">The package holds several reports (<c>rpe:multipleReports</c>).</exception>
    public PackagedReport SingleReport() => Reports.Count == 1
        ? Reports[0]
        : throw new XbrlPackageException("rpe:multipleReports", Archive.Path, null, 0, 0, $"the package holds {Reports.Count} reports ({string.Join(", ", Reports.Select(r => r.Primary).Take(5))}); read them one by one through ReportPackage.Reports");

    /// <summary>The report named by its first document's path inside the package, or the only one when <paramref name="primary"/> is null.</summary>
    /// <exception cref="XbrlPackageException">No report starts with that document (<c>rpe:missingReport</c>), or none is named and the package holds several (<c>rpe:multipleReports</c>).</exception>
    public PackagedReport Report(string? primary) => primary is null
        ? SingleReport()
        : Reports.FirstOrDefault(r => r.Primary == primary)
            ?? throw new XbrlPackageException("rpe:missingReport", Archive.Path, primary, 0, 0, $"the package holds no report {Excerpt.Quote(primary)} (its reports: {string.Join(", ", Reports.Select(r => r.Primary).Take(5))})");

    /// <summary>
    /// Reads a report of the package with the reader of its file kind: Inline XBRL (its documents as one document
    /// set), or the reader XbrlReportFile chooses from a document's content. Locations name the package and the file inside it (<c>filing.zip/top/reports/report.xhtml</c>).
    /// </summary>
    /// <exception cref="XbrlFormatException">The report is not well-formed.</exception>
    public XbrlReport Read(PackagedReport report, XbrlReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var streams = new List<Stream>();
        try
        {
            var documents = new List<(Stream Stream, string DocumentUri)>();
            foreach (var document in report.Documents)
            {
                var stream = Archive.OpenEntry(document);
                streams.Add(stream);
                documents.Add((stream, Archive.Path + "/" + document));
            }

            // Several documents are one Inline XBRL document set (FindReports groups only those); one document is
            // read by the reader its content calls for.
            return documents.Count > 1
                ? new InlineXbrlReader(options).Read(documents)
                : XbrlReportFile.Read(documents[0].Stream, documents[0].DocumentUri, options);
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Archive.Dispose();

    private static ReportPackage Open(PackageArchive archive, string extension)
    {
        var tops = archive.TopLevelDirectories;
        if (tops.Count != 1)
        {
            throw new XbrlPackageException("rpe:invalidDirectoryStructure", archive.Path, null, 0, 0, tops.Count == 0
                ? "the package has no folder at its top; its files must be inside one folder"
                : $"the package has {tops.Count} folders at its top ({string.Join(", ", tops.Take(5))}); it must have exactly one");
        }

        var top = tops[0];
        var documentType = ReadDocumentType(archive, top, extension);
        var reports = FindReports(archive, top);
        if (reports.Count > 1 && extension is ".xbri" or ".xbr")
        {
            throw new XbrlPackageException("rpe:multipleReports", archive.Path, null, 0, 0, $"a {extension} package holds one report; this one holds {reports.Count} ({string.Join(", ", reports.Select(r => r.Primary).Take(5))})");
        }

        var wrong = extension switch
        {
            ".xbri" => reports.FirstOrDefault(r => !r.IsInline),
            ".xbr" => reports.FirstOrDefault(r => r.IsInline),
            _ => null,
        };
        if (wrong is not null)
        {
            throw new XbrlPackageException("rpe:incorrectReportType", archive.Path, wrong.Primary, 0, 0, extension == ".xbri" ? "an Inline XBRL report package (.xbri) holds only Inline XBRL reports (.xhtml, .html, .htm)" : "a non-inline report package (.xbr) holds only XBRL (.xbrl) or xBRL-JSON (.json) reports");
        }

        return new ReportPackage(archive, top, documentType, reports);
    }

    /// <summary>The document type of <c>META-INF/reportPackage.json</c>, checked against the file's extension; null when the file is absent from a <c>.zip</c> (the older layout).</summary>
    private static string? ReadDocumentType(PackageArchive archive, string top, string extension)
    {
        var entry = top + "/META-INF/reportPackage.json";
        if (!archive.Contains(entry))
        {
            if (extension is ".xbri" or ".xbr")
            {
                throw new XbrlPackageException("rpe:documentTypeFileExtensionMismatch", archive.Path, null, 0, 0, $"a {extension} report package needs {entry}, which it does not have");
            }

            return null;
        }

        JsonDocument json;
        try
        {
            using var stream = archive.OpenEntry(entry);
            json = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new XbrlPackageException("rpe:invalidJSON", archive.Path, entry, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? -1) + 1, "not valid JSON (RFC 8259): " + e.Message.Split(" LineNumber:")[0], e);
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("documentInfo", out var documentInfo) || documentInfo.ValueKind != JsonValueKind.Object)
            {
                throw new XbrlPackageException("rpe:invalidJSONStructure", archive.Path, entry, 0, 0, "'documentInfo' must be a JSON object");
            }

            if (!documentInfo.TryGetProperty("documentType", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                throw new XbrlPackageException("rpe:invalidJSONStructure", archive.Path, entry, 0, 0, "'documentInfo.documentType' must be a JSON string");
            }

            var documentType = typeElement.GetString()!;
            var expected = documentType switch
            {
                InlineDocumentType => ".xbri",
                NonInlineDocumentType => ".xbr",
                UnconstrainedDocumentType => ".zip",
                _ => throw new XbrlPackageException("rpe:unsupportedReportPackageVersion", archive.Path, entry, 0, 0, $"the document type {Excerpt.Quote(documentType)} is not one of Report Packages 1.0 ({InlineDocumentType}, {NonInlineDocumentType}, {UnconstrainedDocumentType})"),
            };
            if (expected != extension)
            {
                throw new XbrlPackageException("rpe:documentTypeFileExtensionMismatch", archive.Path, entry, 0, 0, $"the document type {documentType} is that of a {expected} package, but the file is a {extension}");
            }

            return documentType;
        }
    }

    /// <summary>
    /// The reports under <c>top/reports/</c>: each report file directly in it is a report; otherwise each subfolder
    /// holds one report, its Inline XBRL documents together one document set.
    /// </summary>
    private static List<PackagedReport> FindReports(PackageArchive archive, string top)
    {
        var reportsFolder = top + "/reports";
        if (!archive.ContainsDirectory(reportsFolder))
        {
            throw new XbrlPackageException("rpe:missingReportsDirectory", archive.Path, null, 0, 0, $"the package has no {reportsFolder}/ folder holding its reports");
        }

        var topLevel = new List<string>();
        var bySubfolder = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.Where(e => e.StartsWith(reportsFolder + "/", StringComparison.Ordinal)))
        {
            if (!IsInlineDocument(entry) && !NonInlineExtensions.Any(e => entry.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var parts = entry[(reportsFolder.Length + 1)..].Split('/');
            if (parts.Length == 1)
            {
                topLevel.Add(entry);
            }
            else if (parts.Length == 2)
            {
                if (!bySubfolder.TryGetValue(parts[0], out var files))
                {
                    bySubfolder.Add(parts[0], files = new List<string>());
                }

                files.Add(entry);
            }
        }

        List<PackagedReport> reports;
        if (topLevel.Count > 0)
        {
            reports = topLevel.Select(e => new PackagedReport([e])).ToList();
        }
        else
        {
            reports = new List<PackagedReport>();
            foreach (var (subfolder, files) in bySubfolder)
            {
                if (files.Count > 1 && !files.All(IsInlineDocument))
                {
                    throw new XbrlPackageException("rpe:multipleReportsInSubdirectory", archive.Path, null, 0, 0, $"{reportsFolder}/{subfolder}/ holds {files.Count} reports ({string.Join(", ", files.Take(5).Select(f => f[(f.LastIndexOf('/') + 1)..]))}); a subfolder holds one report, or the documents of one Inline XBRL document set");
                }

                reports.Add(new PackagedReport(files));
            }
        }

        if (reports.Count == 0)
        {
            throw new XbrlPackageException("rpe:missingReport", archive.Path, null, 0, 0, $"{reportsFolder}/ holds no report (.xbrl, .json, .xhtml, .html or .htm), directly or in a subfolder");
        }

        return reports.OrderBy(r => r.Primary, StringComparer.Ordinal).ToList();
    }
}
