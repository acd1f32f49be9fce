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
/// linkbase references, which are not kept. Footnotes are attached to their facts (<see cref="Fact.Footnotes"/>). DTDs are refused and no external resource is ever
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
        using var stream = XbrlReaderOptions.OpenDocument(path);
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
        if (options.IsKnownTooLarge(stream))
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

    /// <summary>The state of reading one document.</summary>
    /// <remarks>
    /// Element and attribute names are compared by reference with names added to the reader's
    /// <see cref="XmlReader.NameTable"/>, where the reader keeps every name it reads, once.
    /// </remarks>
    private sealed class Session : XbrlXmlSession
    {
        private readonly XmlReader xml;
        private readonly IXmlLineInfo? lineInfo;
        private readonly string document;
        private readonly XbrlReaderOptions options;
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
        private readonly string footnoteArc;
        private readonly string loc;
        private readonly Dictionary<string, List<Footnote>> footnotesByFactId = new(StringComparer.Ordinal);
        private int factToFactArcCount;
        private readonly string contextRef;
        private readonly string unitRef;
        private readonly string decimals;
        private readonly string precision;
        private readonly string id;
        private readonly string nil;

        private int tupleCount;
        private int lastLine;
        private int lastColumn;
        private int tupleFactCount;
        private int tupleDepth;
        private readonly List<int> enclosingTuples = [];
        private string? firstTuple;
        private int footnoteLinkCount;
        private int linkbaseRefCount;

        public Session(XmlReader xml, string document, XbrlReaderOptions options)
            : base(xml, document, options, new Dictionary<string, ContextInfo>(StringComparer.Ordinal), new Dictionary<string, Unit>(StringComparer.Ordinal))
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
            footnoteArc = names.Add("footnoteArc");
            loc = names.Add("loc");
            contextRef = names.Add("contextRef");
            unitRef = names.Add("unitRef");
            decimals = names.Add("decimals");
            precision = names.Add("precision");
            id = names.Add("id");
            nil = names.Add("nil");
        }


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

            var isNil = ParseNil(nilText, concept, line, column);
            var isNumeric = unitRef is not null;
            var language = isNumeric ? null : NullIfEmpty(xml.XmlLang);
            var decimals = ParseDecimals(decimalsText, concept, line, column);
            var (precision, isPrecisionInfinite) = ParsePrecision(precisionText, concept, line, column);

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
            if (Contexts.TryGetValue(fact.ContextRef, out var context) && (fact.UnitRef is null || Units.TryGetValue(fact.UnitRef, out unit)))
            {
                facts.Add(MakeFact(fact, context, unit));
            }
            else
            {
                pending.Add(fact with { Index = facts.Count });
                facts.Add(null);
            }
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

        /// <summary>
        /// Reads a footnote link: its footnotes are attached, when the report is built, to the facts its arcs go from
        /// (by the fact ids its locators point at). Arcs from a fact to another fact are counted for a note.
        /// </summary>
        private void ReadFootnoteLink()
        {
            footnoteLinkCount++;
            var linkRole = xml.GetAttribute("role", XbrlNamespaces.XLink)?.Trim() ?? Footnote.StandardLinkRole;
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return;
            }

            var locs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var notes = new Dictionary<string, List<Footnote>>(StringComparer.Ordinal);
            var arcs = new List<(string From, string To, string Arcrole)>();
            var depth = xml.Depth;
            xml.Read();
            while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && xml.NodeType != XmlNodeType.None)
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    xml.Read();
                    continue;
                }

                CheckDepth();
                var isLink = Is(xml.NamespaceURI, linkNs);
                var label = xml.GetAttribute("label", XbrlNamespaces.XLink)?.Trim();
                if (isLink && Is(xml.LocalName, loc) && label is not null)
                {
                    var href = xml.GetAttribute("href", XbrlNamespaces.XLink) ?? string.Empty;
                    var hash = href.IndexOf('#', StringComparison.Ordinal);
                    Add(locs, label, hash >= 0 ? href[(hash + 1)..].Trim() : href.Trim());
                    SkipElement();
                }
                else if (isLink && Is(xml.LocalName, footnote) && label is not null)
                {
                    var role = xml.GetAttribute("role", XbrlNamespaces.XLink)?.Trim() ?? Footnote.StandardRole;
                    var language = NullIfEmpty(xml.XmlLang);
                    var id = xml.GetAttribute("id");
                    Add(notes, label, new Footnote(ReadMarkup(), language, id, role, LinkRole: linkRole));
                }
                else if (isLink && Is(xml.LocalName, footnoteArc))
                {
                    var from = xml.GetAttribute("from", XbrlNamespaces.XLink)?.Trim();
                    var to = xml.GetAttribute("to", XbrlNamespaces.XLink)?.Trim();
                    if (from is not null && to is not null)
                    {
                        arcs.Add((from, to, xml.GetAttribute("arcrole", XbrlNamespaces.XLink)?.Trim() ?? Footnote.FactFootnoteArcrole));
                    }

                    SkipElement();
                }
                else
                {
                    SkipElement();
                }
            }

            xml.Read();
            foreach (var (from, to, arcrole) in arcs)
            {
                if (!locs.TryGetValue(from, out var factIds))
                {
                    continue;
                }

                if (!notes.TryGetValue(to, out var targets))
                {
                    factToFactArcCount += locs.ContainsKey(to) ? factIds.Count : 0;
                    continue;
                }

                foreach (var factId in factIds)
                {
                    foreach (var target in targets)
                    {
                        Add(footnotesByFactId, factId, target with { Arcrole = arcrole });
                    }
                }
            }

            static void Add<T>(Dictionary<string, List<T>> into, string key, T value)
            {
                if (!into.TryGetValue(key, out var list))
                {
                    into.Add(key, list = []);
                }

                list.Add(value);
            }
        }

        /// <summary>The content of the element the reader is on, its markup written out (<see cref="XhtmlMarkup"/>); leaves the reader after it.</summary>
        private string ReadMarkup()
        {
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return string.Empty;
            }

            var into = new StringBuilder();
            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                switch (xml.NodeType)
                {
                    case XmlNodeType.Element:
                        CheckDepth();
                        XhtmlMarkup.AppendStartTag(into, xml);
                        break;
                    case XmlNodeType.EndElement:
                        XhtmlMarkup.AppendEndTag(into, xml);
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        XhtmlMarkup.AppendText(into, xml.Value);
                        break;
                }
            }

            xml.Read();
            return into.ToString();
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
                if (!Contexts.TryGetValue(pending.ContextRef, out var context))
                {
                    throw new XbrlFormatException($"The fact {pending.Concept} refers to context {Excerpt.Quote(pending.ContextRef)}, which is not in the document.", document, pending.Line, pending.Column);
                }

                Unit? unit = null;
                if (pending.UnitRef is not null && !Units.TryGetValue(pending.UnitRef, out unit))
                {
                    throw new XbrlFormatException($"The fact {pending.Concept} refers to unit {Excerpt.Quote(pending.UnitRef)}, which is not in the document.", document, pending.Line, pending.Column);
                }

                facts[pending.Index] = MakeFact(pending, context, unit);
            }

            if (footnotesByFactId.Count > 0)
            {
                for (var i = 0; i < facts.Count; i++)
                {
                    if (facts[i]!.Id is { } factId && footnotesByFactId.TryGetValue(factId.Trim(), out var footnotes))
                    {
                        facts[i] = facts[i]!.WithFootnotes([.. footnotes]);
                    }
                }
            }

            return new XbrlReport(facts!, namespaces, document, schemaRefs, BuildNotes())
            {
                ContextCount = Contexts.Count,
                UnitCount = Units.Count,
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

            if (factToFactArcCount > 0)
            {
                notes.Add(string.Create(inv, $"{factToFactArcCount} footnote arc(s) from a fact to another fact (in {footnoteLinkCount} link:footnoteLink element(s)) ignored; footnotes are attached to their facts (Fact.Footnotes)."));
            }

            if (linkbaseRefCount > 0)
            {
                notes.Add(LinkbaseRefsNote(linkbaseRefCount));
            }

            if (NonDimensionalContextCount > 0)
            {
                notes.Add(NonDimensionalNote(NonDimensionalContextCount, FirstNonDimensionalContext));
            }

            if (UnrepresentableNumberCount > 0)
            {
                notes.Add(XbrlNumber.UnrepresentableNote(UnrepresentableNumberCount, FirstUnrepresentableNumber!));
            }

            return notes;
        }


    }
}
