using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace TypedTaxonomy.Xbrl;

/// <summary>
/// Reads xBRL-JSON 1.0 reports (OIM, <c>documentType</c> <c>https://xbrl.org/2021/xbrl-json</c>) into an
/// <see cref="XbrlReport"/>, with <see cref="Utf8JsonReader"/> over the document's bytes.
/// </summary>
/// <remarks>
/// <para>
/// Errors are <see cref="XbrlFormatException"/>s that name the line, column and JSON path
/// (<c>$.facts.f12.dimensions.period</c>). Each fact's <see cref="Fact.Location"/> points at its key.
/// </para>
/// <para>
/// xBRL-JSON leaves out what the taxonomy can tell: the <c>xbrli:pure</c> unit, and whether an axis is typed.
/// Supply <see cref="XbrlReaderOptions.IsNumericConcept"/> and <see cref="XbrlReaderOptions.IsTypedDimension"/> when
/// the taxonomy is known; otherwise a fact with a unit or decimals is numeric, and an axis value that is a prefixed
/// name with a declared prefix is an explicit member. A numeric fact without a unit has the unit
/// <see cref="Unit.Pure"/>, and a fact without a period is <see cref="Period.Forever"/>, as OIM defines.
/// Footnotes (<c>xbrl:note</c> facts and fact <c>links</c>) are skipped and counted in <see cref="XbrlReport.Notes"/>.
/// </para>
/// </remarks>
public sealed class XbrlJsonReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private readonly XbrlReaderOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits and taxonomy hints; <see cref="XbrlReaderOptions.Default"/> when <see langword="null"/>.</param>
    public XbrlJsonReader(XbrlReaderOptions? options = null)
    {
        _options = options ?? XbrlReaderOptions.Default;
    }

    /// <summary>Reads an xBRL-JSON document from a file.</summary>
    /// <param name="path">The file's path, also used as the document name in locations and errors.</param>
    /// <exception cref="XbrlFormatException">The document is not valid xBRL-JSON, or breaks a limit.</exception>
    public XbrlReport ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return Read(stream, path);
    }

    /// <summary>Reads an xBRL-JSON document from a stream, which is left open.</summary>
    /// <param name="stream">The document's UTF-8 bytes.</param>
    /// <param name="documentUri">The document's name or URI, used in locations and errors.</param>
    /// <exception cref="XbrlFormatException">The document is not valid xBRL-JSON, or breaks a limit.</exception>
    public XbrlReport Read(Stream stream, string documentUri)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(documentUri);
        var tooLarge = string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {_options.MaxDocumentBytes} bytes (XbrlReaderOptions.MaxDocumentBytes).");
        if (stream.CanSeek && stream.Length - stream.Position > _options.MaxDocumentBytes)
        {
            throw new XbrlFormatException(tooLarge, documentUri, 0, 0);
        }

        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(stream.Length - stream.Position, int.MaxValue)) : new MemoryStream();
        try
        {
            using var limited = new LimitedReadStream(stream, _options.MaxDocumentBytes);
            limited.CopyTo(buffer);
        }
        catch (DocumentTooLargeException e)
        {
            throw new XbrlFormatException(tooLarge, documentUri, 0, 0, null, e);
        }

        return Read(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), documentUri);
    }

    /// <summary>Reads an xBRL-JSON document held in memory as UTF-8.</summary>
    /// <param name="utf8Json">The document's UTF-8 bytes, with or without a byte order mark.</param>
    /// <param name="documentUri">The document's name or URI, used in locations and errors.</param>
    /// <exception cref="XbrlFormatException">The document is not valid xBRL-JSON, or breaks a limit.</exception>
    public XbrlReport Read(ReadOnlyMemory<byte> utf8Json, string documentUri)
    {
        ArgumentNullException.ThrowIfNull(documentUri);
        if (utf8Json.Length > _options.MaxDocumentBytes)
        {
            throw new XbrlFormatException(
                string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {_options.MaxDocumentBytes} bytes (XbrlReaderOptions.MaxDocumentBytes)."),
                documentUri,
                0,
                0);
        }

        if (utf8Json.Span.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        return new Session(utf8Json, documentUri, _options).Run();
    }

    private sealed record RawDimension(string Key, string? Value, string Path, long Offset);

    private sealed record RawFact(
        string Id,
        string Path,
        long Offset,
        string? Value,
        long ValueOffset,
        int? Decimals,
        List<RawDimension> Dimensions);

    /// <summary>The state of reading one document.</summary>
    private sealed class Session(ReadOnlyMemory<byte> json, string document, XbrlReaderOptions options)
    {
        private readonly Utf8LineMap _lines = new(json);
        private readonly Dictionary<string, string> _namespaces = new(StringComparer.Ordinal);
        private readonly List<string> _taxonomy = [];
        private readonly List<RawFact> _facts = [];
        private bool _hasDocumentInfo;
        private int _linkCount;
        private int _noteFactCount;
        private int _extensionPropertyCount;
        private int _numberLookingTextCount;

        // The offset of the key of the property being read, for callbacks that report a property at its key.
        private long _propertyOffset;

        public XbrlReport Run()
        {
            var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions
            {
                MaxDepth = options.MaxDepth,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });

            Next(ref reader, "$");
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, "$", $"An xBRL-JSON document is a JSON object, not {Describe(reader.TokenType)}.");
            }

            ReadObject(ref reader, "$", (ref Utf8JsonReader r, string key, string path) =>
            {
                switch (key)
                {
                    case "documentInfo":
                        ReadDocumentInfo(ref r, path);
                        break;
                    case "facts":
                        ReadFacts(ref r, path);
                        break;
                    default:
                        SkipExtension(ref r, key, path);
                        break;
                }
            });

            try
            {
                // Anything but white space after the root object makes the reader throw.
                if (reader.Read())
                {
                    throw Error(ref reader, "$", "There is more JSON after the document's object.");
                }
            }
            catch (JsonException e)
            {
                throw SyntaxError(e, "$");
            }

            if (!_hasDocumentInfo)
            {
                throw new XbrlFormatException("The document has no documentInfo, so it is not xBRL-JSON.", document, 1, 1, "$");
            }

            return BuildReport();
        }

        private delegate void PropertyReader(ref Utf8JsonReader reader, string key, string path);

        /// <summary>Reads the object that starts at the current token, calling <paramref name="readProperty"/> on each property value (which it must consume).</summary>
        private void ReadObject(ref Utf8JsonReader reader, string path, PropertyReader readProperty)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                Next(ref reader, path);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    return;
                }

                var key = reader.GetString()!;
                var keyOffset = reader.TokenStartIndex;
                var propertyPath = Append(path, key);
                if (!seen.Add(key))
                {
                    throw Error(ref reader, propertyPath, $"The property '{key}' appears twice.");
                }

                Next(ref reader, propertyPath);
                _propertyOffset = keyOffset;
                readProperty(ref reader, key, propertyPath);
            }
        }

        private void ReadDocumentInfo(ref Utf8JsonReader reader, string path)
        {
            ExpectObject(ref reader, path);
            var start = reader.TokenStartIndex;
            _hasDocumentInfo = true;
            string? documentType = null;
            ReadObject(ref reader, path, (ref Utf8JsonReader r, string key, string p) =>
            {
                switch (key)
                {
                    case "documentType":
                        documentType = ExpectString(ref r, p);
                        if (documentType != XbrlNamespaces.XbrlJsonDocumentType)
                        {
                            throw Error(ref r, p, $"The documentType is '{documentType}'; only xBRL-JSON 1.0 ({XbrlNamespaces.XbrlJsonDocumentType}) is read.");
                        }

                        break;
                    case "namespaces":
                        ExpectObject(ref r, p);
                        ReadObject(ref r, p, (ref Utf8JsonReader nr, string prefix, string np) =>
                        {
                            var uri = ExpectString(ref nr, np);
                            if (!QName.IsNCName(prefix))
                            {
                                throw Error(ref nr, np, $"'{prefix}' is not a valid namespace prefix.");
                            }

                            _namespaces[prefix] = uri;
                        });
                        break;
                    case "taxonomy":
                        ExpectArray(ref r, p);
                        var index = 0;
                        while (true)
                        {
                            var itemPath = path + ".taxonomy[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                            Next(ref r, itemPath);
                            if (r.TokenType == JsonTokenType.EndArray)
                            {
                                break;
                            }

                            _taxonomy.Add(ExpectString(ref r, itemPath));
                            index++;
                        }

                        break;
                    case "baseURL":
                        ExpectString(ref r, p);
                        break;
                    case "linkTypes":
                    case "linkGroups":
                    case "features":
                        // Link types and groups only serve fact links (footnotes), which are not read.
                        ExpectObject(ref r, p);
                        Skip(ref r, p);
                        break;
                    default:
                        SkipExtension(ref r, key, p);
                        break;
                }
            });

            if (documentType is null)
            {
                throw Error(start, path, "documentInfo has no documentType.");
            }
        }

        private void ReadFacts(ref Utf8JsonReader reader, string path)
        {
            ExpectObject(ref reader, path);
            ReadObject(ref reader, path, (ref Utf8JsonReader r, string id, string factPath) =>
            {
                // A fact is located at its key, where a person would look for it.
                var offset = _propertyOffset;
                if (_facts.Count >= options.MaxFacts)
                {
                    throw Error(ref r, factPath, string.Create(CultureInfo.InvariantCulture, $"The document has more than {options.MaxFacts} facts (XbrlReaderOptions.MaxFacts)."));
                }

                ExpectObject(ref r, factPath);
                var hasValue = false;
                string? value = null;
                long valueOffset = 0;
                int? decimals = null;
                List<RawDimension>? dimensions = null;
                ReadObject(ref r, factPath, (ref Utf8JsonReader fr, string key, string p) =>
                {
                    switch (key)
                    {
                        case "value":
                            hasValue = true;
                            valueOffset = fr.TokenStartIndex;
                            value = fr.TokenType == JsonTokenType.Null ? null : ExpectString(ref fr, p);
                            break;
                        case "decimals":
                            if (fr.TokenType != JsonTokenType.Number || !fr.TryGetInt32(out var places))
                            {
                                throw Error(ref fr, p, $"decimals must be an integer number, not {Describe(ref fr)}; leave it out for an exact (INF) value.");
                            }

                            decimals = places;
                            break;
                        case "dimensions":
                            dimensions = ReadDimensions(ref fr, p);
                            break;
                        case "links":
                            ExpectObject(ref fr, p);
                            _linkCount++;
                            Skip(ref fr, p);
                            break;
                        default:
                            SkipExtension(ref fr, key, p);
                            break;
                    }
                });

                if (dimensions is null)
                {
                    throw Error(offset, factPath, "The fact has no dimensions.");
                }

                if (!hasValue)
                {
                    throw Error(offset, factPath, "The fact has no value (a nil fact has \"value\": null).");
                }

                _facts.Add(new RawFact(id, factPath, offset, value, valueOffset, decimals, dimensions));
            });
        }

        private List<RawDimension> ReadDimensions(ref Utf8JsonReader reader, string path)
        {
            ExpectObject(ref reader, path);
            var dimensions = new List<RawDimension>();
            ReadObject(ref reader, path, (ref Utf8JsonReader r, string key, string p) =>
            {
                var offset = r.TokenStartIndex;
                switch (key)
                {
                    case "concept":
                    case "entity":
                    case "period":
                    case "unit":
                    case "language":
                    case "noteId":
                        dimensions.Add(new RawDimension(key, ExpectString(ref r, p), p, offset));
                        break;
                    default:
                        if (!key.Contains(':'))
                        {
                            throw Error(ref r, p, $"'{key}' is neither a core dimension (concept, entity, period, unit, language) nor a prefixed axis name.");
                        }

                        // A typed axis may be nil (null); an explicit member is always a string.
                        var value = r.TokenType == JsonTokenType.Null ? null : ExpectString(ref r, p);
                        dimensions.Add(new RawDimension(key, value, p, offset));
                        break;
                }
            });
            return dimensions;
        }

        private void SkipExtension(ref Utf8JsonReader reader, string key, string path)
        {
            // OIM lets documents carry extra properties named with a declared prefix; they are not part of the model.
            if (!key.Contains(':'))
            {
                throw Error(ref reader, path, $"Unknown property '{key}'.");
            }

            _extensionPropertyCount++;
            Skip(ref reader, path);
        }

        private XbrlReport BuildReport()
        {
            var facts = new List<Fact>(_facts.Count);
            foreach (var raw in _facts)
            {
                var fact = BuildFact(raw);
                if (fact is not null)
                {
                    facts.Add(fact);
                }
            }

            var notes = new List<string>();
            var inv = CultureInfo.InvariantCulture;
            if (_noteFactCount > 0)
            {
                notes.Add(string.Create(inv, $"{_noteFactCount} footnote(s) (xbrl:note facts) ignored."));
            }

            if (_linkCount > 0)
            {
                notes.Add(string.Create(inv, $"Links (footnote relationships) of {_linkCount} fact(s) ignored."));
            }

            if (_numberLookingTextCount > 0)
            {
                notes.Add(string.Create(inv, $"{_numberLookingTextCount} fact(s) with a number as value but no unit and no decimals were read as non-numeric; exact xbrli:pure numbers look like that in xBRL-JSON, so give XbrlReaderOptions.IsNumericConcept to tell them apart."));
            }

            if (_extensionPropertyCount > 0)
            {
                notes.Add(string.Create(inv, $"{_extensionPropertyCount} extension (prefixed) propert(ies) ignored."));
            }

            return new XbrlReport(facts, _namespaces, document, _taxonomy, notes);
        }

        private Fact? BuildFact(RawFact raw)
        {
            QName? concept = null;
            var entity = EntityIdentifier.None;
            var period = Period.Forever;
            Unit? unit = null;
            string? language = null;
            var explicitMembers = ImmutableArray.CreateBuilder<ExplicitMember>();
            var typedMembers = ImmutableArray.CreateBuilder<TypedMember>();
            foreach (var d in raw.Dimensions)
            {
                switch (d.Key)
                {
                    case "concept":
                        concept = Resolve(d.Value!, d, "concept");
                        break;
                    case "entity":
                        entity = ResolveEntity(d);
                        break;
                    case "period":
                        try
                        {
                            period = Period.FromXbrlJson(d.Value!);
                        }
                        catch (FormatException e)
                        {
                            throw Error(d.Offset, d.Path, "The period is not valid: " + e.Message, e);
                        }

                        break;
                    case "unit":
                        try
                        {
                            unit = Unit.Parse(d.Value!, ResolvePrefix);
                        }
                        catch (FormatException e)
                        {
                            throw Error(d.Offset, d.Path, "The unit is not valid: " + e.Message, e);
                        }

                        break;
                    case "language":
                        language = d.Value;
                        break;
                    case "noteId":
                        break;
                    default:
                        var axis = Resolve(d.Key, d, "axis");
                        if (IsTyped(axis, d.Value))
                        {
                            typedMembers.Add(new TypedMember(axis, d.Value ?? string.Empty));
                        }
                        else
                        {
                            explicitMembers.Add(new ExplicitMember(axis, Resolve(d.Value!, d, $"member of {axis}")));
                        }

                        break;
                }
            }

            if (concept is not { } name)
            {
                throw Error(raw.Offset, raw.Path + ".dimensions", "The fact has no concept dimension.");
            }

            if (name.NamespaceUri == XbrlNamespaces.Oim && name.LocalName == "note")
            {
                _noteFactCount++;
                return null;
            }

            var isNumeric = unit is not null || raw.Decimals is not null || options.IsNumericConcept?.Invoke(name) == true;
            if (!isNumeric && options.IsNumericConcept is null && raw.Value is not null
                && decimal.TryParse(raw.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                _numberLookingTextCount++;
            }

            decimal? numericValue = null;
            var value = raw.Value;
            if (isNumeric)
            {
                unit ??= Unit.Pure;
                if (value is not null)
                {
                    numericValue = ParseNumber(value, raw);
                }
            }

            return new Fact
            {
                ConceptName = name,
                Entity = entity,
                Period = period,
                Unit = isNumeric ? unit : null,
                Value = value,
                NumericValue = numericValue,
                Decimals = isNumeric && value is not null ? (raw.Decimals is { } places ? Decimals.Of(places) : Decimals.Infinite) : null,
                IsNil = value is null,
                Dimensions = explicitMembers.ToImmutable(),
                TypedDimensions = typedMembers.ToImmutable(),
                Id = raw.Id,
                Language = isNumeric ? null : language,
                Location = Locate(raw.Offset, raw.Path),
            };
        }

        private decimal? ParseNumber(string value, RawFact raw)
        {
            const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
            if (decimal.TryParse(value, style, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            if (value is "INF" or "-INF" or "NaN"
                || (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)))
            {
                // A valid xs:double that a decimal cannot hold.
                return null;
            }

            throw Error(raw.ValueOffset, raw.Path + ".value", $"The numeric fact's value '{value}' is not a number.");
        }

        private bool IsTyped(QName axis, string? value)
        {
            if (options.IsTypedDimension is { } isTyped)
            {
                return isTyped(axis);
            }

            return value is null
                || !QName.TryParseLexical(value, out var prefix, out _)
                || prefix.Length == 0
                || ResolvePrefix(prefix) is null;
        }

        private QName Resolve(string text, RawDimension d, string what)
        {
            if (!QName.TryParseLexical(text, out var prefix, out var localName) || prefix.Length == 0)
            {
                throw Error(d.Offset, d.Path, $"The {what} '{text}' is not a prefixed name (prefix:LocalName).");
            }

            var ns = ResolvePrefix(prefix)
                ?? throw Error(d.Offset, d.Path, $"The prefix '{prefix}' of the {what} '{text}' is not declared in documentInfo.namespaces.");
            return new QName(ns, prefix, localName);
        }

        private EntityIdentifier ResolveEntity(RawDimension d)
        {
            var text = d.Value!;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == text.Length - 1)
            {
                throw Error(d.Offset, d.Path, $"The entity '{text}' is not of the form scheme-prefix:identifier.");
            }

            var prefix = text[..colon];
            var scheme = ResolvePrefix(prefix)
                ?? throw Error(d.Offset, d.Path, $"The scheme prefix '{prefix}' of the entity '{text}' is not declared in documentInfo.namespaces.");
            return new EntityIdentifier(scheme, text[(colon + 1)..]);
        }

        // Declared prefixes first; the reserved OIM prefixes (xbrli, iso4217, xbrl, ...) resolve even when undeclared.
        private string? ResolvePrefix(string prefix) =>
            _namespaces.TryGetValue(prefix, out var uri) ? uri : XbrlNamespaces.ResolveStandardPrefix(prefix);

        private void Next(ref Utf8JsonReader reader, string path)
        {
            try
            {
                if (!reader.Read())
                {
                    throw Error(json.Length, path, "The document ends early.");
                }
            }
            catch (JsonException e)
            {
                throw SyntaxError(e, path);
            }
        }

        private void Skip(ref Utf8JsonReader reader, string path)
        {
            try
            {
                reader.Skip();
            }
            catch (JsonException e)
            {
                throw SyntaxError(e, path);
            }
        }

        private void ExpectObject(ref Utf8JsonReader reader, string path)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, path, $"Expected an object, found {Describe(ref reader)}.");
            }
        }

        private void ExpectArray(ref Utf8JsonReader reader, string path)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Error(ref reader, path, $"Expected an array, found {Describe(ref reader)}.");
            }
        }

        private string ExpectString(ref Utf8JsonReader reader, string path)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(ref reader, path, $"Expected a string, found {Describe(ref reader)}.");
            }

            return reader.GetString()!;
        }

        private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.String => "the string \"" + Shorten(reader.GetString()!) + "\"",
            JsonTokenType.Number => "the number " + Shorten(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            _ => Describe(reader.TokenType),
        };

        private static string Describe(JsonTokenType type) => type switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            _ => type.ToString(),
        };

        private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";

        private SourceLocation Locate(long offset, string path)
        {
            var (line, column) = _lines.Locate(offset);
            return new SourceLocation(document, line, column, path);
        }

        private XbrlFormatException Error(ref Utf8JsonReader reader, string path, string reason) =>
            Error(reader.TokenStartIndex, path, reason);

        private XbrlFormatException Error(long offset, string path, string reason, Exception? inner = null)
        {
            var (line, column) = _lines.Locate(offset);
            return new XbrlFormatException(reason, document, line, column, path, inner);
        }

        private XbrlFormatException SyntaxError(JsonException e, string path)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : 0;
            var column = e.LineNumber is { } zl && e.BytePositionInLine is { } b ? _lines.ColumnOf(zl, b) : 0;
            return new XbrlFormatException("The document is not valid JSON: " + e.Message, document, line, column, path, e);
        }

        /// <summary>Appends a property to a JSON path: <c>$.facts.f1</c>, or <c>['us-gaap:Axis']</c> when the name is not a plain identifier.</summary>
        private static string Append(string path, string key)
        {
            var plain = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_');
            foreach (var c in key)
            {
                plain &= char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-';
            }

            return plain ? path + "." + key : path + "['" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
        }
    }
}
