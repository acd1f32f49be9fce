using System;
using System.IO;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Cli.Check;

/// <summary>The outcome of validating one report.</summary>
/// <param name="Path">The report's path.</param>
/// <param name="Report">The report read; null when it could not be read.</param>
/// <param name="Validation">What validating it found; null when it could not be read.</param>
/// <param name="Error">Why it could not be read, naming the place (<c>file(line,col): reason</c>); null when it was.</param>
public sealed record ReportCheck(string Path, XbrlReport? Report, ReportValidation? Validation, string? Error)
{
    /// <summary>
    /// Whether the report could not be read, breaks a rule (an error or an inconsistency; warnings do not count), or
    /// has facts of concepts the schema files do not define: as for an XBRL processor, whose schema validation
    /// refuses an element its taxonomy does not declare.
    /// </summary>
    public bool IsInvalid => Validation is not { Result.IsValid: true, UnknownConcepts.Count: 0 };
}

/// <summary>
/// Reads a report, XBRL 2.1 XML or xBRL-JSON (told apart by the first character, not the file name), and validates
/// it against rules built from schema files, as a consumer's generated <c>{Name}Taxonomy.Validate</c> would.
/// </summary>
public static class ReportChecker
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads and validates <paramref name="path"/>, opened once and read as a stream, so a pipe (<c>/dev/stdin</c>)
    /// works. Never throws for a missing, unreadable, empty or malformed report, or a directory.
    /// </summary>
    public static ReportCheck Check(string path, SchemaRules rules, CalculationMode mode)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        if (Directory.Exists(path))
        {
            return new ReportCheck(path, null, null, $"{path}: error: this is a directory, not a report; give an XBRL instance or an xBRL-JSON file");
        }

        XbrlReport report;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            var (head, first) = ReadHead(file);
            if (first is null)
            {
                return new ReportCheck(path, null, null, $"{path}: error: the report is empty (nothing but white space); give an XBRL instance or an xBRL-JSON file");
            }

            using var stream = new HeadStream(head, file);
            report = first == (byte)'{'
                ? new XbrlJsonReader(new XbrlReaderOptions { IsNumericConcept = rules.IsNumericConcept }).Read(stream, path)
                : new XbrlInstanceReader().Read(stream, path);
        }
        catch (XbrlFormatException e)
        {
            return new ReportCheck(path, null, null, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReportCheck(path, null, null, $"{path}: {e.Message}");
        }

        return new ReportCheck(path, report, ReportValidator.Validate(report.Facts, rules.Rules, mode), null);
    }

    /// <summary>
    /// The bytes read up to and including the first that is not white space (after a UTF-8 byte order mark), and that
    /// byte: <c>{</c> starts xBRL-JSON, anything else an XML instance; null when the stream ends first.
    /// </summary>
    private static (byte[] Head, byte? First) ReadHead(Stream stream)
    {
        var head = new MemoryStream();
        int next;
        while ((next = stream.ReadByte()) >= 0)
        {
            head.WriteByte((byte)next);
            var isBom = head.Length <= Utf8Bom.Length && next == Utf8Bom[(int)head.Length - 1];
            if (!isBom && next is not (' ' or '\t' or '\r' or '\n'))
            {
                return (head.ToArray(), (byte)next);
            }
        }

        return (head.ToArray(), null);
    }

    /// <summary>A read-only stream of the bytes already read from a stream and then the rest of it: the report read once.</summary>
    private sealed class HeadStream(byte[] head, Stream rest) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - position);
                head.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
