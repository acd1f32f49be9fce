using System;
using System.Buffers;
using System.IO;
using TypedTaxonomy.Xbrl.Inline;

namespace TypedTaxonomy.Xbrl;

/// <summary>The kinds of report document <see cref="XbrlReportFile"/> reads.</summary>
public enum XbrlReportFormat
{
    /// <summary>An XBRL 2.1 instance (<c>xbrli:xbrl</c>), read by <see cref="XbrlInstanceReader"/>.</summary>
    XbrlXml,

    /// <summary>An xBRL-JSON report, read by <see cref="XbrlJsonReader"/>.</summary>
    XbrlJson,

    /// <summary>An Inline XBRL document (XHTML), read by <see cref="InlineXbrlReader"/>.</summary>
    InlineXbrl,
}

/// <summary>
/// Reads a report whatever its kind, told by its content rather than its name: xBRL-JSON starts with <c>{</c>, an
/// Inline XBRL document's root element is <c>html</c>, anything else is read as an XBRL instance (whose reader says
/// what is wrong when it is not one). The one place a reader is chosen, used by the command line and the importer.
/// </summary>
public static class XbrlReportFile
{
    /// <summary>The reason given when a document holds nothing but white space.</summary>
    public const string EmptyReason = "the report is empty (nothing but white space)";

    private const int MaxLookAhead = 1024 * 1024;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the report in a file.</summary>
    /// <param name="path">The file, also the document name in locations and errors.</param>
    /// <param name="options">Limits and hints for the reader chosen.</param>
    /// <exception cref="XbrlFormatException">The report is empty, malformed or breaks a limit.</exception>
    public static XbrlReport Read(string path, XbrlReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = XbrlReaderOptions.OpenDocument(path);
        return Read(file, path, options);
    }

    /// <summary>
    /// Reads the report in a stream, which is left open; the stream need not seek (a pipe works), since the bytes
    /// looked at to tell the kind are kept for the reader.
    /// </summary>
    /// <param name="stream">The report's bytes.</param>
    /// <param name="documentUri">The document's name, for locations and errors.</param>
    /// <param name="options">Limits and hints for the reader chosen.</param>
    /// <exception cref="XbrlFormatException">The report is empty, malformed or breaks a limit.</exception>
    public static XbrlReport Read(Stream stream, string documentUri, XbrlReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(documentUri);
        var (format, head, length) = Detect(stream);
        if (format is null)
        {
            throw new XbrlFormatException(EmptyReason, documentUri, 0, 0);
        }

        // The bytes looked at are kept: the reader gets the document from its first byte.
        using var body = new HeadThenRest(head, length, stream);
        return format switch
        {
            XbrlReportFormat.XbrlJson => new XbrlJsonReader(options).Read(body, documentUri),
            XbrlReportFormat.InlineXbrl => new InlineXbrlReader(options).Read(body, documentUri),
            _ => new XbrlInstanceReader(options).Read(body, documentUri),
        };
    }

    /// <summary>
    /// The kind of the document in the stream, with the bytes read to tell it (read as they come, on this thread);
    /// null when it holds nothing but white space. Past <see cref="MaxLookAhead"/> bytes without a root element the
    /// document is taken as an XBRL instance, whose reader streams.
    /// </summary>
    private static (XbrlReportFormat? Format, byte[] Head, int Length) Detect(Stream stream)
    {
        var head = new byte[4096];
        var length = 0;
        while (true)
        {
            if (length == head.Length)
            {
                Array.Resize(ref head, head.Length * 2);
            }

            var read = stream.Read(head, length, Math.Min(head.Length - length, 4096));
            length += read;
            var complete = read == 0;
            var verdict = Look(new ReadOnlySequence<byte>(head, 0, length), complete, out var decided);
            if (decided || complete || length > MaxLookAhead)
            {
                return (decided ? verdict : length > MaxLookAhead ? XbrlReportFormat.XbrlXml : verdict, head, length);
            }
        }
    }

    /// <summary>What the bytes so far say: decided when they are enough to tell.</summary>
    private static XbrlReportFormat? Look(ReadOnlySequence<byte> buffer, bool complete, out bool decided)
    {
        decided = false;
        var reader = new SequenceReader<byte>(buffer);
        if (buffer.Length < Utf8Bom.Length && !complete)
        {
            return null;
        }

        reader.IsNext(Utf8Bom, advancePast: true);
        while (true)
        {
            reader.AdvancePastAny((byte)' ', (byte)'\t', (byte)'\r', (byte)'\n');
            if (!reader.TryPeek(out var first))
            {
                // Nothing but white space so far: empty if the document has ended.
                decided = complete;
                return complete ? null : XbrlReportFormat.XbrlXml;
            }

            if (first != (byte)'<')
            {
                decided = true;
                return first == (byte)'{' ? XbrlReportFormat.XbrlJson : XbrlReportFormat.XbrlXml;
            }

            // Skip the XML declaration, processing instructions, comments and a document type declaration.
            if (reader.IsNext("<?"u8) || reader.IsNext("<!--"u8) || reader.IsNext("<!"u8))
            {
                var end = reader.IsNext("<!--"u8) ? "-->"u8 : reader.IsNext("<?"u8) ? "?>"u8 : ">"u8;
                if (!reader.TryReadTo(out ReadOnlySequence<byte> _, end, advancePastDelimiter: true))
                {
                    decided = complete;
                    return XbrlReportFormat.XbrlXml;
                }

                continue;
            }

            // The root element: its local name tells.
            reader.Advance(1);
            Span<byte> name = stackalloc byte[64];
            var length = 0;
            var terminated = false;
            while (reader.TryRead(out var b))
            {
                if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/')
                {
                    terminated = true;
                    break;
                }

                if (b == (byte)':')
                {
                    length = 0;
                }
                else if (length < name.Length)
                {
                    name[length++] = b;
                }
            }

            if (!terminated && !complete)
            {
                return null;
            }

            decided = true;
            return name[..length].SequenceEqual("html"u8) ? XbrlReportFormat.InlineXbrl : XbrlReportFormat.XbrlXml;
        }
    }

    /// <summary>A document's first bytes, already read, then the rest of its stream (which is left open).</summary>
    private sealed class HeadThenRest : ForwardReadStream
    {
        private readonly byte[] head;
        private readonly int length;
        private readonly Stream rest;
        private int position;

        public HeadThenRest(byte[] head, int length, Stream rest)
        {
            this.head = head;
            this.length = length;
            this.rest = rest;
        }

        public override int Read(Span<byte> buffer)
        {
            if (position < length)
            {
                var count = Math.Min(buffer.Length, length - position);
                head.AsSpan(position, count).CopyTo(buffer);
                position += count;
                return count;
            }

            return rest.Read(buffer);
        }
    }
}
