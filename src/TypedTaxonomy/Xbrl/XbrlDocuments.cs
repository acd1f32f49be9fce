using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Xbrl.Inline;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Xbrl;

/// <summary>
/// Which reader reads a report's documents, chosen by their file kind: Inline XBRL (<c>.xhtml</c>, <c>.html</c>,
/// <c>.htm</c>; several documents are one document set), xBRL-JSON (<c>.json</c>) or XBRL XML (anything else). Report
/// packages read their reports through here.
/// </summary>
public static class XbrlDocuments
{
    /// <summary>Reads a report of one document from a file, with the reader its extension chooses.</summary>
    /// <exception cref="XbrlFormatException">The document is not well-formed, or breaks a limit.</exception>
    public static XbrlReport ReadFile(string path, XbrlReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return Read([(stream, path)], options);
    }

    /// <summary>Reads the documents of one report, from streams left open.</summary>
    /// <param name="documents">Each document's bytes and name; the names' extensions choose the reader.</param>
    /// <param name="options">Limits; <see cref="XbrlReaderOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="XbrlFormatException">A document is not well-formed, or several documents are not Inline XBRL.</exception>
    public static XbrlReport Read(IReadOnlyList<(Stream Stream, string DocumentUri)> documents, XbrlReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new ArgumentException("A report has at least one document.", nameof(documents));
        }

        if (documents.All(d => ReportPackage.IsInlineDocument(d.DocumentUri)))
        {
            return new InlineXbrlReader(options).Read(documents);
        }

        if (documents.Count > 1)
        {
            throw new XbrlFormatException($"only Inline XBRL documents make one report together; {documents.Count} documents were given", documents[1].DocumentUri, 0, 0);
        }

        var (stream, uri) = documents[0];
        return uri.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? new XbrlJsonReader(options).Read(stream, uri)
            : new XbrlInstanceReader(options).Read(stream, uri);
    }
}
