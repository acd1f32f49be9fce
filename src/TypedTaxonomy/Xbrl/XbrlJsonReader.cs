using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
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
    private readonly XbrlReaderOptions options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits and taxonomy hints; <see cref="XbrlReaderOptions.Default"/> when <see langword="null"/>.</param>
    public XbrlJsonReader(XbrlReaderOptions? options = null)
    {
        this.options = options ?? XbrlReaderOptions.Default;
    }

    /// <summary>Reads an xBRL-JSON document from a file.</summary>
    /// <param name="path">The file's path, also used as the document name in locations and errors.</param>
    /// <exception cref="XbrlFormatException">The document is not valid xBRL-JSON, or breaks a limit.</exception>
    public XbrlReport ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = XbrlReaderOptions.OpenDocument(path);
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
        if (options.IsKnownTooLarge(stream))
        {
            throw options.DocumentTooLarge(documentUri);
        }

        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(stream.Length - stream.Position, int.MaxValue)) : new MemoryStream();
        try
        {
            using var limited = new LimitedReadStream(stream, options.MaxDocumentBytes);
            limited.CopyTo(buffer);
        }
        catch (DocumentTooLargeException e)
        {
            throw options.DocumentTooLarge(documentUri, e);
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
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            throw options.DocumentTooLarge(documentUri);
        }

        if (utf8Json.Span.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        return new Session(utf8Json, documentUri, options).Run();
    }

    /// <summary>What a property of a fact's <c>dimensions</c> is: a core dimension, or an axis.</summary>
    private enum DimensionKind : byte
    {
        Axis,
        Concept,
        Entity,
        Period,
        Unit,
        Language,
        NoteId,
    }

    /// <summary>
    /// A string value (or axis name) of the document, read once however often it occurs, with what it resolves to
    /// worked out on first use: a report repeats its concepts, periods, units and members over and over.
    /// </summary>
    private sealed class Atom(string text)
    {
        public readonly string Text = text;
        public bool HasName;
        public QName Name;
        public bool HasEntity;
        public EntityIdentifier Entity;
        public bool HasPeriod;
        public Period Period;
        public Unit? Unit;

        // As an axis value without XbrlReaderOptions.IsTypedDimension: 0 not yet known, 1 typed, -1 an explicit member.
        public sbyte TypedValue;
    }

    /// <summary>A property of a fact's <c>dimensions</c>; its JSON path is made from the fact's only when an error needs it.</summary>
    private readonly record struct RawDimension(DimensionKind Kind, string Key, Atom? KeyAtom, Atom? Value, long Offset);

    private readonly record struct RawFact(
        string Id,
        long Offset,
        string? Value,
        long ValueOffset,
        int? Decimals,
        int FirstDimension,
        int DimensionCount);

    /// <summary>One step of a JSON path: a property name, or an array index when <see cref="Key"/> is <see langword="null"/>.</summary>
    private readonly record struct PathSegment(string? Key, int Index);

    /// <summary>The state of reading one document.</summary>
    /// <remarks>
    /// Positions and JSON paths are only worked out when they are reported: for each fact and, when something is
    /// wrong, for the error. While reading, a path is its depth in <see cref="path"/>, the names of the properties
    /// (and array indexes) entered from the root, which is <c>$</c> at depth 0.
    /// </remarks>
    private sealed class Session
    {
        private const int FactValue = 1;
        private const int FactDecimals = 2;
        private const int FactDimensions = 4;
        private const int FactLinks = 8;
        private const int LargeKeySet = 64;

        private readonly ReadOnlyMemory<byte> json;
        private readonly string document;
        private readonly XbrlReaderOptions options;
        private readonly Utf8LineMap lines;
        private readonly Dictionary<string, string> namespaces = new(StringComparer.Ordinal);
        private readonly List<string> taxonomy = [];
        // Facts are made as they are read when documentInfo (and so every namespace prefix) came first, as it nearly
        // always does. Otherwise, and from the first fact that cannot be made, the facts are kept as read and made at
        // the end, so that any error in the JSON itself is still reported before an error in a fact's values.
        private readonly List<Fact> built = [];
        private readonly List<RawFact> deferred = [];
        private readonly List<RawDimension> dimensions = [];
        private bool deferring;
        private int factCount;
        private readonly HashSet<string> factIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Atom> atoms = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
        private readonly Dictionary<string, Atom>.AlternateLookup<ReadOnlySpan<char>> atomsBySpan;
#endif
        private readonly Func<string, string?> resolvePrefix;
        private readonly List<ExplicitMember> explicitMembers = [];
        private readonly List<TypedMember> typedMembers = [];
        private PathSegment[] path = new PathSegment[8];

        // The extension properties of the fact being read, and the axes of the dimensions being read, kept for finding
        // duplicates; the core properties are kept as bits.
        private HashSet<string> factKeys = new(StringComparer.Ordinal);
        private HashSet<string> axisKeys = new(StringComparer.Ordinal);

        private bool hasDocumentInfo;
        private int linkCount;
        private int noteFactCount;
        private int extensionPropertyCount;
        private int numberLookingTextCount;
        private int unrepresentableNumberCount;
        private string? firstUnrepresentableNumber;

        public Session(ReadOnlyMemory<byte> json, string document, XbrlReaderOptions options)
        {
            this.json = json;
            this.document = document;
            this.options = options;
            lines = new Utf8LineMap(json);
#if NET9_0_OR_GREATER
            atomsBySpan = atoms.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            resolvePrefix = ResolvePrefix;
        }

        public XbrlReport Run()
        {
            var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions
            {
                MaxDepth = options.MaxDepth,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });

            Next(ref reader, 0);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, 0, $"An xBRL-JSON document is a JSON object, not {Describe(reader.TokenType)}.");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (NextProperty(ref reader, 0, seen, out var key, out var path, out _))
            {
                switch (key)
                {
                    case "documentInfo":
                        ReadDocumentInfo(ref reader, path);
                        break;
                    case "facts":
                        ReadFacts(ref reader, path);
                        break;
                    default:
                        SkipExtension(ref reader, key, path);
                        break;
                }
            }

            try
            {
                // Anything but white space after the root object makes the reader throw.
                if (reader.Read())
                {
                    throw Error(ref reader, 0, "There is more JSON after the document's object.");
                }
            }
            catch (JsonException e)
            {
                throw SyntaxError(e, 0);
            }

            if (!hasDocumentInfo)
            {
                throw new XbrlFormatException("The document has no documentInfo, so it is not xBRL-JSON.", document, 1, 1, "$");
            }

            return BuildReport();
        }

        /// <summary>
        /// Moves to the next property of the object at <paramref name="depth"/>: <see langword="false"/> at the object's
        /// end; otherwise the reader is on the property's value, and <paramref name="path"/> is the property's depth.
        /// </summary>
        private bool NextProperty(ref Utf8JsonReader reader, int depth, HashSet<string> seen, out string key, out int path, out long keyOffset)
        {
            Next(ref reader, depth);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                key = string.Empty;
                path = depth;
                keyOffset = 0;
                return false;
            }

            key = GetString(ref reader, depth);
            keyOffset = reader.TokenStartIndex;
            path = Enter(depth, key);
            if (!seen.Add(key))
            {
                throw Error(ref reader, path, $"The property {Excerpt.Quote(key)} appears twice.");
            }

            Next(ref reader, path);
            return true;
        }

        private void ReadDocumentInfo(ref Utf8JsonReader reader, int path)
        {
            ExpectObject(ref reader, path);
            var start = reader.TokenStartIndex;
            hasDocumentInfo = true;
            string? documentType = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (NextProperty(ref reader, path, seen, out var key, out var p, out _))
            {
                switch (key)
                {
                    case "documentType":
                        documentType = ExpectString(ref reader, p);
                        if (documentType != XbrlNamespaces.XbrlJsonDocumentType)
                        {
                            throw Error(ref reader, p, $"The documentType is {Excerpt.Quote(documentType)}; only xBRL-JSON 1.0 ({XbrlNamespaces.XbrlJsonDocumentType}) is read.");
                        }

                        break;
                    case "namespaces":
                        ExpectObject(ref reader, p);
                        var prefixes = new HashSet<string>(StringComparer.Ordinal);
                        while (NextProperty(ref reader, p, prefixes, out var prefix, out var np, out _))
                        {
                            var uri = ExpectString(ref reader, np);
                            if (!QName.IsNCName(prefix))
                            {
                                throw Error(ref reader, np, $"{Excerpt.Quote(prefix)} is not a valid namespace prefix.");
                            }

                            namespaces[prefix] = uri;
                        }

                        break;
                    case "taxonomy":
                        ExpectArray(ref reader, p);
                        var index = 0;
                        while (true)
                        {
                            var itemPath = EnterIndex(p, index);
                            Next(ref reader, itemPath);
                            if (reader.TokenType == JsonTokenType.EndArray)
                            {
                                break;
                            }

                            taxonomy.Add(ExpectString(ref reader, itemPath));
                            index++;
                        }

                        break;
                    case "baseURL":
                        ExpectString(ref reader, p);
                        break;
                    case "linkTypes":
                    case "linkGroups":
                    case "features":
                        // Link types and groups only serve fact links (footnotes), which are not read.
                        ExpectObject(ref reader, p);
                        Skip(ref reader, p);
                        break;
                    default:
                        SkipExtension(ref reader, key, p);
                        break;
                }
            }

            if (documentType is null)
            {
                throw Error(start, path, "documentInfo has no documentType.");
            }
        }

        private void ReadFacts(ref Utf8JsonReader reader, int path)
        {
            ExpectObject(ref reader, path);
            deferring |= !hasDocumentInfo;
            while (NextProperty(ref reader, path, factIds, out var id, out var factPath, out var keyOffset))
            {
                ReadFact(ref reader, id, factPath, keyOffset);
            }
        }

        private void ReadFact(ref Utf8JsonReader reader, string id, int factPath, long offset)
        {
            // A fact is located at its key, where a person would look for it.
            if (factCount >= options.MaxFacts)
            {
                throw Error(ref reader, factPath, string.Create(CultureInfo.InvariantCulture, $"The document has more than {options.MaxFacts} facts (XbrlReaderOptions.MaxFacts)."));
            }

            ExpectObject(ref reader, factPath);
            var seen = 0;
            var hasOtherKeys = false;
            string? value = null;
            long valueOffset = 0;
            int? decimals = null;
            var firstDimension = 0;
            var dimensionCount = 0;
            while (true)
            {
                Next(ref reader, factPath);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                int property;
                string key;
                if (reader.ValueTextEquals("value"u8))
                {
                    (property, key) = (FactValue, "value");
                }
                else if (reader.ValueTextEquals("dimensions"u8))
                {
                    (property, key) = (FactDimensions, "dimensions");
                }
                else if (reader.ValueTextEquals("decimals"u8))
                {
                    (property, key) = (FactDecimals, "decimals");
                }
                else if (reader.ValueTextEquals("links"u8))
                {
                    (property, key) = (FactLinks, "links");
                }
                else
                {
                    (property, key) = (0, GetString(ref reader, factPath));
                }

                var p = Enter(factPath, key);
                bool duplicate;
                if (property != 0)
                {
                    duplicate = (seen & property) != 0;
                }
                else
                {
                    hasOtherKeys = true;
                    duplicate = !factKeys.Add(key);
                }

                if (duplicate)
                {
                    throw Error(ref reader, p, $"The property {Excerpt.Quote(key)} appears twice.");
                }

                seen |= property;
                Next(ref reader, p);
                switch (property)
                {
                    case FactValue:
                        valueOffset = reader.TokenStartIndex;
                        value = reader.TokenType == JsonTokenType.Null ? null : ExpectString(ref reader, p);
                        break;
                    case FactDecimals:
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var places))
                        {
                            throw Error(ref reader, p, $"decimals must be an integer number, not {Describe(ref reader)}; leave it out for an exact (INF) value.");
                        }

                        decimals = places;
                        break;
                    case FactDimensions:
                        firstDimension = dimensions.Count;
                        ReadDimensions(ref reader, p);
                        dimensionCount = dimensions.Count - firstDimension;
                        break;
                    case FactLinks:
                        ExpectObject(ref reader, p);
                        linkCount++;
                        Skip(ref reader, p);
                        break;
                    default:
                        SkipExtension(ref reader, key, p);
                        break;
                }
            }

            if (hasOtherKeys)
            {
                factKeys = Reset(factKeys);
            }

            if ((seen & FactDimensions) == 0)
            {
                throw Error(offset, factPath, "The fact has no dimensions.");
            }

            if ((seen & FactValue) == 0)
            {
                throw Error(offset, factPath, "The fact has no value (a nil fact has \"value\": null).");
            }

            factCount++;
            var raw = new RawFact(id, offset, value, valueOffset, decimals, firstDimension, dimensionCount);
            if (!deferring)
            {
                try
                {
                    if (BuildFact(raw) is { } fact)
                    {
                        built.Add(fact);
                    }

                    // Only this fact's dimensions are held while facts are made as they are read.
                    dimensions.Clear();
                    return;
                }
                catch (XbrlFormatException)
                {
                    // Made again at the end, when it raises the same error unless the JSON breaks off before.
                    deferring = true;
                }
            }

            deferred.Add(raw);
        }

        private void ReadDimensions(ref Utf8JsonReader reader, int path)
        {
            ExpectObject(ref reader, path);
            var seen = 0;
            var hasAxes = false;
            while (true)
            {
                Next(ref reader, path);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                var kind = DimensionKind.Axis;
                Atom? keyAtom = null;
                string key;
                if (reader.ValueTextEquals("concept"u8))
                {
                    (kind, key) = (DimensionKind.Concept, "concept");
                }
                else if (reader.ValueTextEquals("entity"u8))
                {
                    (kind, key) = (DimensionKind.Entity, "entity");
                }
                else if (reader.ValueTextEquals("period"u8))
                {
                    (kind, key) = (DimensionKind.Period, "period");
                }
                else if (reader.ValueTextEquals("unit"u8))
                {
                    (kind, key) = (DimensionKind.Unit, "unit");
                }
                else if (reader.ValueTextEquals("language"u8))
                {
                    (kind, key) = (DimensionKind.Language, "language");
                }
                else if (reader.ValueTextEquals("noteId"u8))
                {
                    (kind, key) = (DimensionKind.NoteId, "noteId");
                }
                else
                {
                    keyAtom = Intern(ref reader, path);
                    key = keyAtom.Text;
                }

                var p = Enter(path, key);
                var bit = 1 << (int)kind;
                bool duplicate;
                if (kind != DimensionKind.Axis)
                {
                    duplicate = (seen & bit) != 0;
                }
                else
                {
                    hasAxes = true;
                    duplicate = !axisKeys.Add(key);
                }

                if (duplicate)
                {
                    throw Error(ref reader, p, $"The property {Excerpt.Quote(key)} appears twice.");
                }

                seen |= bit;
                Next(ref reader, p);
                var offset = reader.TokenStartIndex;
                Atom? value;
                if (kind != DimensionKind.Axis)
                {
                    value = ExpectAtom(ref reader, p);
                }
                else
                {
                    if (!key.Contains(':', StringComparison.Ordinal))
                    {
                        throw Error(ref reader, p, $"{Excerpt.Quote(key)} is neither a core dimension (concept, entity, period, unit, language) nor a prefixed axis name.");
                    }

                    // A typed axis may be nil (null); an explicit member is always a string.
                    value = reader.TokenType == JsonTokenType.Null ? null : ExpectAtom(ref reader, p);
                }

                dimensions.Add(new RawDimension(kind, key, keyAtom, value, offset));
            }

            if (hasAxes)
            {
                axisKeys = Reset(axisKeys);
            }
        }

        // A set that has grown large is dropped rather than cleared, as clearing costs its capacity.
        private static HashSet<string> Reset(HashSet<string> set)
        {
            if (set.Count > LargeKeySet)
            {
                return new HashSet<string>(StringComparer.Ordinal);
            }

            set.Clear();
            return set;
        }

        private void SkipExtension(ref Utf8JsonReader reader, string key, int path)
        {
            // OIM lets documents carry extra properties named with a declared prefix; they are not part of the model.
            if (!key.Contains(':', StringComparison.Ordinal))
            {
                throw Error(ref reader, path, $"Unknown property {Excerpt.Quote(key)}.");
            }

            extensionPropertyCount++;
            Skip(ref reader, path);
        }

        private XbrlReport BuildReport()
        {
            foreach (var raw in deferred)
            {
                if (BuildFact(raw) is { } fact)
                {
                    built.Add(fact);
                }
            }

            var notes = new List<string>();
            var inv = CultureInfo.InvariantCulture;
            if (noteFactCount > 0)
            {
                notes.Add(string.Create(inv, $"{noteFactCount} footnote(s) (xbrl:note facts) ignored."));
            }

            if (linkCount > 0)
            {
                notes.Add(string.Create(inv, $"Links (footnote relationships) of {linkCount} fact(s) ignored."));
            }

            if (numberLookingTextCount > 0)
            {
                notes.Add(string.Create(inv, $"{numberLookingTextCount} fact(s) with a number as value but no unit and no decimals were read as non-numeric; exact xbrli:pure numbers look like that in xBRL-JSON, so give XbrlReaderOptions.IsNumericConcept to tell them apart."));
            }

            if (extensionPropertyCount > 0)
            {
                notes.Add(string.Create(inv, $"{extensionPropertyCount} extension (prefixed) propert(ies) ignored."));
            }

            if (unrepresentableNumberCount > 0)
            {
                notes.Add(XbrlNumber.UnrepresentableNote(unrepresentableNumberCount, firstUnrepresentableNumber!));
            }

            return new XbrlReport(built, namespaces, document, taxonomy, notes);
        }

        private Fact? BuildFact(in RawFact raw)
        {
            var factPath = AppendKey("$.facts", raw.Id);
            QName? concept = null;
            var entity = EntityIdentifier.None;
            var period = Period.Forever;
            Unit? unit = null;
            string? language = null;
            explicitMembers.Clear();
            typedMembers.Clear();
            var end = raw.FirstDimension + raw.DimensionCount;
            for (var i = raw.FirstDimension; i < end; i++)
            {
                var d = dimensions[i];
                switch (d.Kind)
                {
                    case DimensionKind.Concept:
                        concept = ResolveName(d.Value!, d, factPath, "concept");
                        break;
                    case DimensionKind.Entity:
                        entity = ResolveEntity(d.Value!, d, factPath);
                        break;
                    case DimensionKind.Period:
                        period = ResolvePeriod(d.Value!, d, factPath);
                        break;
                    case DimensionKind.Unit:
                        unit = ResolveUnit(d.Value!, d, factPath);
                        break;
                    case DimensionKind.Language:
                        language = d.Value!.Text;
                        break;
                    case DimensionKind.NoteId:
                        break;
                    default:
                        var axis = ResolveName(d.KeyAtom!, d, factPath, "axis");
                        if (IsTyped(axis, d.Value))
                        {
                            typedMembers.Add(new TypedMember(axis, d.Value?.Text ?? string.Empty));
                        }
                        else
                        {
                            explicitMembers.Add(new ExplicitMember(axis, ResolveName(d.Value!, d, factPath, null, axis)));
                        }

                        break;
                }
            }

            if (concept is not { } name)
            {
                throw Error(raw.Offset, factPath + ".dimensions", "The fact has no concept dimension.");
            }

            if (name.NamespaceUri == XbrlNamespaces.Oim && name.LocalName == "note")
            {
                noteFactCount++;
                return null;
            }

            var isNumeric = unit is not null || raw.Decimals is not null || options.IsNumericConcept?.Invoke(name) == true;
            if (!isNumeric && options.IsNumericConcept is null && raw.Value is not null
                && decimal.TryParse(raw.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                numberLookingTextCount++;
            }

            decimal? numericValue = null;
            var value = raw.Value;
            if (isNumeric)
            {
                unit ??= Unit.Pure;
                if (value is not null)
                {
                    numericValue = ParseNumber(value, name, raw, factPath);
                }
            }

            var (line, column) = lines.Locate(raw.Offset);
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
                Dimensions = explicitMembers.Count == 0 ? [] : [.. explicitMembers],
                TypedDimensions = typedMembers.Count == 0 ? [] : [.. typedMembers],
                Id = raw.Id,
                Language = isNumeric ? null : language,
                Location = new SourceLocation(document, line, column, factPath),
            };
        }

        private decimal? ParseNumber(string value, QName concept, in RawFact raw, string factPath)
        {
            switch (XbrlNumber.Parse(value, out var number))
            {
                case XbrlNumber.Kind.Number:
                    return number;
                case XbrlNumber.Kind.Unrepresentable:
                    unrepresentableNumberCount++;
                    firstUnrepresentableNumber ??= XbrlNumber.Describe(concept, value, factPath);
                    return null;
            }

            throw Error(raw.ValueOffset, factPath + ".value", $"The numeric fact's value {Excerpt.Quote(value)} is not a number.");
        }

        private bool IsTyped(QName axis, Atom? value)
        {
            if (options.IsTypedDimension is { } isTyped)
            {
                return isTyped(axis);
            }

            if (value is null)
            {
                return true;
            }

            if (value.TypedValue == 0)
            {
                var typed = !QName.TryParseLexical(value.Text, out var prefix, out _)
                    || prefix.Length == 0
                    || ResolvePrefix(prefix) is null;
                value.TypedValue = typed ? (sbyte)1 : (sbyte)-1;
            }

            return value.TypedValue > 0;
        }

        /// <summary>Resolves a prefixed name: a concept, an axis, or (with <paramref name="memberOf"/>) an axis member.</summary>
        private QName ResolveName(Atom atom, in RawDimension d, string factPath, string? what, QName? memberOf = null)
        {
            if (atom.HasName)
            {
                return atom.Name;
            }

            var text = atom.Text;
            if (!QName.TryParseLexical(text, out var prefix, out var localName) || prefix.Length == 0)
            {
                throw Error(d.Offset, DimensionPath(factPath, d), $"The {what ?? $"member of {memberOf}"} {Excerpt.Quote(text)} is not a prefixed name (prefix:LocalName).");
            }

            var ns = ResolvePrefix(prefix)
                ?? throw Error(d.Offset, DimensionPath(factPath, d), $"The prefix {Excerpt.Quote(prefix)} of the {what ?? $"member of {memberOf}"} {Excerpt.Quote(text)} is not declared in documentInfo.namespaces.");
            atom.Name = new QName(ns, prefix, localName);
            atom.HasName = true;
            return atom.Name;
        }

        private EntityIdentifier ResolveEntity(Atom atom, in RawDimension d, string factPath)
        {
            if (atom.HasEntity)
            {
                return atom.Entity;
            }

            var text = atom.Text;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == text.Length - 1)
            {
                throw Error(d.Offset, DimensionPath(factPath, d), $"The entity {Excerpt.Quote(text)} is not of the form scheme-prefix:identifier.");
            }

            var prefix = text[..colon];
            var scheme = ResolvePrefix(prefix)
                ?? throw Error(d.Offset, DimensionPath(factPath, d), $"The scheme prefix {Excerpt.Quote(prefix)} of the entity {Excerpt.Quote(text)} is not declared in documentInfo.namespaces.");
            atom.Entity = new EntityIdentifier(scheme, text[(colon + 1)..]);
            atom.HasEntity = true;
            return atom.Entity;
        }

        private Period ResolvePeriod(Atom atom, in RawDimension d, string factPath)
        {
            if (!atom.HasPeriod)
            {
                try
                {
                    atom.Period = Period.FromXbrlJson(atom.Text);
                }
                catch (FormatException e)
                {
                    throw Error(d.Offset, DimensionPath(factPath, d), "The period is not valid: " + e.Message, e);
                }

                atom.HasPeriod = true;
            }

            return atom.Period;
        }

        private Unit ResolveUnit(Atom atom, in RawDimension d, string factPath)
        {
            if (atom.Unit is null)
            {
                try
                {
                    atom.Unit = Unit.Parse(atom.Text, resolvePrefix);
                }
                catch (FormatException e)
                {
                    throw Error(d.Offset, DimensionPath(factPath, d), "The unit is not valid: " + e.Message, e);
                }
            }

            return atom.Unit;
        }

        // Declared prefixes first; the reserved OIM prefixes (xbrli, iso4217, xbrl, ...) resolve even when undeclared.
        private string? ResolvePrefix(string prefix) =>
            namespaces.TryGetValue(prefix, out var uri) ? uri : XbrlNamespaces.ResolveStandardPrefix(prefix);

        private static string DimensionPath(string factPath, in RawDimension d) => AppendKey(factPath + ".dimensions", d.Key);

        private int Enter(int depth, string key)
        {
            if (depth == path.Length)
            {
                Array.Resize(ref path, depth * 2);
            }

            path[depth] = new PathSegment(key, 0);
            return depth + 1;
        }

        private int EnterIndex(int depth, int index)
        {
            if (depth == path.Length)
            {
                Array.Resize(ref path, depth * 2);
            }

            path[depth] = new PathSegment(null, index);
            return depth + 1;
        }

        /// <summary>The JSON path of the first <paramref name="depth"/> steps entered.</summary>
        private string PathOf(int depth)
        {
            var path = "$";
            for (var i = 0; i < depth; i++)
            {
                var segment = this.path[i];
                path = segment.Key is { } key
                    ? AppendKey(path, key)
                    : path + "[" + segment.Index.ToString(CultureInfo.InvariantCulture) + "]";
            }

            return path;
        }

        private void Next(ref Utf8JsonReader reader, int path)
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

        private void Skip(ref Utf8JsonReader reader, int path)
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

        private void ExpectObject(ref Utf8JsonReader reader, int path)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(ref reader, path, $"Expected an object, found {Describe(ref reader)}.");
            }
        }

        private void ExpectArray(ref Utf8JsonReader reader, int path)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw Error(ref reader, path, $"Expected an array, found {Describe(ref reader)}.");
            }
        }

        private string ExpectString(ref Utf8JsonReader reader, int path)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(ref reader, path, $"Expected a string, found {Describe(ref reader)}.");
            }

            return GetString(ref reader, path);
        }

        private Atom ExpectAtom(ref Utf8JsonReader reader, int path)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(ref reader, path, $"Expected a string, found {Describe(ref reader)}.");
            }

            return Intern(ref reader, path);
        }

        /// <summary>The string (or property name) at the reader, read once for all its occurrences.</summary>
        private Atom Intern(ref Utf8JsonReader reader, int path)
        {
            const int MaxStackChars = 256;
            string s;
            if (reader.ValueSpan.Length <= MaxStackChars)
            {
                // A string has no more UTF-16 characters than UTF-8 bytes, escaped or not.
                Span<char> buffer = stackalloc char[MaxStackChars];
                int length;
                try
                {
                    length = reader.CopyString(buffer);
                }
                catch (InvalidOperationException e)
                {
                    throw NotUnicode(ref reader, path, e);
                }

                var chars = buffer[..length];
#if NET9_0_OR_GREATER
                if (atomsBySpan.TryGetValue(chars, out var atom))
                {
                    return atom;
                }
#endif
                // .NET 8 has no lookup of a string key by a span: the string is made first there.
                s = chars.ToString();
            }
            else
            {
                s = GetString(ref reader, path);
            }

            if (!atoms.TryGetValue(s, out var found))
            {
                found = new Atom(s);
                atoms.Add(s, found);
            }

            return found;
        }

        private string GetString(ref Utf8JsonReader reader, int path)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException e)
            {
                throw NotUnicode(ref reader, path, e);
            }
        }

        // Utf8JsonReader leaves checking that strings are UTF-8 (and escapes are whole UTF-16) to reading them.
        private XbrlFormatException NotUnicode(ref Utf8JsonReader reader, int path, InvalidOperationException e) =>
            Error(reader.TokenStartIndex, path, "The document is not valid JSON: " + e.Message, e);

        private static string Describe(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    string text;
                    try
                    {
                        text = reader.GetString()!;
                    }
                    catch (InvalidOperationException)
                    {
                        return "a string";
                    }

                    return "the string " + Excerpt.Quote(text);
                case JsonTokenType.Number:
                    return "the number " + Excerpt.Shorten(reader.ValueSpan);
                default:
                    return Describe(reader.TokenType);
            }
        }

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

        private XbrlFormatException Error(ref Utf8JsonReader reader, int path, string reason) =>
            Error(reader.TokenStartIndex, PathOf(path), reason);

        private XbrlFormatException Error(long offset, int path, string reason, Exception? inner = null) =>
            Error(offset, PathOf(path), reason, inner);

        private XbrlFormatException Error(long offset, string path, string reason, Exception? inner = null)
        {
            var (line, column) = lines.Locate(offset);
            return new XbrlFormatException(reason, document, line, column, path, inner);
        }

        private XbrlFormatException SyntaxError(JsonException e, int path)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : 0;
            var column = e.LineNumber is { } zl && e.BytePositionInLine is { } b ? lines.ColumnOf(zl, b) : 0;
            return new XbrlFormatException("The document is not valid JSON: " + e.Message, document, line, column, PathOf(path), e);
        }

        /// <summary>
        /// Appends a property to a JSON path: <c>$.facts.f1</c>, or <c>['us-gaap:Axis']</c> when the name is not a plain
        /// identifier, or its <see cref="Excerpt"/> when it is too long to print.
        /// </summary>
        private static string AppendKey(string path, string key)
        {
            if (key.Length > Excerpt.MaxLength)
            {
                // A path names the place; a key longer than a quote shows is named by its marked excerpt.
                return path + "[" + Excerpt.Quote(key) + "]";
            }

            var plain = key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_');
            foreach (var c in key)
            {
                plain &= char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-';
            }

            return plain ? path + "." + key : path + "['" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
        }
    }
}
