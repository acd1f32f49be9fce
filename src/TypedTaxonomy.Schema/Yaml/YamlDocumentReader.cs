using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TypedTaxonomy.Schema.Yaml;

/// <summary>
/// Reads one YAML or JSON document into <see cref="YamlNode"/>s from YamlDotNet's event parser.
/// Never throws for bad input: syntax errors, duplicate keys, aliases and exceeded limits become
/// diagnostics. Builds the tree with an explicit stack, so nesting depth cannot overflow the call stack.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>The root node, or null when the file is empty or could not be parsed.</summary>
    public static YamlNode? Read(string filePath, string text, ICollection<SchemaDiagnostic> diagnostics, YamlReaderLimits? limits = null)
    {
        limits ??= YamlReaderLimits.Default;
        if (text.Length > limits.MaxCharacters)
        {
            diagnostics.Add(SchemaDiagnostic.Create(
                SchemaDiagnosticDescriptors.UnsupportedYaml,
                SourceSpan.StartOf(filePath),
                $"The file has {text.Length:N0} characters; schema files are limited to {limits.MaxCharacters:N0}. Split the taxonomy into several files."));
            return null;
        }

        ReportReplacementCharacter(filePath, text, diagnostics);
        if (ReportControlCharacter(filePath, text, diagnostics))
        {
            return null;
        }

        var locator = new Locator(filePath, text);
        var builder = new TreeBuilder(locator, limits, diagnostics);
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (!builder.Accept(parser.Current!))
                {
                    break;
                }
            }
        }
        catch (YamlException exception)
        {
            diagnostics.Add(YamlSyntaxErrors.Explain(filePath, text, exception, locator.Span(exception.Start, exception.End)));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet reports some unclosed flow collections this way, without marks: the scan of the text finds the bracket.
            diagnostics.Add(YamlSyntaxErrors.Explain(filePath, text, exception, builder.LastSpan));
            return null;
        }

        return builder.Root;
    }

    /// <summary>
    /// Decoders replace bytes that are not UTF-8 with U+FFFD; a schema author never types that character,
    /// so its presence means the file's encoding is wrong.
    /// </summary>
    private static void ReportReplacementCharacter(string filePath, string text, ICollection<SchemaDiagnostic> diagnostics)
    {
        var index = text.IndexOf('\uFFFD');
        if (index >= 0)
        {
            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidEncoding, YamlSyntaxErrors.CharacterAt(filePath, text, index)));
        }
    }

    /// <summary>
    /// YAML does not allow control characters other than tab and line breaks. YamlDotNet reads U+0000 as the
    /// end of the input in some places and skips it in others, so such a file is refused before parsing.
    /// </summary>
    private static bool ReportControlCharacter(string filePath, string text, ICollection<SchemaDiagnostic> diagnostics)
    {
        var i = text.AsSpan().IndexOfAny(ControlCharacters);
        if (i < 0)
        {
            return false;
        }

        var c = text[i];
        var hint = c == '\0' ? " (a file saved as UTF-16 reads like this; schema files are UTF-8)" : string.Empty;
        diagnostics.Add(SchemaDiagnostic.Create(
            SchemaDiagnosticDescriptors.SyntaxError,
            YamlSyntaxErrors.CharacterAt(filePath, text, i),
            $"The control character U+{(int)c:X4} is not allowed in YAML{hint}."));
        return true;
    }

    /// <summary>The characters below U+0020 but tab, line feed and carriage return.</summary>
    private static readonly char[] ControlCharacters = Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')).ToArray();

    /// <summary>
    /// Turns YamlDotNet's marks into spans. At the end of a text without a final line break YamlDotNet counts
    /// a line that is not there, so marks at the end are given the text's real end position.
    /// </summary>
    private sealed class Locator
    {
        private readonly string filePath;
        private readonly string text;
        private (int Line, int Column)? endOfText;

        public Locator(string filePath, string text)
        {
            this.filePath = filePath;
            this.text = text;
        }

        public SourceSpan Span(Mark start, Mark end)
        {
            var (startOffset, startLine, startColumn) = Point(start);
            var (endOffset, endLine, endColumn) = Point(end);
            return new SourceSpan(filePath, startOffset, startLine, startColumn, endOffset, endLine, endColumn);
        }

        private (int Offset, int Line, int Column) Point(Mark mark)
        {
            if (mark.Index < text.Length)
            {
                return ((int)mark.Index, (int)mark.Line, (int)mark.Column);
            }

            endOfText ??= YamlSyntaxErrors.PositionOf(text, text.Length);
            return (text.Length, endOfText.Value.Line, endOfText.Value.Column);
        }
    }

    /// <summary>
    /// Builds the tree from the events. The collections being read are a stack of frames (structs); their entries and
    /// items wait in two buffers shared by every open collection, each collection's at the end of its buffer, and
    /// are copied into an array of the exact size when it ends: no list, frame object or spare capacity is left in
    /// the tree for each mapping and sequence of the file.
    /// </summary>
    private sealed class TreeBuilder
    {
        /// <summary>From this many entries a mapping finds a repeated key in an index of its keys, not by looking through them.</summary>
        private const int IndexedFrom = 8;

        /// <summary>
        /// Values are shared from this many nodes on: the nodes of a smaller file are gone before they cost the garbage
        /// collector much. The longest value text shared, and how many different texts at most (names written once each
        /// are not worth keeping).
        /// </summary>
        private const int ShareFrom = 20_000;
        private const int MaxSharedLength = 24;
        private const int MaxSharedValues = 512;

        private Dictionary<string, string>? sharedValues;

        private readonly Locator locator;
        private readonly YamlReaderLimits limits;
        private readonly ICollection<SchemaDiagnostic> diagnostics;
        private Frame[] frames = new Frame[16];
        private int depth;
        private KeyValuePair<YamlScalar, YamlNode>[] entries = new KeyValuePair<YamlScalar, YamlNode>[16];
        private int entryCount;
        private YamlNode[] items = new YamlNode[16];
        private int itemCount;
        private ParsingEvent? lastEvent;
        private int nodeCount;
        private bool documentSeen;
        private bool limitReported;

        public TreeBuilder(Locator locator, YamlReaderLimits limits, ICollection<SchemaDiagnostic> diagnostics)
        {
            this.locator = locator;
            this.limits = limits;
            this.diagnostics = diagnostics;
        }

        public YamlNode? Root { get; private set; }

        /// <summary>Where the last event read was: the place to blame when the parser gives up without a position.</summary>
        public SourceSpan? LastSpan => lastEvent is null ? null : Span(lastEvent);

        /// <summary>Takes one event; false stops reading.</summary>
        public bool Accept(ParsingEvent parsingEvent)
        {
            lastEvent = parsingEvent;
            switch (parsingEvent)
            {
                case Scalar scalar:
                    if (!CountNode(parsingEvent))
                    {
                        return false;
                    }

                    Add(new YamlScalar(IsKeyNext ? scalar.Value : Shared(scalar.Value), scalar.Style == ScalarStyle.Plain, Span(parsingEvent)));
                    return true;
                case MappingStart or SequenceStart:
                    if (!CountNode(parsingEvent))
                    {
                        return false;
                    }

                    if (depth >= limits.MaxDepth)
                    {
                        // Reading stops here: scanning on through deeper flow collections costs the YAML scanner time
                        // that grows with the square of their depth, for a file that cannot be a schema anyway.
                        Report(SchemaDiagnosticDescriptors.UnsupportedYaml, parsingEvent, $"The document nests deeper than {limits.MaxDepth} levels; reading stops here, and nothing of this file is generated until it nests less deeply.");
                        Root = null;
                        return false;
                    }

                    Push(parsingEvent is MappingStart, parsingEvent.Start);
                    return true;
                case MappingEnd or SequenceEnd:
                    Add(Pop(parsingEvent.End));
                    return true;
                case DocumentStart start when !start.IsImplicit || documentSeen:
                    if (documentSeen)
                    {
                        Report(SchemaDiagnosticDescriptors.UnsupportedYaml, parsingEvent, "A schema file holds one YAML document; the documents after the first are ignored. Put each in its own file.");
                        return false;
                    }

                    documentSeen = true;
                    return true;
                case DocumentStart:
                    documentSeen = true;
                    return true;
                case AnchorAlias alias:
                    Report(SchemaDiagnosticDescriptors.UnsupportedYaml, parsingEvent, $"YAML aliases (*{alias.Value}) are not supported in taxonomy files; write the value out.");
                    Add(new YamlScalar(string.Empty, isPlain: true, Span(parsingEvent)));
                    return true;
                default:
                    return true;
            }
        }

        /// <summary>Whether the next node is a mapping's key (YamlDotNet already shares keys' text with the intern pool).</summary>
        private bool IsKeyNext => depth > 0 && frames[depth - 1].IsMapping && frames[depth - 1].PendingKey is null;

        /// <summary>
        /// The text of a short value, one string for each text in a large file: it writes the same few values
        /// (monetary, duration, 1) thousands of times, and every node of a file lives as long as the file is read.
        /// </summary>
        private string Shared(string value)
        {
            if (nodeCount < ShareFrom || value.Length > MaxSharedLength)
            {
                return value;
            }

            sharedValues ??= new Dictionary<string, string>(StringComparer.Ordinal);
            if (sharedValues.TryGetValue(value, out var shared))
            {
                return shared;
            }

            if (sharedValues.Count < MaxSharedValues)
            {
                sharedValues.Add(value, value);
            }

            return value;
        }

        private bool CountNode(ParsingEvent parsingEvent)
        {
            if (++nodeCount <= limits.MaxNodes)
            {
                return true;
            }

            if (!limitReported)
            {
                limitReported = true;
                Report(SchemaDiagnosticDescriptors.UnsupportedYaml, parsingEvent, $"The document has more than {limits.MaxNodes:N0} nodes; split the taxonomy into several files.");
            }

            Root = null;
            return false;
        }

        private void Push(bool isMapping, Mark start) => Append(ref frames, ref depth, new Frame(isMapping, start, isMapping ? entryCount : itemCount));

        /// <summary>Ends the innermost collection: its node, with its entries or items moved out of the buffer.</summary>
        private YamlNode Pop(Mark end)
        {
            ref var frame = ref frames[--depth];
            var span = locator.Span(frame.Start, end);
            YamlNode node = frame.IsMapping
                ? new YamlMapping(Take(entries, ref entryCount, frame.First), span)
                : new YamlSequence(Take(items, ref itemCount, frame.First), span);
            frame = default;
            return node;
        }

        /// <summary>Appends <paramref name="value"/> to a buffer of <paramref name="count"/> values, growing it when full.</summary>
        private static void Append<T>(ref T[] buffer, ref int count, T value)
        {
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, count * 2);
            }

            buffer[count++] = value;
        }

        /// <summary>Moves the values of a buffer from <paramref name="first"/> on into an array of their exact number.</summary>
        private static T[] Take<T>(T[] buffer, ref int count, int first)
        {
            var taken = count == first ? Array.Empty<T>() : new T[count - first];
            Array.Copy(buffer, first, taken, 0, taken.Length);
            Array.Clear(buffer, first, taken.Length);
            count = first;
            return taken;
        }

        private void Add(YamlNode node)
        {
            if (depth == 0)
            {
                Root = node;
                return;
            }

            ref var parent = ref frames[depth - 1];
            if (!parent.IsMapping)
            {
                Append(ref items, ref itemCount, node);
                return;
            }

            if (parent.PendingKey is null)
            {
                if (node is YamlScalar key)
                {
                    parent.PendingKey = key;
                }
                else
                {
                    diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, node.Span, "A mapping key", "a scalar", node.KindName));
                    parent.PendingKey = new YamlScalar(string.Empty, isPlain: true, node.Span);
                    parent.DropPending = true;
                }

                return;
            }

            var pendingKey = parent.PendingKey;
            parent.PendingKey = null;
            if (parent.DropPending)
            {
                parent.DropPending = false;
                return;
            }

            if (TryGetKeyLine(ref parent, pendingKey.Value, out var firstLine))
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.DuplicateKey, pendingKey.Span, pendingKey.Value, firstLine));
                return;
            }

            AddEntry(ref parent, pendingKey, node);
        }

        /// <summary>The line of the entry of the mapping <paramref name="frame"/> that already has <paramref name="key"/>, if one has.</summary>
        private bool TryGetKeyLine(ref Frame frame, string key, out int line)
        {
            if (frame.KeyLines is not null)
            {
                return frame.KeyLines.TryGetValue(key, out line);
            }

            for (var i = frame.First; i < entryCount; i++)
            {
                var entryKey = entries[i].Key;
                if (string.Equals(entryKey.Value, key, StringComparison.Ordinal))
                {
                    line = entryKey.Span.StartLine;
                    return true;
                }
            }

            line = 0;
            return false;
        }

        /// <summary>Adds an entry whose key no entry of the mapping has yet.</summary>
        private void AddEntry(ref Frame frame, YamlScalar key, YamlNode value)
        {
            Append(ref entries, ref entryCount, new KeyValuePair<YamlScalar, YamlNode>(key, value));
            if (frame.KeyLines is not null)
            {
                frame.KeyLines.Add(key.Value, key.Span.StartLine);
            }
            else if (entryCount - frame.First == IndexedFrom)
            {
                frame.KeyLines = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = frame.First; i < entryCount; i++)
                {
                    frame.KeyLines.Add(entries[i].Key.Value, entries[i].Key.Span.StartLine);
                }
            }
        }

        private SourceSpan Span(ParsingEvent parsingEvent) => locator.Span(parsingEvent.Start, parsingEvent.End);

        private void Report(SchemaDiagnosticDescriptor descriptor, ParsingEvent parsingEvent, string message) =>
            diagnostics.Add(SchemaDiagnostic.Create(descriptor, Span(parsingEvent), message));

        /// <summary>
        /// A mapping or sequence being read: where it starts, and where its entries (a mapping) or items (a sequence)
        /// start in their buffer. A mapping with <see cref="IndexedFrom"/> entries or more has an index of its keys.
        /// </summary>
        private struct Frame
        {
            public Frame(bool isMapping, Mark start, int first)
            {
                IsMapping = isMapping;
                Start = start;
                First = first;
                PendingKey = null;
                DropPending = false;
                KeyLines = null;
            }

            public bool IsMapping { get; }

            public Mark Start { get; }

            public int First { get; }

            public YamlScalar? PendingKey { get; set; }

            public bool DropPending { get; set; }

            public Dictionary<string, int>? KeyLines { get; set; }
        }
    }
}
