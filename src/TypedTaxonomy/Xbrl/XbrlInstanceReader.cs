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
/// Facts inside tuples are listed like any other, each with the tuples that enclose it
/// (<see cref="Fact.EnclosingTuples"/>); segment and scenario content that is not an <c>xbrldi</c> member is kept in
/// canonical form (<see cref="Fact.NonDimensionalContent"/>) and said so in <see cref="XbrlReport.Notes"/>, as are
/// footnote links and linkbase references, which are not kept. DTDs are refused and no external resource is ever
/// fetched.
/// </para>
/// </remarks>
public sealed class XbrlInstanceReader
{
    private readonly XbrlReaderOptions options;

    /// <summary>Creates a reader.</summary>
    /// <param name="options">Limits; <see cref="XbrlReaderOptions.Default"/> when <see langword="null"/>.</param>
    public XbrlInstanceReader(XbrlReaderOptions? options = null)
    {
        this.options = options ?? XbrlReaderOptions.Default;
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
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxDocumentBytes)
        {
            throw options.DocumentTooLarge(documentUri);
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
        using var limited = new LimitedReadStream(stream, options.MaxDocumentBytes);
        using var xml = XmlReader.Create(limited, settings);
        return new Session(xml, documentUri, options).Run();
    }

    private sealed record ContextInfo(
        EntityIdentifier Entity,
        Period Period,
        ImmutableArray<ExplicitMember> Dimensions,
        ImmutableArray<TypedMember> TypedDimensions,
        string? NonDimensionalContent);

    /// <summary>A fact as read, before its context and unit are looked up.</summary>
    private readonly record struct PendingFact(
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
        int Column,
        ImmutableArray<int> EnclosingTuples)
    {
        /// <summary>The fact's place in the document's facts, while it waits for a context or unit that comes later.</summary>
        public int Index { get; init; }
    }

    /// <summary>The parts of an instance that errors name.</summary>
    private enum Part
    {
        Root,
        Fact,
        Tuple,
        Context,
        Entity,
        Identifier,
        SegmentOrScenario,
        ExplicitMember,
        ExplicitMemberName,
        DimensionAttribute,
        TypedMember,
        TypedMemberValue,
        Period,
        PeriodDate,
        Unit,
        Divide,
        DividePart,
        Measure,
        MeasureName,
    }

    /// <summary>
    /// Names a part of the instance in an error message (<c>the entity of context 'c-1'</c>); the text is only made
    /// when an error is reported, so reading a part costs no string.
    /// </summary>
    private readonly record struct What(Part Part, string Id = "", QName Name = default, string? Word = null)
    {
        public override string ToString() => Part switch
        {
            Part.Root => "xbrli:xbrl",
            Part.Fact => $"the fact {Name}",
            Part.Tuple => $"the tuple {Name}",
            Part.Context => $"context {Excerpt.Quote(Id)}",
            Part.Entity => $"the entity of context {Excerpt.Quote(Id)}",
            Part.Identifier => $"the identifier of context {Excerpt.Quote(Id)}",
            Part.SegmentOrScenario => $"the segment or scenario of context {Excerpt.Quote(Id)}",
            Part.ExplicitMember => $"an explicit member of context {Excerpt.Quote(Id)}",
            Part.ExplicitMemberName => $"The explicit member of {Name} in context {Excerpt.Quote(Id)}",
            Part.DimensionAttribute => $"The dimension of an {Word} in context {Excerpt.Quote(Id)}",
            Part.TypedMember => $"the typed member of {Name} in context {Excerpt.Quote(Id)}",
            Part.TypedMemberValue => $"the typed member of {Name} in context {Excerpt.Quote(Id)} (complex typed values are not supported)",
            Part.Period => $"the period of context {Excerpt.Quote(Id)}",
            Part.PeriodDate => $"the {Word} of context {Excerpt.Quote(Id)}",
            Part.Unit => $"unit {Excerpt.Quote(Id)}",
            Part.Divide => $"the divide of unit {Excerpt.Quote(Id)}",
            Part.DividePart => $"the {Word} of unit {Excerpt.Quote(Id)}",
            Part.Measure => $"a measure of unit {Excerpt.Quote(Id)}",
            Part.MeasureName => $"A measure of unit {Excerpt.Quote(Id)}",
            _ => Part.ToString(),
        };
    }

    /// <summary>The state of reading one document.</summary>
    /// <remarks>
    /// Element and attribute names are compared by reference with names added to the reader's
    /// <see cref="XmlReader.NameTable"/>, where the reader keeps every name it reads, once.
    /// </remarks>
    private sealed class Session
    {
        private readonly XmlReader xml;
        private readonly IXmlLineInfo? lineInfo;
        private readonly string document;
        private readonly XbrlReaderOptions options;
        private readonly Dictionary<string, ContextInfo> contexts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Unit> units = new(StringComparer.Ordinal);
        // The facts in document order. A fact is made as soon as it is read when its context and unit have been read
        // already, as they nearly always have; otherwise its place here is null and it waits in _pending for the end.
        private readonly List<Fact?> facts = [];
        private readonly List<PendingFact> pending = [];
        private readonly Dictionary<string, string> namespaces = new(StringComparer.Ordinal);
        private readonly List<string> schemaRefs = [];

        // Namespaces and names, atomized in the reader's name table.
        private readonly string xbrliNs;
        private readonly string linkNs;
        private readonly string xlinkNs;
        private readonly string xbrldiNs;
        private readonly string xsiNs;
        private readonly string xsdNs;
        private readonly string xmlnsNs;
        private readonly string xmlns;
        private readonly string xbrl;
        private readonly string context;
        private readonly string unit;
        private readonly string schemaRef;
        private readonly string linkbaseRef;
        private readonly string roleRef;
        private readonly string arcroleRef;
        private readonly string footnoteLink;
        private readonly string footnote;
        private readonly string contextRef;
        private readonly string unitRef;
        private readonly string decimals;
        private readonly string precision;
        private readonly string id;
        private readonly string nil;
        private readonly string entity;
        private readonly string identifier;
        private readonly string segment;
        private readonly string scenario;
        private readonly string period;
        private readonly string explicitMember;
        private readonly string typedMember;
        private readonly string forever;
        private readonly string instant;
        private readonly string startDate;
        private readonly string endDate;
        private readonly string measure;
        private readonly string divide;
        private readonly string unitNumerator;
        private readonly string unitDenominator;

        private int tupleCount;
        private int lastLine;
        private int lastColumn;
        private int tupleFactCount;
        private int tupleDepth;
        private readonly List<int> enclosingTuples = [];
        private string? firstTuple;
        private int footnoteLinkCount;
        private int footnoteCount;
        private int linkbaseRefCount;
        private int nonDimensionalContextCount;
        private string? firstNonDimensionalContext;
        private int unrepresentableNumberCount;
        private string? firstUnrepresentableNumber;

        public Session(XmlReader xml, string document, XbrlReaderOptions options)
        {
            this.xml = xml;
            lineInfo = xml as IXmlLineInfo;
            this.document = document;
            this.options = options;

            var names = xml.NameTable;
            xbrliNs = names.Add(XbrlNamespaces.Xbrli);
            linkNs = names.Add(XbrlNamespaces.Link);
            xlinkNs = names.Add(XbrlNamespaces.XLink);
            xbrldiNs = names.Add(XbrlNamespaces.Xbrldi);
            xsiNs = names.Add(XbrlNamespaces.Xsi);
            xsdNs = names.Add(XbrlNamespaces.Xsd);
            xmlnsNs = names.Add("http://www.w3.org/2000/xmlns/");
            xmlns = names.Add("xmlns");
            xbrl = names.Add("xbrl");
            context = names.Add("context");
            unit = names.Add("unit");
            schemaRef = names.Add("schemaRef");
            linkbaseRef = names.Add("linkbaseRef");
            roleRef = names.Add("roleRef");
            arcroleRef = names.Add("arcroleRef");
            footnoteLink = names.Add("footnoteLink");
            footnote = names.Add("footnote");
            contextRef = names.Add("contextRef");
            unitRef = names.Add("unitRef");
            decimals = names.Add("decimals");
            precision = names.Add("precision");
            id = names.Add("id");
            nil = names.Add("nil");
            entity = names.Add("entity");
            identifier = names.Add("identifier");
            segment = names.Add("segment");
            scenario = names.Add("scenario");
            period = names.Add("period");
            explicitMember = names.Add("explicitMember");
            typedMember = names.Add("typedMember");
            forever = names.Add("forever");
            instant = names.Add("instant");
            startDate = names.Add("startDate");
            endDate = names.Add("endDate");
            measure = names.Add("measure");
            divide = names.Add("divide");
            unitNumerator = names.Add("unitNumerator");
            unitDenominator = names.Add("unitDenominator");
        }

        private int Line => lineInfo?.LineNumber ?? 0;

        // XmlReader places an element at the first character of its name; people and editors point at the '<'.
        private int ElementColumn => Math.Max(1, (lineInfo?.LinePosition ?? 1) - 1);

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
                var line = e.LineNumber > 0 ? e.LineNumber : lastLine;
                var column = e.LineNumber > 0 ? e.LinePosition : lastColumn;
                throw new XbrlFormatException("The document is not well-formed XML: " + e.Message, document, line, column, null, e);
            }
            catch (DocumentTooLargeException e)
            {
                throw new XbrlFormatException(e.Message, document, Line, lineInfo?.LinePosition ?? 0, null, e);
            }
        }

        private static bool Is(string name, string atomized) => ReferenceEquals(name, atomized);

        private void ReadDocument()
        {
            while (xml.NodeType != XmlNodeType.Element)
            {
                if (!xml.Read())
                {
                    throw Error("The document has no root element.");
                }

                lastLine = Line;
                lastColumn = lineInfo?.LinePosition ?? 0;
            }

            if (!Is(xml.NamespaceURI, xbrliNs) || !Is(xml.LocalName, xbrl))
            {
                throw Error($"The root element is {Describe()}, not xbrli:xbrl ({XbrlNamespaces.Xbrli}); this is not an XBRL instance.");
            }

            CollectNamespaceDeclarations();
            if (StartChildren())
            {
                var root = new What(Part.Root);
                while (NextChild(root))
                {
                    ReadTopLevelElement();
                }
            }

            // Anything after the root other than comments and white space is an XML error, raised by the reader here.
            while (xml.Read())
            {
            }
        }

        private void ReadTopLevelElement()
        {
            var ns = xml.NamespaceURI;
            var name = xml.LocalName;
            if (Is(ns, xbrliNs))
            {
                if (Is(name, context))
                {
                    ReadContext();
                }
                else if (Is(name, unit))
                {
                    ReadUnit();
                }
                else
                {
                    throw Error($"Unexpected element {Describe()} in xbrli:xbrl.");
                }

                return;
            }

            if (Is(ns, linkNs))
            {
                if (Is(name, schemaRef))
                {
                    var href = xml.GetAttribute("href", XbrlNamespaces.XLink)
                        ?? throw Error("link:schemaRef has no xlink:href.");
                    schemaRefs.Add(href.Trim());
                    SkipElement();
                }
                else if (Is(name, linkbaseRef))
                {
                    linkbaseRefCount++;
                    SkipElement();
                }
                else if (Is(name, roleRef) || Is(name, arcroleRef))
                {
                    // They only declare roles for the footnote links, which are not read.
                    SkipElement();
                }
                else if (Is(name, footnoteLink))
                {
                    ReadFootnoteLink();
                }
                else
                {
                    throw Error($"Unexpected element {Describe()} in xbrli:xbrl.");
                }

                return;
            }

            if (IsXbrlInfrastructureNamespace(ns))
            {
                throw Error($"Unexpected element {Describe()} in xbrli:xbrl.");
            }

            ReadItemOrTuple();
        }

        private bool IsXbrlInfrastructureNamespace(string ns) =>
            ns.Length == 0 || Is(ns, xbrliNs) || Is(ns, linkNs) || Is(ns, xlinkNs) || Is(ns, xbrldiNs) || Is(ns, xsiNs) || Is(ns, xsdNs);

        private void ReadItemOrTuple()
        {
            var line = Line;
            var column = ElementColumn;
            var concept = new QName(xml.NamespaceURI, xml.Prefix, xml.LocalName);
            string? contextRef = null, unitRef = null, decimalsText = null, precisionText = null, id = null, nilText = null;
            if (xml.MoveToFirstAttribute())
            {
                do
                {
                    var ns = xml.NamespaceURI;
                    if (ns.Length == 0)
                    {
                        var name = xml.LocalName;
                        if (Is(name, this.contextRef))
                        {
                            contextRef = xml.Value;
                        }
                        else if (Is(name, this.unitRef))
                        {
                            unitRef = xml.Value;
                        }
                        else if (Is(name, this.decimals))
                        {
                            decimalsText = xml.Value;
                        }
                        else if (Is(name, this.precision))
                        {
                            precisionText = xml.Value;
                        }
                        else if (Is(name, this.id))
                        {
                            id = xml.Value;
                        }
                    }
                    else if (Is(ns, xsiNs))
                    {
                        if (Is(xml.LocalName, nil))
                        {
                            nilText = xml.Value;
                        }
                    }
                    else if (Is(ns, xmlnsNs))
                    {
                        AddNamespaceDeclaration();
                    }
                }
                while (xml.MoveToNextAttribute());

                xml.MoveToElement();
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
                _ => throw new XbrlFormatException($"The fact {concept} has xsi:nil=\"{nilText}\", which is not a boolean.", document, line, column),
            };
            var isNumeric = unitRef is not null;
            var language = isNumeric ? null : NullIfEmpty(xml.XmlLang);

            Decimals? decimals = null;
            if (decimalsText is not null)
            {
                if (!Decimals.TryParse(decimalsText, out var parsed))
                {
                    throw new XbrlFormatException($"The fact {concept} has decimals=\"{decimalsText}\", which is neither INF nor an integer.", document, line, column);
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
                    throw new XbrlFormatException($"The fact {concept} has precision=\"{precisionText}\", which is neither INF nor a non-negative integer.", document, line, column);
                }
            }

            var text = ReadSimpleContent(new What(Part.Fact, Name: concept));
            xml.Read();

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

            if (facts.Count >= options.MaxFacts)
            {
                throw new XbrlFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"The document has more than {options.MaxFacts} facts (XbrlReaderOptions.MaxFacts)."),
                    document,
                    line,
                    column);
            }

            if (tupleDepth > 0)
            {
                tupleFactCount++;
            }

            var enclosing = tupleDepth > 0 ? [.. enclosingTuples] : ImmutableArray<int>.Empty;
            var fact = new PendingFact(concept, contextRef.Trim(), unitRef?.Trim(), value, numericValue, decimals, precision, isPrecisionInfinite, isNil, id, language, line, column, enclosing);
            Unit? unit = null;
            if (contexts.TryGetValue(fact.ContextRef, out var context) && (fact.UnitRef is null || units.TryGetValue(fact.UnitRef, out unit)))
            {
                facts.Add(MakeFact(fact, context, unit));
            }
            else
            {
                pending.Add(fact with { Index = facts.Count });
                facts.Add(null);
            }
        }

        private decimal? ParseNumber(string value, QName concept, int line, int column)
        {
            switch (XbrlNumber.Parse(value, out var number))
            {
                case XbrlNumber.Kind.Number:
                    return number;
                case XbrlNumber.Kind.Unrepresentable:
                    unrepresentableNumberCount++;
                    firstUnrepresentableNumber ??= XbrlNumber.Describe(concept, value, string.Create(CultureInfo.InvariantCulture, $"line {line}"));
                    return null;
            }

            throw new XbrlFormatException($"The numeric fact {concept} has the value {Excerpt.Quote(value)}, which is not a number.", document, line, column);
        }

        private void ReadTuple(QName concept, int line)
        {
            tupleCount++;
            firstTuple ??= string.Create(CultureInfo.InvariantCulture, $"{concept} at line {line}");
            tupleDepth++;

            // Numbered in document order, outermost first: what summation binding and duplicates need of the tuple tree.
            enclosingTuples.Add(tupleCount);
            if (StartChildren())
            {
                var tuple = new What(Part.Tuple, Name: concept);
                while (NextChild(tuple))
                {
                    if (IsXbrlInfrastructureNamespace(xml.NamespaceURI))
                    {
                        throw Error($"Unexpected element {Describe()} in the tuple {concept}.");
                    }

                    ReadItemOrTuple();
                }
            }

            enclosingTuples.RemoveAt(enclosingTuples.Count - 1);
            tupleDepth--;
        }

        private void ReadContext()
        {
            var line = Line;
            var column = ElementColumn;
            var id = xml.GetAttribute("id")?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                throw Error("An xbrli:context has no id.");
            }

            EntityIdentifier? entity = null;
            Period? period = null;
            List<ExplicitMember>? dimensions = null;
            List<TypedMember>? typed = null;
            string? segmentContent = null;
            string? scenarioContent = null;

            if (StartChildren())
            {
                var context = new What(Part.Context, id);
                while (NextChild(context))
                {
                    var part = XbrliChild();
                    if (Is(part, this.entity))
                    {
                        if (StartChildren())
                        {
                            var entityPart = new What(Part.Entity, id);
                            while (NextChild(entityPart))
                            {
                                var child = XbrliChild();
                                if (Is(child, identifier))
                                {
                                    var scheme = xml.GetAttribute("scheme")
                                        ?? throw Error($"The identifier of context {Excerpt.Quote(id)} has no scheme.");
                                    var identifier = ReadSimpleContent(new What(Part.Identifier, id)).Trim();
                                    xml.Read();
                                    entity = new EntityIdentifier(scheme.Trim(), identifier);
                                }
                                else if (Is(child, segment))
                                {
                                    segmentContent = ReadSegmentOrScenario(id, ref dimensions, ref typed);
                                }
                                else
                                {
                                    throw Error($"Unexpected element {Describe()} in the entity of context {Excerpt.Quote(id)}.");
                                }
                            }
                        }
                    }
                    else if (Is(part, this.period))
                    {
                        period = ReadPeriod(id);
                    }
                    else if (Is(part, this.scenario))
                    {
                        scenarioContent = ReadSegmentOrScenario(id, ref dimensions, ref typed);
                    }
                    else
                    {
                        throw Error($"Unexpected element {Describe()} in context {Excerpt.Quote(id)}.");
                    }
                }
            }

            if (entity is null)
            {
                throw new XbrlFormatException($"Context {Excerpt.Quote(id)} has no entity identifier.", document, line, column);
            }

            if (period is null)
            {
                throw new XbrlFormatException($"Context {Excerpt.Quote(id)} has no period.", document, line, column);
            }

            string? nonDimensional = null;
            if (segmentContent is not null || scenarioContent is not null)
            {
                nonDimensional = (segmentContent is null ? string.Empty : "segment: " + segmentContent)
                    + (segmentContent is not null && scenarioContent is not null ? "; " : string.Empty)
                    + (scenarioContent is null ? string.Empty : "scenario: " + scenarioContent);
                nonDimensionalContextCount++;
                firstNonDimensionalContext ??= string.Create(CultureInfo.InvariantCulture, $"{Excerpt.Quote(id)} at line {line}");
            }

            var info = new ContextInfo(
                entity.Value,
                period.Value,
                dimensions is null ? [] : [.. dimensions],
                typed is null ? [] : [.. typed],
                nonDimensional);
            if (!contexts.TryAdd(id, info))
            {
                throw new XbrlFormatException($"There are two contexts with the id {Excerpt.Quote(id)}.", document, line, column);
            }
        }

        /// <summary>
        /// Reads a segment or scenario; returns its content other than xbrldi members in canonical form, or null
        /// when it has none.
        /// </summary>
        private string? ReadSegmentOrScenario(string contextId, ref List<ExplicitMember>? dimensions, ref List<TypedMember>? typed)
        {
            StringBuilder? other = null;
            if (!StartChildren())
            {
                return null;
            }

            var segment = new What(Part.SegmentOrScenario, contextId);
            while (NextChild(segment))
            {
                var line = Line;
                var column = ElementColumn;
                var isXbrldi = Is(xml.NamespaceURI, xbrldiNs);
                if (isXbrldi && Is(xml.LocalName, explicitMember))
                {
                    var axis = ReadDimensionAttribute(contextId);
                    EnsureNewAxis(axis, contextId, dimensions, typed, line, column);
                    var text = ReadSimpleContent(new What(Part.ExplicitMember, contextId));
                    // The member's prefix is resolved before leaving the element, while its own declarations are in scope.
                    var member = ResolveQName(text, new What(Part.ExplicitMemberName, contextId, axis), line, column);
                    xml.Read();
                    (dimensions ??= []).Add(new ExplicitMember(axis, member));
                }
                else if (isXbrldi && Is(xml.LocalName, typedMember))
                {
                    var axis = ReadDimensionAttribute(contextId);
                    EnsureNewAxis(axis, contextId, dimensions, typed, line, column);
                    TypedMember? member = null;
                    if (StartChildren())
                    {
                        var typedPart = new What(Part.TypedMember, contextId, axis);
                        while (NextChild(typedPart))
                        {
                            if (member is not null)
                            {
                                throw Error($"The typed member of {axis} in context {Excerpt.Quote(contextId)} has more than one element.");
                            }

                            var element = new QName(xml.NamespaceURI, xml.Prefix, xml.LocalName);
                            var value = ReadSimpleContent(new What(Part.TypedMemberValue, contextId, axis));
                            xml.Read();
                            member = new TypedMember(axis, value) { Element = element };
                        }
                    }

                    (typed ??= []).Add(member ?? throw new XbrlFormatException($"The typed member of {axis} in context {Excerpt.Quote(contextId)} is empty.", document, line, column));
                }
                else
                {
                    AppendCanonical(other ??= new StringBuilder());
                }
            }

            return other?.ToString();
        }

        /// <summary>
        /// Appends the element the reader is on, with all it holds, in a form that is the same for contents XBRL 2.1
        /// takes as equal (section 4.10): names by namespace rather than prefix, attributes in name order, text
        /// without surrounding white space, no comments. Leaves the reader after the element.
        /// </summary>
        private void AppendCanonical(StringBuilder into)
        {
            into.Append("<{").Append(xml.NamespaceURI).Append('}').Append(xml.LocalName);
            if (xml.HasAttributes)
            {
                var attributes = new List<string>();
                while (xml.MoveToNextAttribute())
                {
                    if (xml.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                    {
                        attributes.Add("{" + xml.NamespaceURI + "}" + xml.LocalName + "=\"" + Escape(xml.Value) + "\"");
                    }
                }

                xml.MoveToElement();
                attributes.Sort(StringComparer.Ordinal);
                foreach (var attribute in attributes)
                {
                    into.Append(' ').Append(attribute);
                }
            }

            into.Append('>');
            if (!StartChildren())
            {
                into.Append("</>");
                return;
            }

            while (true)
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element:
                        CheckDepth();
                        AppendCanonical(into);
                        continue;
                    case XmlNodeType.EndElement:
                        xml.Read();
                        into.Append("</>");
                        return;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                        into.Append(Escape(xml.Value.Trim()));
                        break;
                    case XmlNodeType.None:
                        throw Error("The document ends inside a segment or scenario.");
                }

                xml.Read();
            }

            static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
        }

        private void EnsureNewAxis(QName axis, string contextId, List<ExplicitMember>? dimensions, List<TypedMember>? typed, int line, int column)
        {
            if (dimensions is not null)
            {
                foreach (var d in dimensions)
                {
                    if (d.Axis.Equals(axis))
                    {
                        throw new XbrlFormatException($"Context {Excerpt.Quote(contextId)} gives the axis {axis} twice.", document, line, column);
                    }
                }
            }

            if (typed is not null)
            {
                foreach (var t in typed)
                {
                    if (t.Axis.Equals(axis))
                    {
                        throw new XbrlFormatException($"Context {Excerpt.Quote(contextId)} gives the axis {axis} twice.", document, line, column);
                    }
                }
            }
        }

        private QName ReadDimensionAttribute(string contextId)
        {
            var line = Line;
            var column = ElementColumn;
            var text = xml.GetAttribute("dimension")
                ?? throw Error($"An {xml.LocalName} in context {Excerpt.Quote(contextId)} has no dimension attribute.");
            return ResolveQName(text, new What(Part.DimensionAttribute, contextId, Word: xml.LocalName), line, column);
        }

        private Period ReadPeriod(string contextId)
        {
            var line = Line;
            var column = ElementColumn;
            DateOnly? instant = null, start = null, end = null;
            var forever = false;
            if (StartChildren())
            {
                var periodPart = new What(Part.Period, contextId);
                while (NextChild(periodPart))
                {
                    var childLine = Line;
                    var childColumn = ElementColumn;
                    var kind = XbrliChild();
                    if (Is(kind, this.forever))
                    {
                        forever = true;
                        SkipElement();
                    }
                    else if (Is(kind, this.instant) || Is(kind, this.startDate) || Is(kind, this.endDate))
                    {
                        var text = ReadSimpleContent(new What(Part.PeriodDate, contextId, Word: kind));
                        xml.Read();
                        string? error;
                        DateOnly day;
                        var ok = Is(kind, this.startDate)
                            ? XbrlDateTime.TryParseStart(text, out day, out error)
                            : XbrlDateTime.TryParseEnd(text, out day, out error);
                        if (!ok)
                        {
                            throw new XbrlFormatException($"The {kind} of context {Excerpt.Quote(contextId)} is not a valid date: {error}", this.document, childLine, childColumn);
                        }

                        if (Is(kind, this.instant))
                        {
                            instant = day;
                        }
                        else if (Is(kind, this.startDate))
                        {
                            start = day;
                        }
                        else
                        {
                            end = day;
                        }
                    }
                    else
                    {
                        throw Error($"Unexpected element {Describe()} in the period of context {Excerpt.Quote(contextId)}.");
                    }
                }
            }

            var kinds = (instant is not null ? 1 : 0) + (start is not null || end is not null ? 1 : 0) + (forever ? 1 : 0);
            if (kinds != 1 || (start is null) != (end is null))
            {
                throw new XbrlFormatException($"The period of context {Excerpt.Quote(contextId)} must have an instant, a startDate and an endDate, or forever.", document, line, column);
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
                    string.Create(CultureInfo.InvariantCulture, $"The period of context {Excerpt.Quote(contextId)} ends ({end.Value:yyyy-MM-dd}) before it starts ({start.Value:yyyy-MM-dd})."),
                    document,
                    line,
                    column)
                {
                    Rule = Validation.ValidationRules.PeriodStartAfterEnd,
                };
            }

            return Period.Duration(start.Value, end.Value);
        }

        private void ReadUnit()
        {
            var line = Line;
            var column = ElementColumn;
            var id = xml.GetAttribute("id")?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                throw Error("An xbrli:unit has no id.");
            }

            var numerator = new List<QName>();
            var denominator = new List<QName>();
            var hasDivide = false;
            if (StartChildren())
            {
                var unit = new What(Part.Unit, id);
                while (NextChild(unit))
                {
                    var child = XbrliChild();
                    if (Is(child, measure) && !hasDivide)
                    {
                        numerator.Add(ReadMeasure(id));
                    }
                    else if (Is(child, divide) && !hasDivide && numerator.Count == 0)
                    {
                        hasDivide = true;
                        if (StartChildren())
                        {
                            var divide = new What(Part.Divide, id);
                            while (NextChild(divide))
                            {
                                var part = XbrliChild();
                                var target = Is(part, unitNumerator) ? numerator
                                    : Is(part, unitDenominator) ? denominator
                                    : throw Error($"Unexpected element {Describe()} in the divide of unit {Excerpt.Quote(id)}.");
                                if (StartChildren())
                                {
                                    var dividePart = new What(Part.DividePart, id, Word: part);
                                    while (NextChild(dividePart))
                                    {
                                        if (!Is(XbrliChild(), measure))
                                        {
                                            throw Error($"Unexpected element {Describe()} in the {part} of unit {Excerpt.Quote(id)}.");
                                        }

                                        target.Add(ReadMeasure(id));
                                    }
                                }
                            }
                        }
                    }
                    else
                    {
                        throw Error($"Unexpected element {Describe()} in unit {Excerpt.Quote(id)}: a unit has measures, or one divide.");
                    }
                }
            }

            if (numerator.Count == 0 || (hasDivide && denominator.Count == 0))
            {
                throw new XbrlFormatException($"Unit {Excerpt.Quote(id)} has no measure in its numerator or denominator.", document, line, column);
            }

            if (!units.TryAdd(id, new Unit(numerator, denominator)))
            {
                throw new XbrlFormatException($"There are two units with the id {Excerpt.Quote(id)}.", document, line, column);
            }
        }

        private QName ReadMeasure(string unitId)
        {
            var line = Line;
            var column = ElementColumn;
            var text = ReadSimpleContent(new What(Part.Measure, unitId));
            var measure = ResolveQName(text, new What(Part.MeasureName, unitId), line, column);
            xml.Read();
            // A measure written without a prefix (Apple writes <measure>shares</measure> under a default xbrli
            // namespace) is given its conventional prefix so that it prints as xbrli:shares.
            return measure.Prefix.Length == 0 && XbrlNamespaces.StandardPrefixFor(measure.NamespaceUri) is { } standard
                ? measure with { Prefix = standard }
                : measure;
        }

        private void ReadFootnoteLink()
        {
            footnoteLinkCount++;
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return;
            }

            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    CheckDepth();
                    if (Is(xml.NamespaceURI, linkNs) && Is(xml.LocalName, footnote))
                    {
                        footnoteCount++;
                    }
                }
            }

            xml.Read();
        }

        /// <summary>
        /// Enters the children of the current element: <see langword="false"/> when it is empty, having moved past it.
        /// Then <see cref="NextChild"/> goes from one child element to the next.
        /// </summary>
        private bool StartChildren()
        {
            var isEmpty = xml.IsEmptyElement;
            xml.Read();
            return !isEmpty;
        }

        /// <summary>
        /// Moves to the next child element of the element entered with <see cref="StartChildren"/> and returns
        /// <see langword="true"/>; the caller must consume that child. At the element's end, moves past it and returns
        /// <see langword="false"/>. Text other than white space is an error in <paramref name="what"/>.
        /// </summary>
        private bool NextChild(in What what)
        {
            while (true)
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element:
                        CheckDepth();
                        return true;
                    case XmlNodeType.EndElement:
                        xml.Read();
                        return false;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                        if (!string.IsNullOrWhiteSpace(xml.Value))
                        {
                            throw new XbrlFormatException($"Unexpected text {Excerpt.Quote(xml.Value.Trim())} in {what}.", document, Line, lineInfo?.LinePosition ?? 0);
                        }

                        xml.Read();
                        break;
                    case XmlNodeType.None:
                        throw Error($"The document ends inside {what}.");
                    default:
                        xml.Read();
                        break;
                }
            }
        }

        /// <summary>
        /// Reads the text of the current element, which must have no child elements. Leaves the reader on the
        /// element's end (or on the element itself when it is empty) so that its namespace declarations are still in
        /// scope; the caller moves on with <see cref="XmlReader.Read"/>.
        /// </summary>
        private string ReadSimpleContent(in What what)
        {
            if (xml.IsEmptyElement)
            {
                return string.Empty;
            }

            string? first = null;
            StringBuilder? rest = null;
            while (xml.Read() && xml.NodeType != XmlNodeType.EndElement)
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        if (first is null)
                        {
                            first = xml.Value;
                        }
                        else
                        {
                            (rest ??= new StringBuilder(first)).Append(xml.Value);
                        }

                        break;
                    case XmlNodeType.Element:
                        throw Error($"Unexpected element {Describe()} in {what}, which must contain only text.");
                }
            }

            if (xml.NodeType != XmlNodeType.EndElement)
            {
                throw Error($"The document ends inside {what}.");
            }

            return rest?.ToString() ?? first ?? string.Empty;
        }

        /// <summary>Moves past the current element and everything in it, keeping to the depth limit.</summary>
        private void SkipElement()
        {
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return;
            }

            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element)
                {
                    CheckDepth();
                }
            }

            xml.Read();
        }

        private void CheckDepth()
        {
            if (xml.Depth > options.MaxDepth)
            {
                throw Error(string.Create(CultureInfo.InvariantCulture, $"Elements are nested more than {options.MaxDepth} deep (XbrlReaderOptions.MaxDepth)."));
            }
        }

        /// <summary>The local name of the current element, which must be in the xbrli namespace.</summary>
        private string XbrliChild() =>
            Is(xml.NamespaceURI, xbrliNs) ? xml.LocalName : throw Error($"Unexpected element {Describe()}.");

        private QName ResolveQName(string text, in What what, int line, int column)
        {
            var trimmed = text.Trim();
            if (!QName.TryParseLexical(trimmed, out var prefix, out var localName))
            {
                throw new XbrlFormatException($"{what} is {Excerpt.Quote(trimmed)}, which is not a qualified name.", document, line, column);
            }

            var ns = xml.LookupNamespace(prefix);
            if (ns is null)
            {
                throw new XbrlFormatException($"{what} is {Excerpt.Quote(trimmed)}, whose prefix {Excerpt.Quote(prefix)} is not declared.", document, line, column);
            }

            return new QName(ns, prefix, localName);
        }

        private void CollectNamespaceDeclarations()
        {
            if (xml.MoveToFirstAttribute())
            {
                do
                {
                    if (Is(xml.NamespaceURI, xmlnsNs))
                    {
                        AddNamespaceDeclaration();
                    }
                }
                while (xml.MoveToNextAttribute());

                xml.MoveToElement();
            }
        }

        private void AddNamespaceDeclaration()
        {
            // xmlns="..." declares the default namespace (empty prefix), xmlns:p="..." the prefix p.
            var prefix = Is(xml.Prefix, xmlns) ? xml.LocalName : string.Empty;
            namespaces.TryAdd(prefix, xml.Value);
        }

        private XbrlReport BuildReport()
        {
            // Contexts and units may come after the facts that use them, so a missing one is only an error now.
            foreach (var pending in pending)
            {
                if (!contexts.TryGetValue(pending.ContextRef, out var context))
                {
                    throw new XbrlFormatException($"The fact {pending.Concept} refers to context {Excerpt.Quote(pending.ContextRef)}, which is not in the document.", document, pending.Line, pending.Column);
                }

                Unit? unit = null;
                if (pending.UnitRef is not null && !units.TryGetValue(pending.UnitRef, out unit))
                {
                    throw new XbrlFormatException($"The fact {pending.Concept} refers to unit {Excerpt.Quote(pending.UnitRef)}, which is not in the document.", document, pending.Line, pending.Column);
                }

                facts[pending.Index] = MakeFact(pending, context, unit);
            }

            return new XbrlReport(facts!, namespaces, document, schemaRefs, BuildNotes())
            {
                ContextCount = contexts.Count,
                UnitCount = units.Count,
            };
        }

        private Fact MakeFact(in PendingFact pending, ContextInfo context, Unit? unit) => new()
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
            NonDimensionalContent = context.NonDimensionalContent,
            Id = pending.Id,
            Language = pending.Language,
            Location = new SourceLocation(document, pending.Line, pending.Column, null),
            EnclosingTuples = pending.EnclosingTuples,
        };

        private List<string> BuildNotes()
        {
            var notes = new List<string>();
            var inv = CultureInfo.InvariantCulture;
            if (tupleCount > 0)
            {
                notes.Add(string.Create(inv, $"{tupleCount} tuple(s) (first: {firstTuple}): their {tupleFactCount} fact(s) are listed like other facts, each with the tuples that enclose it (Fact.EnclosingTuples)."));
            }

            if (footnoteLinkCount > 0)
            {
                notes.Add(string.Create(inv, $"{footnoteCount} footnote(s) in {footnoteLinkCount} link:footnoteLink element(s) ignored."));
            }

            if (linkbaseRefCount > 0)
            {
                notes.Add(string.Create(inv, $"{linkbaseRefCount} link:linkbaseRef element(s) ignored; only schemaRefs are recorded."));
            }

            if (nonDimensionalContextCount > 0)
            {
                notes.Add(string.Create(inv, $"{nonDimensionalContextCount} context(s) have segment or scenario content other than xbrldi members (first: context {firstNonDimensionalContext}); their facts bind to no statement, and are validated only with facts of the same content."));
            }

            if (unrepresentableNumberCount > 0)
            {
                notes.Add(XbrlNumber.UnrepresentableNote(unrepresentableNumberCount, firstUnrepresentableNumber!));
            }

            return notes;
        }

        private string Describe() =>
            xml.NamespaceURI.Length == 0 ? xml.LocalName : $"{xml.Name} ({{{xml.NamespaceURI}}}{xml.LocalName})";

        private XbrlFormatException Error(string reason) => new(reason, document, Line, ElementColumn);

        private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    }
}
