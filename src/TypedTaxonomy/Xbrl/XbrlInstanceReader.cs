using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;

namespace TypedTaxonomy.Xbrl;

/// <summary>
/// Reads XBRL 2.1 instance documents (XBRL XML) into an <see cref="XbrlReport"/>, streaming with
/// <see cref="XmlReader"/> so that the whole document is never held as a tree.
/// </summary>
/// <remarks>
/// <para>
/// Every fact keeps its line and column; every error is an <see cref="XbrlFormatException"/> naming the line and
/// column. Contexts and units may come after the facts that use them. A fact is any element outside the XBRL
/// namespaces that has a <c>contextRef</c>; it is numeric when it has a <c>unitRef</c>.
/// </para>
/// <para>
/// Not kept, and said so in <see cref="XbrlReport.Notes"/>: tuple structure (the facts inside tuples are listed
/// like any other), footnote links, linkbase references, and segment or scenario content that is not an
/// <c>xbrldi</c> member. DTDs are refused and no external resource is ever fetched.
/// </para>
/// </remarks>
public sealed class XbrlInstanceReader
{
    private readonly XbrlReaderOptions _options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits; <see cref="XbrlReaderOptions.Default"/> when <see langword="null"/>.</param>
    public XbrlInstanceReader(XbrlReaderOptions? options = null)
    {
        _options = options ?? XbrlReaderOptions.Default;
    }

    /// <summary>Reads an instance document from a file.</summary>
    /// <param name="path">The file's path, also used as the document name in locations and errors.</param>
    /// <exception cref="XbrlFormatException">The document is not a well-formed XBRL instance, or breaks a limit.</exception>
    public XbrlReport ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return Read(stream, path);
    }

    /// <summary>Reads an instance document from a stream, which is left open.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="documentUri">The document's name or URI, used in locations and errors.</param>
    /// <exception cref="XbrlFormatException">The document is not a well-formed XBRL instance, or breaks a limit.</exception>
    public XbrlReport Read(Stream stream, string documentUri)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(documentUri);
        if (stream.CanSeek && stream.Length - stream.Position > _options.MaxDocumentBytes)
        {
            throw new XbrlFormatException(
                string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {_options.MaxDocumentBytes} bytes (XbrlReaderOptions.MaxDocumentBytes)."),
                documentUri,
                0,
                0);
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            // White space inside string facts is part of their value, so it is not dropped wholesale.
            IgnoreWhitespace = false,
            CloseInput = false,
        };
        using var limited = new LimitedReadStream(stream, _options.MaxDocumentBytes);
        using var xml = XmlReader.Create(limited, settings);
        return new Session(xml, documentUri, _options).Run();
    }

    private sealed record ContextInfo(
        EntityIdentifier Entity,
        Period Period,
        ImmutableArray<ExplicitMember> Dimensions,
        ImmutableArray<TypedMember> TypedDimensions);

    private sealed record PendingFact(
        QName Concept,
        string ContextRef,
        string? UnitRef,
        string? Value,
        decimal? NumericValue,
        Decimals? Decimals,
        int? Precision,
        bool IsPrecisionInfinite,
        bool IsNil,
        string? Id,
        string? Language,
        int Line,
        int Column);

    /// <summary>The state of reading one document.</summary>
    private sealed class Session
    {
        private readonly XmlReader _xml;
        private readonly IXmlLineInfo? _lineInfo;
        private readonly string _document;
        private readonly XbrlReaderOptions _options;
        private readonly Dictionary<string, ContextInfo> _contexts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
        private readonly List<PendingFact> _facts = [];
        private readonly Dictionary<string, string> _namespaces = new(StringComparer.Ordinal);
        private readonly List<string> _schemaRefs = [];
        private int _tupleCount;
        private int _lastLine;
        private int _lastColumn;
        private int _tupleFactCount;
        private int _tupleDepth;
        private string? _firstTuple;
        private int _footnoteLinkCount;
        private int _footnoteCount;
        private int _linkbaseRefCount;
        private int _nonDimensionalContextCount;
        private string? _firstNonDimensionalContext;
        private int _unrepresentableNumberCount;
        private string? _firstUnrepresentableNumber;

        public Session(XmlReader xml, string document, XbrlReaderOptions options)
        {
            _xml = xml;
            _lineInfo = xml as IXmlLineInfo;
            _document = document;
            _options = options;
        }

        private int Line => _lineInfo?.LineNumber ?? 0;

        // XmlReader places an element at the first character of its name; people and editors point at the '<'.
        private int ElementColumn => Math.Max(1, (_lineInfo?.LinePosition ?? 1) - 1);

        public XbrlReport Run()
        {
            try
            {
                ReadDocument();
                return BuildReport();
            }
            catch (XmlException e)
            {
                // A prohibited DTD is reported without a position, and the reader forgets its own; the last node read
                // before it (the XML declaration) is the nearest known place.
                var line = e.LineNumber > 0 ? e.LineNumber : _lastLine;
                var column = e.LineNumber > 0 ? e.LinePosition : _lastColumn;
                throw new XbrlFormatException("The document is not well-formed XML: " + e.Message, _document, line, column, null, e);
            }
            catch (DocumentTooLargeException e)
            {
                throw new XbrlFormatException(e.Message, _document, Line, _lineInfo?.LinePosition ?? 0, null, e);
            }
        }

        private void ReadDocument()
        {
            while (_xml.NodeType != XmlNodeType.Element)
            {
                if (!_xml.Read())
                {
                    throw Error("The document has no root element.");
                }

                _lastLine = Line;
                _lastColumn = _lineInfo?.LinePosition ?? 0;
            }

            if (_xml.NamespaceURI != XbrlNamespaces.Xbrli || _xml.LocalName != "xbrl")
            {
                throw Error($"The root element is {Describe()}, not xbrli:xbrl ({XbrlNamespaces.Xbrli}); this is not an XBRL instance.");
            }

            CollectNamespaceDeclarations();
            ReadChildElements("xbrli:xbrl", ReadTopLevelElement);

            // Anything after the root other than comments and white space is an XML error, raised by the reader here.
            while (_xml.Read())
            {
            }
        }

        private void ReadTopLevelElement()
        {
            var ns = _xml.NamespaceURI;
            var name = _xml.LocalName;
            if (ns == XbrlNamespaces.Xbrli)
            {
                switch (name)
                {
                    case "context":
                        ReadContext();
                        return;
                    case "unit":
                        ReadUnit();
                        return;
                    default:
                        throw Error($"Unexpected element {Describe()} in xbrli:xbrl.");
                }
            }

            if (ns == XbrlNamespaces.Link)
            {
                switch (name)
                {
                    case "schemaRef":
                        var href = _xml.GetAttribute("href", XbrlNamespaces.XLink)
                            ?? throw Error("link:schemaRef has no xlink:href.");
                        _schemaRefs.Add(href.Trim());
                        SkipElement();
                        return;
                    case "linkbaseRef":
                        _linkbaseRefCount++;
                        SkipElement();
                        return;
                    case "roleRef":
                    case "arcroleRef":
                        // They only declare roles for the footnote links, which are not read.
                        SkipElement();
                        return;
                    case "footnoteLink":
                        ReadFootnoteLink();
                        return;
                    default:
                        throw Error($"Unexpected element {Describe()} in xbrli:xbrl.");
                }
            }

            if (IsXbrlInfrastructureNamespace(ns))
            {
                throw Error($"Unexpected element {Describe()} in xbrli:xbrl.");
            }

            ReadItemOrTuple();
        }

        private static bool IsXbrlInfrastructureNamespace(string ns) =>
            ns is XbrlNamespaces.Xbrli or XbrlNamespaces.Link or XbrlNamespaces.XLink or XbrlNamespaces.Xbrldi
                or XbrlNamespaces.Xsi or XbrlNamespaces.Xsd || ns.Length == 0;

        private void ReadItemOrTuple()
        {
            var line = Line;
            var column = ElementColumn;
            var concept = new QName(_xml.NamespaceURI, _xml.Prefix, _xml.LocalName);
            string? contextRef = null, unitRef = null, decimalsText = null, precisionText = null, id = null, nilText = null;
            if (_xml.MoveToFirstAttribute())
            {
                do
                {
                    switch (_xml.NamespaceURI)
                    {
                        case "":
                            switch (_xml.LocalName)
                            {
                                case "contextRef": contextRef = _xml.Value; break;
                                case "unitRef": unitRef = _xml.Value; break;
                                case "decimals": decimalsText = _xml.Value; break;
                                case "precision": precisionText = _xml.Value; break;
                                case "id": id = _xml.Value; break;
                            }

                            break;
                        case XbrlNamespaces.Xsi when _xml.LocalName == "nil":
                            nilText = _xml.Value;
                            break;
                        case "http://www.w3.org/2000/xmlns/":
                            AddNamespaceDeclaration();
                            break;
                    }
                }
                while (_xml.MoveToNextAttribute());

                _xml.MoveToElement();
            }

            if (contextRef is null)
            {
                ReadTuple(concept, line);
                return;
            }

            var isNil = nilText?.Trim() switch
            {
                null or "false" or "0" => false,
                "true" or "1" => true,
                _ => throw new XbrlFormatException($"The fact {concept} has xsi:nil=\"{nilText}\", which is not a boolean.", _document, line, column),
            };
            var isNumeric = unitRef is not null;
            var language = isNumeric ? null : NullIfEmpty(_xml.XmlLang);

            Decimals? decimals = null;
            if (decimalsText is not null)
            {
                if (!Decimals.TryParse(decimalsText, out var parsed))
                {
                    throw new XbrlFormatException($"The fact {concept} has decimals=\"{decimalsText}\", which is neither INF nor an integer.", _document, line, column);
                }

                decimals = parsed;
            }

            int? precision = null;
            var isPrecisionInfinite = false;
            if (precisionText is not null)
            {
                var p = precisionText.Trim();
                if (p == "INF")
                {
                    isPrecisionInfinite = true;
                }
                else if (int.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0)
                {
                    precision = parsed;
                }
                else
                {
                    throw new XbrlFormatException($"The fact {concept} has precision=\"{precisionText}\", which is neither INF nor a non-negative integer.", _document, line, column);
                }
            }

            var text = ReadSimpleContent($"the fact {concept}");
            _xml.Read();

            string? value = null;
            decimal? numericValue = null;
            if (!isNil)
            {
                value = isNumeric ? text.Trim() : text;
                if (isNumeric)
                {
                    numericValue = ParseNumber(value, concept, line, column);
                }
            }

            if (_facts.Count >= _options.MaxFacts)
            {
                throw new XbrlFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"The document has more than {_options.MaxFacts} facts (XbrlReaderOptions.MaxFacts)."),
                    _document,
                    line,
                    column);
            }

            if (_tupleDepth > 0)
            {
                _tupleFactCount++;
            }

            _facts.Add(new PendingFact(concept, contextRef.Trim(), unitRef?.Trim(), value, numericValue, decimals, precision, isPrecisionInfinite, isNil, id, language, line, column));
        }

        private decimal? ParseNumber(string value, QName concept, int line, int column)
        {
            // xs:decimal (and the integer types) have no exponent; xs:double and xs:float facts may have one.
            const NumberStyles decimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
            if (decimal.TryParse(value, decimalStyle, CultureInfo.InvariantCulture, out var number)
                || decimal.TryParse(value, decimalStyle | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }

            var isSpecial = value is "INF" or "-INF" or "+INF" or "NaN";
            var isBeyondRange = !isSpecial
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d);
            if (isSpecial || isBeyondRange)
            {
                _unrepresentableNumberCount++;
                _firstUnrepresentableNumber ??= string.Create(CultureInfo.InvariantCulture, $"{concept} = {value} at line {line}");
                return null;
            }

            throw new XbrlFormatException($"The numeric fact {concept} has the value '{Shorten(value)}', which is not a number.", _document, line, column);
        }

        private void ReadTuple(QName concept, int line)
        {
            _tupleCount++;
            _firstTuple ??= string.Create(CultureInfo.InvariantCulture, $"{concept} at line {line}");
            _tupleDepth++;
            ReadChildElements($"the tuple {concept}", () =>
            {
                if (IsXbrlInfrastructureNamespace(_xml.NamespaceURI))
                {
                    throw Error($"Unexpected element {Describe()} in the tuple {concept}.");
                }

                ReadItemOrTuple();
            });
            _tupleDepth--;
        }

        private void ReadContext()
        {
            var line = Line;
            var column = ElementColumn;
            var id = _xml.GetAttribute("id")?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                throw Error("An xbrli:context has no id.");
            }

            EntityIdentifier? entity = null;
            Period? period = null;
            var dimensions = ImmutableArray.CreateBuilder<ExplicitMember>();
            var typed = ImmutableArray.CreateBuilder<TypedMember>();
            var hasOtherContent = false;

            ReadChildElements($"context '{id}'", () =>
            {
                switch (XbrliChild())
                {
                    case "entity":
                        ReadChildElements($"the entity of context '{id}'", () =>
                        {
                            switch (XbrliChild())
                            {
                                case "identifier":
                                    var scheme = _xml.GetAttribute("scheme")
                                        ?? throw Error($"The identifier of context '{id}' has no scheme.");
                                    var identifier = ReadSimpleContent($"the identifier of context '{id}'").Trim();
                                    _xml.Read();
                                    entity = new EntityIdentifier(scheme.Trim(), identifier);
                                    break;
                                case "segment":
                                    hasOtherContent |= ReadSegmentOrScenario(id, dimensions, typed);
                                    break;
                                default:
                                    throw Error($"Unexpected element {Describe()} in the entity of context '{id}'.");
                            }
                        });
                        break;
                    case "period":
                        period = ReadPeriod(id);
                        break;
                    case "scenario":
                        hasOtherContent |= ReadSegmentOrScenario(id, dimensions, typed);
                        break;
                    default:
                        throw Error($"Unexpected element {Describe()} in context '{id}'.");
                }
            });

            if (entity is null)
            {
                throw new XbrlFormatException($"Context '{id}' has no entity identifier.", _document, line, column);
            }

            if (period is null)
            {
                throw new XbrlFormatException($"Context '{id}' has no period.", _document, line, column);
            }

            if (hasOtherContent)
            {
                _nonDimensionalContextCount++;
                _firstNonDimensionalContext ??= string.Create(CultureInfo.InvariantCulture, $"'{id}' at line {line}");
            }

            if (!_contexts.TryAdd(id, new ContextInfo(entity.Value, period.Value, dimensions.ToImmutable(), typed.ToImmutable())))
            {
                throw new XbrlFormatException($"There are two contexts with the id '{id}'.", _document, line, column);
            }
        }

        /// <summary>Reads a segment or scenario; returns whether it had content other than xbrldi members.</summary>
        private bool ReadSegmentOrScenario(string contextId, ImmutableArray<ExplicitMember>.Builder dimensions, ImmutableArray<TypedMember>.Builder typed)
        {
            var hasOther = false;
            ReadChildElements($"the segment or scenario of context '{contextId}'", () =>
            {
                var line = Line;
                var column = ElementColumn;
                if (_xml.NamespaceURI == XbrlNamespaces.Xbrldi && _xml.LocalName == "explicitMember")
                {
                    var axis = ReadDimensionAttribute(contextId);
                    EnsureNewAxis(axis, contextId, dimensions, typed, line, column);
                    var text = ReadSimpleContent($"an explicit member of context '{contextId}'");
                    // The member's prefix is resolved before leaving the element, while its own declarations are in scope.
                    var member = ResolveQName(text, $"The explicit member of {axis} in context '{contextId}'", line, column);
                    _xml.Read();
                    dimensions.Add(new ExplicitMember(axis, member));
                }
                else if (_xml.NamespaceURI == XbrlNamespaces.Xbrldi && _xml.LocalName == "typedMember")
                {
                    var axis = ReadDimensionAttribute(contextId);
                    EnsureNewAxis(axis, contextId, dimensions, typed, line, column);
                    TypedMember? member = null;
                    ReadChildElements($"the typed member of {axis} in context '{contextId}'", () =>
                    {
                        if (member is not null)
                        {
                            throw Error($"The typed member of {axis} in context '{contextId}' has more than one element.");
                        }

                        var element = new QName(_xml.NamespaceURI, _xml.Prefix, _xml.LocalName);
                        var value = ReadSimpleContent($"the typed member of {axis} in context '{contextId}' (complex typed values are not supported)");
                        _xml.Read();
                        member = new TypedMember(axis, value) { Element = element };
                    });
                    typed.Add(member ?? throw new XbrlFormatException($"The typed member of {axis} in context '{contextId}' is empty.", _document, line, column));
                }
                else
                {
                    hasOther = true;
                    SkipElement();
                }
            });
            return hasOther;
        }

        private void EnsureNewAxis(QName axis, string contextId, ImmutableArray<ExplicitMember>.Builder dimensions, ImmutableArray<TypedMember>.Builder typed, int line, int column)
        {
            foreach (var d in dimensions)
            {
                if (d.Axis.Equals(axis))
                {
                    throw new XbrlFormatException($"Context '{contextId}' gives the axis {axis} twice.", _document, line, column);
                }
            }

            foreach (var t in typed)
            {
                if (t.Axis.Equals(axis))
                {
                    throw new XbrlFormatException($"Context '{contextId}' gives the axis {axis} twice.", _document, line, column);
                }
            }
        }

        private QName ReadDimensionAttribute(string contextId)
        {
            var line = Line;
            var column = ElementColumn;
            var text = _xml.GetAttribute("dimension")
                ?? throw Error($"An {_xml.LocalName} in context '{contextId}' has no dimension attribute.");
            return ResolveQName(text, $"The dimension of an {_xml.LocalName} in context '{contextId}'", line, column);
        }

        private Period ReadPeriod(string contextId)
        {
            var line = Line;
            var column = ElementColumn;
            DateOnly? instant = null, start = null, end = null;
            var forever = false;
            ReadChildElements($"the period of context '{contextId}'", () =>
            {
                var childLine = Line;
                var childColumn = ElementColumn;
                var kind = XbrliChild();
                switch (kind)
                {
                    case "forever":
                        forever = true;
                        SkipElement();
                        return;
                    case "instant":
                    case "startDate":
                    case "endDate":
                        var text = ReadSimpleContent($"the {kind} of context '{contextId}'");
                        _xml.Read();
                        string? error;
                        DateOnly day;
                        var ok = kind == "startDate"
                            ? XbrlDateTime.TryParseStart(text, out day, out error)
                            : XbrlDateTime.TryParseEnd(text, out day, out error);
                        if (!ok)
                        {
                            throw new XbrlFormatException($"The {kind} of context '{contextId}' is not a valid date: {error}", _document, childLine, childColumn);
                        }

                        if (kind == "instant")
                        {
                            instant = day;
                        }
                        else if (kind == "startDate")
                        {
                            start = day;
                        }
                        else
                        {
                            end = day;
                        }

                        return;
                    default:
                        throw Error($"Unexpected element {Describe()} in the period of context '{contextId}'.");
                }
            });

            var kinds = (instant is not null ? 1 : 0) + (start is not null || end is not null ? 1 : 0) + (forever ? 1 : 0);
            if (kinds != 1 || (start is null) != (end is null))
            {
                throw new XbrlFormatException($"The period of context '{contextId}' must have an instant, a startDate and an endDate, or forever.", _document, line, column);
            }

            if (instant is { } i)
            {
                return Period.Instant(i);
            }

            if (forever)
            {
                return Period.Forever;
            }

            if (end!.Value < start!.Value)
            {
                throw new XbrlFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"The period of context '{contextId}' ends ({end.Value:yyyy-MM-dd}) before it starts ({start.Value:yyyy-MM-dd})."),
                    _document,
                    line,
                    column);
            }

            return Period.Duration(start.Value, end.Value);
        }

        private void ReadUnit()
        {
            var line = Line;
            var column = ElementColumn;
            var id = _xml.GetAttribute("id")?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                throw Error("An xbrli:unit has no id.");
            }

            var numerator = new List<QName>();
            var denominator = new List<QName>();
            var hasDivide = false;
            ReadChildElements($"unit '{id}'", () =>
            {
                switch (XbrliChild())
                {
                    case "measure" when !hasDivide:
                        numerator.Add(ReadMeasure(id));
                        break;
                    case "divide" when !hasDivide && numerator.Count == 0:
                        hasDivide = true;
                        ReadChildElements($"the divide of unit '{id}'", () =>
                        {
                            var part = XbrliChild();
                            var target = part switch
                            {
                                "unitNumerator" => numerator,
                                "unitDenominator" => denominator,
                                _ => throw Error($"Unexpected element {Describe()} in the divide of unit '{id}'."),
                            };
                            ReadChildElements($"the {part} of unit '{id}'", () =>
                            {
                                if (XbrliChild() != "measure")
                                {
                                    throw Error($"Unexpected element {Describe()} in the {part} of unit '{id}'.");
                                }

                                target.Add(ReadMeasure(id));
                            });
                        });
                        break;
                    default:
                        throw Error($"Unexpected element {Describe()} in unit '{id}': a unit has measures, or one divide.");
                }
            });

            if (numerator.Count == 0 || (hasDivide && denominator.Count == 0))
            {
                throw new XbrlFormatException($"Unit '{id}' has no measure in its numerator or denominator.", _document, line, column);
            }

            if (!_units.TryAdd(id, new Unit(numerator, denominator)))
            {
                throw new XbrlFormatException($"There are two units with the id '{id}'.", _document, line, column);
            }
        }

        private QName ReadMeasure(string unitId)
        {
            var line = Line;
            var column = ElementColumn;
            var text = ReadSimpleContent($"a measure of unit '{unitId}'");
            var measure = ResolveQName(text, $"A measure of unit '{unitId}'", line, column);
            _xml.Read();
            // A measure written without a prefix (Apple writes <measure>shares</measure> under a default xbrli
            // namespace) is given its conventional prefix so that it prints as xbrli:shares.
            return measure.Prefix.Length == 0 && XbrlNamespaces.StandardPrefixFor(measure.NamespaceUri) is { } standard
                ? measure with { Prefix = standard }
                : measure;
        }

        private void ReadFootnoteLink()
        {
            _footnoteLinkCount++;
            if (_xml.IsEmptyElement)
            {
                _xml.Read();
                return;
            }

            var depth = _xml.Depth;
            while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
            {
                if (_xml.NodeType == XmlNodeType.Element)
                {
                    CheckDepth();
                    if (_xml.NamespaceURI == XbrlNamespaces.Link && _xml.LocalName == "footnote")
                    {
                        _footnoteCount++;
                    }
                }
            }

            _xml.Read();
        }

        /// <summary>
        /// Reads the children of the current element, calling <paramref name="readChild"/> on each child element,
        /// which must consume it. Leaves the reader after the element's end.
        /// </summary>
        private void ReadChildElements(string what, Action readChild)
        {
            if (_xml.IsEmptyElement)
            {
                _xml.Read();
                return;
            }

            _xml.Read();
            while (true)
            {
                switch (_xml.NodeType)
                {
                    case XmlNodeType.Element:
                        CheckDepth();
                        readChild();
                        break;
                    case XmlNodeType.EndElement:
                        _xml.Read();
                        return;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                        if (!string.IsNullOrWhiteSpace(_xml.Value))
                        {
                            throw new XbrlFormatException($"Unexpected text '{Shorten(_xml.Value.Trim())}' in {what}.", _document, Line, _lineInfo?.LinePosition ?? 0);
                        }

                        _xml.Read();
                        break;
                    case XmlNodeType.None:
                        throw Error($"The document ends inside {what}.");
                    default:
                        _xml.Read();
                        break;
                }
            }
        }

        /// <summary>
        /// Reads the text of the current element, which must have no child elements. Leaves the reader on the
        /// element's end (or on the element itself when it is empty) so that its namespace declarations are still in
        /// scope; the caller moves on with <see cref="XmlReader.Read"/>.
        /// </summary>
        private string ReadSimpleContent(string what)
        {
            if (_xml.IsEmptyElement)
            {
                return string.Empty;
            }

            string? first = null;
            StringBuilder? rest = null;
            while (_xml.Read() && _xml.NodeType != XmlNodeType.EndElement)
            {
                switch (_xml.NodeType)
                {
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (first is null)
                        {
                            first = _xml.Value;
                        }
                        else
                        {
                            (rest ??= new StringBuilder(first)).Append(_xml.Value);
                        }

                        break;
                    case XmlNodeType.Element:
                        throw Error($"Unexpected element {Describe()} in {what}, which must contain only text.");
                }
            }

            if (_xml.NodeType != XmlNodeType.EndElement)
            {
                throw Error($"The document ends inside {what}.");
            }

            return rest?.ToString() ?? first ?? string.Empty;
        }

        /// <summary>Moves past the current element and everything in it, keeping to the depth limit.</summary>
        private void SkipElement()
        {
            if (_xml.IsEmptyElement)
            {
                _xml.Read();
                return;
            }

            var depth = _xml.Depth;
            while (_xml.Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
            {
                if (_xml.NodeType == XmlNodeType.Element)
                {
                    CheckDepth();
                }
            }

            _xml.Read();
        }

        private void CheckDepth()
        {
            if (_xml.Depth > _options.MaxDepth)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"Elements are nested more than {_options.MaxDepth} deep (XbrlReaderOptions.MaxDepth)."));
            }
        }

        /// <summary>The local name of the current element, which must be in the xbrli namespace.</summary>
        private string XbrliChild() =>
            _xml.NamespaceURI == XbrlNamespaces.Xbrli ? _xml.LocalName : throw Error($"Unexpected element {Describe()}.");

        private QName ResolveQName(string text, string what, int line, int column)
        {
            var trimmed = text.Trim();
            if (!QName.TryParseLexical(trimmed, out var prefix, out var localName))
            {
                throw new XbrlFormatException($"{what} is '{Shorten(trimmed)}', which is not a qualified name.", _document, line, column);
            }

            var ns = _xml.LookupNamespace(prefix);
            if (ns is null)
            {
                throw new XbrlFormatException($"{what} is '{trimmed}', whose prefix '{prefix}' is not declared.", _document, line, column);
            }

            return new QName(ns, prefix, localName);
        }

        private void CollectNamespaceDeclarations()
        {
            if (_xml.MoveToFirstAttribute())
            {
                do
                {
                    if (_xml.NamespaceURI == "http://www.w3.org/2000/xmlns/")
                    {
                        AddNamespaceDeclaration();
                    }
                }
                while (_xml.MoveToNextAttribute());

                _xml.MoveToElement();
            }
        }

        private void AddNamespaceDeclaration()
        {
            // xmlns="..." declares the default namespace (empty prefix), xmlns:p="..." the prefix p.
            var prefix = _xml.Prefix == "xmlns" ? _xml.LocalName : string.Empty;
            _namespaces.TryAdd(prefix, _xml.Value);
        }

        private XbrlReport BuildReport()
        {
            var facts = new List<Fact>(_facts.Count);
            foreach (var pending in _facts)
            {
                if (!_contexts.TryGetValue(pending.ContextRef, out var context))
                {
                    throw new XbrlFormatException($"The fact {pending.Concept} refers to context '{pending.ContextRef}', which is not in the document.", _document, pending.Line, pending.Column);
                }

                Unit? unit = null;
                if (pending.UnitRef is not null && !_units.TryGetValue(pending.UnitRef, out unit))
                {
                    throw new XbrlFormatException($"The fact {pending.Concept} refers to unit '{pending.UnitRef}', which is not in the document.", _document, pending.Line, pending.Column);
                }

                facts.Add(new Fact
                {
                    ConceptName = pending.Concept,
                    Entity = context.Entity,
                    Period = context.Period,
                    Unit = unit,
                    Value = pending.Value,
                    NumericValue = pending.NumericValue,
                    Decimals = pending.Decimals,
                    Precision = pending.Precision,
                    IsPrecisionInfinite = pending.IsPrecisionInfinite,
                    IsNil = pending.IsNil,
                    Dimensions = context.Dimensions,
                    TypedDimensions = context.TypedDimensions,
                    Id = pending.Id,
                    Language = pending.Language,
                    Location = new SourceLocation(_document, pending.Line, pending.Column, null),
                });
            }

            return new XbrlReport(facts, _namespaces, _document, _schemaRefs, BuildNotes())
            {
                ContextCount = _contexts.Count,
                UnitCount = _units.Count,
            };
        }

        private List<string> BuildNotes()
        {
            var notes = new List<string>();
            var inv = CultureInfo.InvariantCulture;
            if (_tupleCount > 0)
            {
                notes.Add(string.Create(inv, $"{_tupleCount} tuple(s) (first: {_firstTuple}): their {_tupleFactCount} fact(s) are listed like other facts; the tuple structure is not kept."));
            }

            if (_footnoteLinkCount > 0)
            {
                notes.Add(string.Create(inv, $"{_footnoteCount} footnote(s) in {_footnoteLinkCount} link:footnoteLink element(s) ignored."));
            }

            if (_linkbaseRefCount > 0)
            {
                notes.Add(string.Create(inv, $"{_linkbaseRefCount} link:linkbaseRef element(s) ignored; only schemaRefs are recorded."));
            }

            if (_nonDimensionalContextCount > 0)
            {
                notes.Add(string.Create(inv, $"{_nonDimensionalContextCount} context(s) have segment or scenario content other than xbrldi members (first: context {_firstNonDimensionalContext}); that content is ignored."));
            }

            if (_unrepresentableNumberCount > 0)
            {
                notes.Add(string.Create(inv, $"{_unrepresentableNumberCount} numeric fact value(s) cannot be held by a decimal (INF, NaN or beyond ±7.9E28; first: {_firstUnrepresentableNumber}); their NumericValue is empty."));
            }

            return notes;
        }

        private string Describe() =>
            _xml.NamespaceURI.Length == 0 ? _xml.LocalName : $"{_xml.Name} ({{{_xml.NamespaceURI}}}{_xml.LocalName})";

        private XbrlFormatException Error(string reason) => new(reason, _document, Line, ElementColumn);

        private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

        private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
    }
}
