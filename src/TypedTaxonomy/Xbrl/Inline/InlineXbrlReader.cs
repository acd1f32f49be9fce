using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// Reads Inline XBRL 1.1 documents (XHTML with facts tagged in it, as the SEC and ESMA take filings) into the same
/// <see cref="XbrlReport"/> as <see cref="XbrlInstanceReader"/> gives for the XBRL instance they stand for, streaming
/// with <see cref="XmlReader"/>. Every fact keeps its line and column in its <c>.htm</c>.
/// </summary>
/// <remarks>
/// <para>
/// Reads <c>ix:header</c> (<c>ix:hidden</c>, <c>ix:references</c>, <c>ix:resources</c>), <c>ix:nonFraction</c> (format,
/// scale, sign, nil, nesting), <c>ix:nonNumeric</c> (format, <c>escape</c>, <c>continuedAt</c> chains through
/// <c>ix:continuation</c>, <c>ix:exclude</c>), <c>ix:fraction</c>, <c>ix:tuple</c> (<c>tupleRef</c>, <c>order</c>),
/// <c>ix:footnote</c> and <c>ix:relationship</c> (footnotes attached to their facts, <see cref="Fact.Footnotes"/>), and
/// the <c>target</c> attribute: the default target unless <see cref="XbrlReaderOptions.InlineTarget"/> names another.
/// Several files read together are one Inline XBRL Document Set, whose ids (contexts, units, continuations,
/// footnotes, tuples) are shared. Transformation formats are applied by <see cref="InlineTransforms"/>.
/// </para>
/// <para>
/// Every tag is one fact, as the SEC's extracted instance has it: a fact tagged twice (Apple's 10-Q tags 674 numbers
/// for 614 concept-context pairs) is two facts, which validation treats as duplicates the way it treats them in an
/// XBRL instance.
/// </para>
/// <para>
/// Errors never escape as anything but an <see cref="XbrlFormatException"/>. The reader reads on past an error where it
/// can (a value a format cannot read, a missing context, a broken continuation chain) and stops only where it cannot
/// (XML that is not well-formed, a broken context or unit); then it throws one exception listing every error found,
/// each with its place and, where the specification has one, its code (<see cref="XbrlFormatException.Errors"/>), and
/// the facts read without error (<see cref="XbrlFormatException.PartialReport"/>).
/// </para>
/// </remarks>
public sealed class InlineXbrlReader
{
    private readonly XbrlReaderOptions options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits and the target; <see cref="XbrlReaderOptions.Default"/> when <see langword="null"/>.</param>
    public InlineXbrlReader(XbrlReaderOptions? options = null)
    {
        this.options = options ?? XbrlReaderOptions.Default;
    }

    /// <summary>Reads one Inline XBRL document from a file.</summary>
    /// <param name="path">The file's path, also the document name in locations and errors.</param>
    /// <exception cref="XbrlFormatException">The document has errors; all of them are listed.</exception>
    public XbrlReport ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFiles([path]);
    }

    /// <summary>Reads the files of an Inline XBRL Document Set as one report.</summary>
    /// <param name="paths">The documents, in the order their facts are listed.</param>
    /// <exception cref="XbrlFormatException">A document has errors, or cannot be opened; all errors are listed.</exception>
    public XbrlReport ReadFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var set = new InlineDocumentSet(options);
        foreach (var path in paths)
        {
            try
            {
                using var stream = XbrlReaderOptions.OpenDocument(path);
                ReadInto(set, stream, path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                set.AddError(null, e.Message, path, 0, 0);
            }
        }

        return set.Build();
    }

    /// <summary>Reads one Inline XBRL document from a stream, which is left open.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="documentUri">The document's name or URI, used in locations and errors.</param>
    /// <exception cref="XbrlFormatException">The document has errors; all of them are listed.</exception>
    public XbrlReport Read(Stream stream, string documentUri)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(documentUri);
        return Read([(stream, documentUri)]);
    }

    /// <summary>Reads the documents of an Inline XBRL Document Set from streams, which are left open.</summary>
    /// <param name="documents">Each document's bytes and name, in the order their facts are listed.</param>
    /// <exception cref="XbrlFormatException">A document has errors; all errors are listed.</exception>
    public XbrlReport Read(IEnumerable<(Stream Stream, string DocumentUri)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var set = new InlineDocumentSet(options);
        foreach (var (stream, uri) in documents)
        {
            ReadInto(set, stream, uri);
        }

        return set.Build();
    }

    private void ReadInto(InlineDocumentSet set, Stream stream, string documentUri)
    {
        if (options.IsKnownTooLarge(stream))
        {
            var tooLarge = options.DocumentTooLarge(documentUri);
            set.AddError(null, tooLarge.Reason, documentUri, 0, 0);
            return;
        }

        var settings = new XmlReaderSettings
        {
            // XHTML documents may start with <!DOCTYPE html>; it is skipped, never fetched or expanded.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = false,
            CloseInput = false,
        };
        using var limited = new LimitedReadStream(stream, options.MaxDocumentBytes);
        using var xml = XmlReader.Create(limited, settings);
        new InlineDocumentSession(xml, documentUri, options, set).Run();
    }
}
