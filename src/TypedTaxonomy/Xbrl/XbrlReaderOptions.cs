using System;
using System.IO;

namespace TypedTaxonomy.Xbrl;

/// <summary>Limits and hints for <see cref="XbrlInstanceReader"/>, <see cref="Inline.InlineXbrlReader"/> and <see cref="XbrlJsonReader"/>.</summary>
/// <remarks>
/// The limits keep a hostile or broken document from exhausting memory or the stack: a document breaking one is
/// refused with an <see cref="XbrlFormatException"/>.
/// </remarks>
public sealed class XbrlReaderOptions
{
    /// <summary>The options used when none are given.</summary>
    public static XbrlReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest document read, in bytes (default 512 MiB). An xBRL-JSON document is held in memory while it is
    /// read, so for JSON the limit can be at most 2 GiB.
    /// </summary>
    public long MaxDocumentBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The deepest element or JSON value nesting read (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most facts read from one document (default 5,000,000).</summary>
    public int MaxFacts { get; init; } = 5_000_000;

    /// <summary>
    /// For xBRL-JSON: whether a concept is numeric. xBRL-JSON leaves out the unit of <c>xbrli:pure</c> facts and
    /// the decimals of exact ones, so without the taxonomy an exact pure number looks like a string. When this is
    /// <see langword="null"/>, a JSON fact counts as numeric when it has a unit or decimals.
    /// </summary>
    public Func<QName, bool>? IsNumericConcept { get; init; }

    /// <summary>
    /// For xBRL-JSON: whether an axis is a typed dimension. xBRL-JSON writes explicit members and typed values alike
    /// as strings. When this is <see langword="null"/>, a value that is a prefixed name with a declared prefix is taken
    /// as an explicit member and anything else as a typed value.
    /// </summary>
    public Func<QName, bool>? IsTypedDimension { get; init; }

    /// <summary>
    /// For Inline XBRL: the target document to read (the <c>target</c> attribute of facts and <c>ix:references</c>).
    /// <see langword="null"/> (the default) reads the default target, the facts without a <c>target</c>.
    /// </summary>
    public string? InlineTarget { get; init; }

    /// <summary>Opens a document file for one read from start to end, as every reader of this namespace does.</summary>
    internal static FileStream OpenDocument(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    /// <summary>
    /// Whether the rest of <paramref name="stream"/> is known, before it is read, to pass <see cref="MaxDocumentBytes"/>:
    /// only a stream that seeks can tell; any other is held to the limit as it is read (<see cref="LimitedReadStream"/>).
    /// </summary>
    internal bool IsKnownTooLarge(Stream stream) => stream.CanSeek && stream.Length - stream.Position > MaxDocumentBytes;

    /// <summary>The error for a document over <see cref="MaxDocumentBytes"/>.</summary>
    internal XbrlFormatException DocumentTooLarge(string documentUri, Exception? inner = null) =>
        new(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The document is larger than the limit of {MaxDocumentBytes} bytes (XbrlReaderOptions.MaxDocumentBytes)."),
            documentUri,
            0,
            0,
            null,
            inner);
}
