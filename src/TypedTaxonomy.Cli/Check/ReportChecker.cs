using System;
using System.Buffers;
using System.IO;
using System.IO.Pipelines;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Cli.Check;

/// <summary>The outcome of validating one report.</summary>
/// <param name="Path">The report's path.</param>
/// <param name="Report">The report read; null when it could not be read.</param>
/// <param name="Validation">What validating it found; null when it could not be read.</param>
/// <param name="ErrorMessage">Why it could not be read, naming the place (<c>file(line,col): reason</c>); null when it was.</param>
/// <param name="ErrorLocation">Where it could not be read; null when it was.</param>
public sealed record ReportCheck(string Path, XbrlReport? Report, ReportValidation? Validation, string? ErrorMessage, SourceLocation? ErrorLocation = null);

/// <summary>
/// Reads a report, XBRL 2.1 XML or xBRL-JSON (told apart by the first character, not the file name), and validates
/// it against rules built from schema files, as a consumer's generated <c>{Name}Taxonomy.Validate</c> would.
/// </summary>
public static class ReportChecker
{
    private const int MaxLookAhead = 1024 * 1024;
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
            if (Read(path, rules.IsNumericConcept) is not { } read)
            {
                return new ReportCheck(path, null, null, $"{path}: error: the report is empty (nothing but white space); give an XBRL instance or an xBRL-JSON file");
            }

            report = read;
        }
        catch (XbrlFormatException e)
        {
            return new ReportCheck(path, null, null, e.Message, e.Location);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReportCheck(path, null, null, $"{path}: {e.Message}", new SourceLocation(path, 0, 0, null));
        }

        return new ReportCheck(path, report, ReportValidator.Validate(report.Facts, rules.Rules, mode), null);
    }

    /// <summary>
    /// Reads a report, XBRL 2.1 XML or xBRL-JSON (told apart by its first character), opened once as a stream; null when
    /// it is empty. <paramref name="isNumericConcept"/> tells the xBRL-JSON reader what its format cannot.
    /// </summary>
    /// <exception cref="XbrlFormatException">The report is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static XbrlReport? Read(string path, Func<QName, bool> isNumericConcept)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        var pipe = PipeReader.Create(file);
        if (FirstSignificantByte(pipe) is not { } first)
        {
            return null;
        }

        // The pipe still holds the bytes looked at: the reader gets the document from its first byte.
        using var stream = pipe.AsStream();
        return first == (byte)'{'
            ? new XbrlJsonReader(new XbrlReaderOptions { IsNumericConcept = isNumericConcept }).Read(stream, path)
            : new XbrlInstanceReader().Read(stream, path);
    }

    /// <summary>
    /// The first byte that is not white space (after a UTF-8 byte order mark), looked at without consuming anything:
    /// <c>{</c> starts xBRL-JSON, anything else an XML instance; null when the stream ends first. Past
    /// <see cref="MaxLookAhead"/> bytes of white space the document is taken as XML, whose reader streams.
    /// </summary>
    private static byte? FirstSignificantByte(PipeReader pipe)
    {
        while (true)
        {
            var result = pipe.ReadAsync().AsTask().GetAwaiter().GetResult();
            var buffer = result.Buffer;
            if (buffer.Length < Utf8Bom.Length && !result.IsCompleted)
            {
                pipe.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            var reader = new SequenceReader<byte>(buffer);
            reader.IsNext(Utf8Bom, advancePast: true);
            reader.AdvancePastAny((byte)' ', (byte)'\t', (byte)'\r', (byte)'\n');
            if (reader.TryPeek(out var first))
            {
                pipe.AdvanceTo(buffer.Start);
                return first;
            }

            if (result.IsCompleted)
            {
                return null;
            }

            if (buffer.Length > MaxLookAhead)
            {
                pipe.AdvanceTo(buffer.Start);
                return (byte)'<';
            }

            pipe.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
