using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TypedTaxonomy.Cli.Output;

/// <summary>
/// Writes JSON with <see cref="Utf8JsonWriter"/> (no reflection, so the tool stays trimmable and AOT compiled) to a
/// text writer: the base of the JSON lines and SARIF outputs.
/// </summary>
internal abstract class JsonOutput : CheckOutput
{
    // Messages keep their characters (±, −, quotes) as they are: the output is a file or a pipe, never HTML.
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected JsonOutput(TextWriter output)
        : base(output)
    {
    }

    /// <summary>Writes one JSON value made by <paramref name="write"/> and a line break, and flushes it (a stream's consumer sees it at once).</summary>
    protected void WriteLine(bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            write(writer);
        }

        Output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        Output.Flush();
    }

    /// <summary>A location's line and column as properties, each when known.</summary>
    protected static void WritePosition(Utf8JsonWriter writer, SourceLocation location, string line, string column)
    {
        if (location.Line > 0)
        {
            writer.WriteNumber(line, location.Line);
        }

        if (location.Column > 0)
        {
            writer.WriteNumber(column, location.Column);
        }
    }
}
