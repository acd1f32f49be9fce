using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// Reads one document of an Inline XBRL Document Set in one pass, into the set: the Inline XBRL elements with the
/// text they display, contexts and units (read as in an XBRL instance, by <see cref="XbrlXmlSession"/>), references
/// and relationships. Errors it can read past are added to the set; one it cannot (XML that is not well-formed, a
/// broken context or unit) ends the document, and is added too.
/// </summary>
internal sealed class InlineDocumentSession : XbrlXmlSession
{
    private readonly XmlReader xml;
    private readonly string document;
    private readonly InlineDocumentSet set;

    // What is open: one frame per non-empty Inline XBRL element the reader is inside.
    private readonly List<Frame> frames = [];
    private readonly List<InlineElement> tuples = [];
    private readonly List<InlineElement> fractions = [];
    private readonly ContentLog textLog = new();
    private readonly ContentLog markupLog = new();
    private int textCount;
    private int markupCount;
    private int excludeLevel;
    private int resourcesLevel;

    private readonly string ixNs;
    private readonly string xbrliNs;
    private readonly string linkNs;
    private readonly string xsiNs;
    private readonly string xmlnsNs;
    private readonly string xmlns;
    private readonly string xhtmlNs;
    private readonly string html;
    private readonly string header;
    private readonly string references;
    private readonly string resources;
    private readonly string nonFraction;
    private readonly string nonNumeric;
    private readonly string fraction;
    private readonly string numerator;
    private readonly string denominator;
    private readonly string tuple;
    private readonly string footnote;
    private readonly string continuation;
    private readonly string exclude;
    private readonly string relationship;
    private readonly string context;
    private readonly string unit;
    private readonly string schemaRef;
    private readonly string linkbaseRef;
    private readonly string name;
    private readonly string contextRef;
    private readonly string unitRef;
    private readonly string decimals;
    private readonly string precision;
    private readonly string format;
    private readonly string scale;
    private readonly string sign;
    private readonly string escape;
    private readonly string continuedAt;
    private readonly string id;
    private readonly string target;
    private readonly string tupleRef;
    private readonly string tupleId;
    private readonly string order;
    private readonly string footnoteRole;
    private readonly string nil;

    public InlineDocumentSession(XmlReader xml, string document, XbrlReaderOptions options, InlineDocumentSet set)
        : base(xml, document, options, set.Contexts, set.Units)
    {
        this.xml = xml;
        this.document = document;
        this.set = set;
        var names = xml.NameTable;
        ixNs = names.Add(XbrlNamespaces.InlineXbrl);
        xbrliNs = names.Add(XbrlNamespaces.Xbrli);
        linkNs = names.Add(XbrlNamespaces.Link);
        xsiNs = names.Add(XbrlNamespaces.Xsi);
        xmlnsNs = names.Add("http://www.w3.org/2000/xmlns/");
        xmlns = names.Add("xmlns");
        xhtmlNs = names.Add(XhtmlMarkup.XhtmlNamespace);
        html = names.Add("html");
        header = names.Add("header");
        references = names.Add("references");
        resources = names.Add("resources");
        nonFraction = names.Add("nonFraction");
        nonNumeric = names.Add("nonNumeric");
        fraction = names.Add("fraction");
        numerator = names.Add("numerator");
        denominator = names.Add("denominator");
        tuple = names.Add("tuple");
        footnote = names.Add("footnote");
        continuation = names.Add("continuation");
        exclude = names.Add("exclude");
        relationship = names.Add("relationship");
        context = names.Add("context");
        unit = names.Add("unit");
        schemaRef = names.Add("schemaRef");
        linkbaseRef = names.Add("linkbaseRef");
        name = names.Add("name");
        contextRef = names.Add("contextRef");
        unitRef = names.Add("unitRef");
        decimals = names.Add("decimals");
        precision = names.Add("precision");
        format = names.Add("format");
        scale = names.Add("scale");
        sign = names.Add("sign");
        escape = names.Add("escape");
        continuedAt = names.Add("continuedAt");
        id = names.Add("id");
        target = names.Add("target");
        tupleRef = names.Add("tupleRef");
        tupleId = names.Add("tupleID");
        order = names.Add("order");
        footnoteRole = names.Add("footnoteRole");
        nil = names.Add("nil");
    }

    private enum FrameKind
    {
        Other,
        Element,
        Exclude,
        Resources,
    }

    /// <summary>An open Inline XBRL element; for an ix:exclude, where the logs were when it started.</summary>
    private readonly record struct Frame(FrameKind Kind, InlineElement? Element, int TextStart = 0, int MarkupStart = 0);

    /// <summary>Reads the document into the set; never throws for what is in the document.</summary>
    public void Run()
    {
        try
        {
            ReadDocument();
        }
        catch (XmlException e)
        {
            Abandon(null, "The document is not well-formed XML: " + e.Message, e.LineNumber, e.LinePosition);
        }
        catch (XbrlFormatException e)
        {
            Abandon(e.Code, e.Reason, e.Line, e.Column);
        }
        catch (DocumentTooLargeException e)
        {
            Abandon(null, e.Message, Line, NodeColumn);
        }

        set.AddUnrepresentable(UnrepresentableNumberCount, FirstUnrepresentableNumber);
        set.AddNonDimensional(NonDimensionalContextCount, FirstNonDimensionalContext);
    }

    /// <summary>Stops reading at an error: the elements still open are incomplete, so they make no facts.</summary>
    private void Abandon(string? code, string reason, int line, int column)
    {
        set.AddError(code, reason, document, line, column);
        set.HasFatalError = true;
        foreach (var frame in frames)
        {
            if (frame.Element is { } element)
            {
                element.IsInvalid = true;
            }
        }
    }

    private void ReadDocument()
    {
        if (xml.MoveToContent() != XmlNodeType.Element)
        {
            set.AddError(null, "The document has no root element.", document, Line, NodeColumn);
            set.HasFatalError = true;
            return;
        }

        if (!Is(xml.NamespaceURI, xhtmlNs) || !Is(xml.LocalName, html))
        {
            set.AddError(null, $"The root element is {xml.Name} ({{{xml.NamespaceURI}}}{xml.LocalName}), not the XHTML html element; this is not an Inline XBRL document.", document, Line, ElementColumn);
            set.HasFatalError = true;
            return;
        }

        CollectNamespaceDeclarations();
        while (true)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (StartElement())
                    {
                        // The element was read whole; the reader is on what follows it.
                        continue;
                    }

                    break;
                case XmlNodeType.EndElement:
                    EndElement();
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (textCount > 0)
                    {
                        textLog.Builder.Append(xml.Value);
                    }

                    if (markupCount > 0)
                    {
                        XhtmlMarkup.AppendText(markupLog.Builder, xml.Value);
                    }

                    break;
            }

            if (!xml.Read())
            {
                break;
            }
        }
    }

    /// <summary>Handles a start tag; true when the element was read whole (the reader is past it).</summary>
    private bool StartElement()
    {
        CheckDepth();
        var ns = xml.NamespaceURI;
        if (Is(ns, ixNs))
        {
            return StartIx();
        }

        if (resourcesLevel > 0 && Is(ns, xbrliNs))
        {
            if (Is(xml.LocalName, context))
            {
                ReadContext();
                return true;
            }

            if (Is(xml.LocalName, unit))
            {
                ReadUnit();
                return true;
            }
        }

        if (markupCount > 0)
        {
            XhtmlMarkup.AppendStartTag(markupLog.Builder, xml);
        }

        return false;
    }

    private void EndElement()
    {
        if (Is(xml.NamespaceURI, ixNs))
        {
            EndIx();
            return;
        }

        if (markupCount > 0)
        {
            XhtmlMarkup.AppendEndTag(markupLog.Builder, xml);
        }
    }

    private bool StartIx()
    {
        var local = xml.LocalName;
        var isEmpty = xml.IsEmptyElement;
        InlineKind? kind = null;
        if (Is(local, nonFraction))
        {
            kind = InlineKind.NonFraction;
        }
        else if (Is(local, nonNumeric))
        {
            kind = InlineKind.NonNumeric;
        }
        else if (Is(local, continuation))
        {
            kind = InlineKind.Continuation;
        }
        else if (Is(local, tuple))
        {
            kind = InlineKind.Tuple;
        }
        else if (Is(local, footnote))
        {
            kind = InlineKind.Footnote;
        }
        else if (Is(local, fraction))
        {
            kind = InlineKind.Fraction;
        }
        else if (Is(local, numerator))
        {
            kind = InlineKind.Numerator;
        }
        else if (Is(local, denominator))
        {
            kind = InlineKind.Denominator;
        }

        if (kind is { } k)
        {
            var element = StartInlineElement(k);
            if (isEmpty)
            {
                CloseContent(element);
                FinishElement(element);
            }
            else
            {
                Push(new Frame(FrameKind.Element, element));
            }

            return false;
        }

        if (Is(local, references))
        {
            ReadReferences();
            return true;
        }

        if (Is(local, relationship))
        {
            ReadRelationship();
            return true;
        }

        if (Is(local, header))
        {
            set.HasHeader = true;
        }

        if (!isEmpty)
        {
            var frameKind = Is(local, exclude) ? FrameKind.Exclude : Is(local, resources) ? FrameKind.Resources : FrameKind.Other;
            Push(new Frame(frameKind, null, textLog.Length, markupLog.Length));
            if (frameKind == FrameKind.Exclude)
            {
                excludeLevel++;
            }
            else if (frameKind == FrameKind.Resources)
            {
                resourcesLevel++;
            }
        }

        return false;
    }

    private void Push(Frame frame)
    {
        frames.Add(frame);
        if (frame.Element is { } element)
        {
            if (element.Text is not null)
            {
                textCount++;
            }

            if (element.Markup is not null)
            {
                markupCount++;
            }
        }
    }

    private void EndIx()
    {
        if (frames.Count == 0)
        {
            return;
        }

        var frame = frames[^1];
        frames.RemoveAt(frames.Count - 1);
        switch (frame.Kind)
        {
            case FrameKind.Exclude:
                textLog.AddGap(frame.TextStart, excludeLevel);
                markupLog.AddGap(frame.MarkupStart, excludeLevel);
                excludeLevel--;
                break;
            case FrameKind.Resources:
                resourcesLevel--;
                break;
            case FrameKind.Element:
                var element = frame.Element!;
                if (element.Text is not null)
                {
                    textCount--;
                }

                if (element.Markup is not null)
                {
                    markupCount--;
                }

                CloseContent(element);
                FinishElement(element);
                break;
        }
    }

    private static void CloseContent(InlineElement element)
    {
        if (element.Text is { } text)
        {
            text.End = text.Log.Length;
        }

        if (element.Markup is { } markup)
        {
            markup.End = markup.Log.Length;
        }
    }

    /// <summary>Reads an Inline XBRL element's attributes and adds it to the set; the reader stays on it.</summary>
    private InlineElement StartInlineElement(InlineKind kind)
    {
        var element = new InlineElement(kind, document, Line, ElementColumn);
        string? nameText = null, escapeText = null, signText = null;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                var ns = xml.NamespaceURI;
                if (ns.Length == 0)
                {
                    var attribute = xml.LocalName;
                    if (Is(attribute, name))
                    {
                        nameText = xml.Value;
                    }
                    else if (Is(attribute, contextRef))
                    {
                        element.ContextRef = xml.Value.Trim();
                    }
                    else if (Is(attribute, unitRef))
                    {
                        element.UnitRef = xml.Value.Trim();
                    }
                    else if (Is(attribute, decimals))
                    {
                        element.DecimalsText = xml.Value;
                    }
                    else if (Is(attribute, precision))
                    {
                        element.PrecisionText = xml.Value;
                    }
                    else if (Is(attribute, format))
                    {
                        element.FormatText = xml.Value.Trim();
                    }
                    else if (Is(attribute, scale))
                    {
                        element.ScaleText = xml.Value;
                    }
                    else if (Is(attribute, sign))
                    {
                        signText = xml.Value;
                    }
                    else if (Is(attribute, escape))
                    {
                        escapeText = xml.Value.Trim();
                    }
                    else if (Is(attribute, continuedAt))
                    {
                        element.ContinuedAt = xml.Value.Trim();
                    }
                    else if (Is(attribute, id))
                    {
                        element.Id = xml.Value.Trim();
                    }
                    else if (Is(attribute, target))
                    {
                        element.Target = xml.Value.Trim();
                    }
                    else if (Is(attribute, tupleRef))
                    {
                        element.TupleRef = xml.Value.Trim();
                    }
                    else if (Is(attribute, tupleId))
                    {
                        element.TupleId = xml.Value.Trim();
                    }
                    else if (Is(attribute, order))
                    {
                        element.OrderText = xml.Value.Trim();
                    }
                    else if (Is(attribute, footnoteRole))
                    {
                        element.Role = xml.Value.Trim();
                    }
                }
                else if (Is(ns, xsiNs) && Is(xml.LocalName, nil))
                {
                    element.NilText = xml.Value;
                }
            }
            while (xml.MoveToNextAttribute());

            xml.MoveToElement();
        }

        var what = ElementName(kind);
        if (kind is InlineKind.NonFraction or InlineKind.NonNumeric or InlineKind.Fraction or InlineKind.Tuple)
        {
            if (nameText is null)
            {
                Invalid(element, null, $"{Sentence(what)} has no name.");
            }
            else if (Resolve(nameText) is { } concept)
            {
                element.Concept = concept;
            }
            else
            {
                Invalid(element, null, $"The name {Excerpt.Quote(nameText.Trim())} of {what} is not a qualified name with a declared prefix.");
            }
        }

        if (element.FormatText is { } formatText)
        {
            if (Resolve(formatText) is { } formatName)
            {
                element.FormatNamespace = formatName.NamespaceUri;
                element.FormatLocalName = formatName.LocalName;
            }
            else
            {
                Invalid(element, InlineDocumentSet.InvalidTransformation, $"The format {Excerpt.Quote(formatText)} of {what} is not a qualified name with a declared prefix.");
            }
        }

        if (signText is not null && signText.Trim() != "-")
        {
            Invalid(element, null, $"The sign of {what} is {Excerpt.Quote(signText)}; the only sign is \"-\".");
        }

        element.IsNegative = signText is not null;
        if (escapeText is not null)
        {
            element.Escape = escapeText switch
            {
                "true" or "1" => true,
                "false" or "0" => false,
                _ => Invalid(element, null, $"The escape attribute of {what} is {Excerpt.Quote(escapeText)}, which is not a boolean."),
            };
        }

        if (kind is InlineKind.NonNumeric or InlineKind.Footnote)
        {
            element.Language = xml.XmlLang is { Length: > 0 } lang ? lang : null;
        }

        switch (kind)
        {
            case InlineKind.NonFraction:
            case InlineKind.Numerator:
            case InlineKind.Denominator:
                element.Text = new ContentRange(textLog, textLog.Length, excludeLevel);
                break;
            case InlineKind.NonNumeric:
                set.NoteContinuationMode(element.ContinuedAt, element.Escape);
                if (element.Escape)
                {
                    element.Markup = new ContentRange(markupLog, markupLog.Length, excludeLevel);
                }
                else
                {
                    element.Text = new ContentRange(textLog, textLog.Length, excludeLevel);
                }

                break;
            case InlineKind.Footnote:
                set.NoteContinuationMode(element.ContinuedAt, markup: true);
                element.Markup = new ContentRange(markupLog, markupLog.Length, excludeLevel);
                break;
            case InlineKind.Continuation:
                // A continuation is read as text or as markup as the element that reaches it is; when that comes
                // later in the document set (it rarely does), it keeps both.
                var mode = set.ContinuationMode(element.Id);
                set.NoteContinuationMode(element.ContinuedAt, mode);
                element.Text = mode is null or false ? new ContentRange(textLog, textLog.Length, excludeLevel) : null;
                element.Markup = mode is null or true ? new ContentRange(markupLog, markupLog.Length, excludeLevel) : null;
                break;
        }

        if (kind is InlineKind.Numerator or InlineKind.Denominator)
        {
            if (fractions.Count == 0)
            {
                Invalid(element, null, $"{Sentence(what)} is not inside an ix:fraction.");
            }
            else if (kind == InlineKind.Numerator)
            {
                fractions[^1].Numerator = element;
            }
            else
            {
                fractions[^1].Denominator = element;
            }
        }
        else
        {
            if (element.TupleRef is null && tuples.Count > 0 && kind is not (InlineKind.Footnote or InlineKind.Continuation))
            {
                element.ParentTuple = tuples[^1];
            }

            set.Add(element);
        }

        if (kind == InlineKind.Tuple)
        {
            element.TupleNumber = set.NextTupleNumber();
            if (!xml.IsEmptyElement)
            {
                tuples.Add(element);
            }
        }
        else if (kind == InlineKind.Fraction && !xml.IsEmptyElement)
        {
            fractions.Add(element);
        }

        return element;
    }

    /// <summary>At an element's end: what can be known of it without the rest of the set (nil, accuracy, a number's value).</summary>
    private void FinishElement(InlineElement element)
    {
        if (element.Kind == InlineKind.Tuple)
        {
            if (tuples.Count > 0 && tuples[^1] == element)
            {
                tuples.RemoveAt(tuples.Count - 1);
            }

            return;
        }

        if (element.Kind == InlineKind.Fraction && fractions.Count > 0 && fractions[^1] == element)
        {
            fractions.RemoveAt(fractions.Count - 1);
        }

        if (element.Kind is InlineKind.Footnote or InlineKind.Continuation || element.IsInvalid)
        {
            return;
        }

        try
        {
            element.IsNil = ParseNil(element.NilText, element.Concept, element.Line, element.Column);
            element.Decimals = ParseDecimals(element.DecimalsText, element.Concept, element.Line, element.Column);
            (element.Precision, element.IsPrecisionInfinite) = ParsePrecision(element.PrecisionText, element.Concept, element.Line, element.Column);
            switch (element.Kind)
            {
                case InlineKind.NonFraction:
                case InlineKind.Numerator:
                case InlineKind.Denominator:
                    ReadNumber(element);
                    break;
                case InlineKind.Fraction:
                    ReadFraction(element);
                    break;
            }
        }
        catch (XbrlFormatException e)
        {
            Invalid(element, e.Code, e.Reason);
        }
    }

    /// <summary>
    /// A number's value: its displayed text through its format (or as an xs:decimal when it has none), times ten to
    /// its scale, negative when its sign is "-". The decimal point is moved in the text, so the value is exact
    /// however large.
    /// </summary>
    private void ReadNumber(InlineElement element)
    {
        var what = ElementName(element.Kind);
        if (element.IsNil)
        {
            if (element.Text!.ToString() is { } shown && !string.IsNullOrWhiteSpace(shown))
            {
                Invalid(element, null, $"{Sentence(what)} {element.Concept} is nil but displays {Excerpt.Quote(shown.Trim())}.");
            }

            return;
        }

        var displayed = element.Text!.ToString();
        string lexical;
        if (element.FormatNamespace is not null)
        {
            var outcome = InlineTransforms.Apply(element.FormatNamespace, element.FormatLocalName!, displayed);
            if (!outcome.Succeeded)
            {
                Invalid(element, outcome.ErrorCode, $"{Sentence(what)} {element.Concept} displays {Excerpt.Quote(displayed.Trim())}, which the format {element.FormatText} cannot read: {outcome.Message}");
                return;
            }

            lexical = outcome.Value!.Trim();
        }
        else
        {
            lexical = displayed.Trim();
        }

        if (!IsUnsignedDecimal(lexical))
        {
            var reason = element.FormatNamespace is null
                ? $"{Sentence(what)} {element.Concept} displays {Excerpt.Quote(lexical)}, which is not a non-negative decimal number, and has no format to read it with."
                : $"The format {element.FormatText} gives {Excerpt.Quote(lexical)} for {what} {element.Concept}, which is not a non-negative decimal number.";
            Invalid(element, null, reason);
            return;
        }

        var scaleValue = 0;
        if (element.ScaleText is { } scaleText
            && !int.TryParse(scaleText.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out scaleValue))
        {
            Invalid(element, null, $"The scale of {what} {element.Concept} is {Excerpt.Quote(scaleText)}, which is not an integer.");
            return;
        }

        if (scaleValue != 0)
        {
            lexical = ShiftDecimalPoint(lexical, scaleValue);
        }

        if (element.IsNegative)
        {
            lexical = "-" + lexical;
        }

        element.Value = lexical;
        element.NumericValue = ParseNumber(lexical, element.Concept, element.Line, element.Column);
    }

    private void ReadFraction(InlineElement element)
    {
        if (element.IsNil)
        {
            return;
        }

        if (element.Numerator is not { IsInvalid: false, Value: { } n } numerator || element.Denominator is not { IsInvalid: false, Value: { } d } denominator)
        {
            if (element.Numerator is not { IsInvalid: true } && element.Denominator is not { IsInvalid: true })
            {
                Invalid(element, null, $"The ix:fraction {element.Concept} needs one ix:numerator and one ix:denominator.");
            }
            else
            {
                element.IsInvalid = true;
            }

            return;
        }

        element.Value = n + "/" + d;
        element.NumericValue = numerator.NumericValue is { } nv && denominator.NumericValue is { } dv && dv != 0 ? nv / dv : null;
    }

    /// <summary>Reads an ix:references element whole: its schemaRefs (and linkbaseRefs, counted) for its target.</summary>
    private void ReadReferences()
    {
        var referencesTarget = xml.GetAttribute("target")?.Trim();
        set.AddReferences(referencesTarget);
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var depth = xml.Depth;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            CheckDepth();
            if (Is(xml.NamespaceURI, linkNs) && Is(xml.LocalName, schemaRef))
            {
                if (xml.GetAttribute("href", XbrlNamespaces.XLink) is { } href)
                {
                    set.AddSchemaRef(referencesTarget, href.Trim());
                }
                else
                {
                    set.AddError(null, "link:schemaRef has no xlink:href.", document, Line, ElementColumn);
                }
            }
            else if (Is(xml.NamespaceURI, linkNs) && Is(xml.LocalName, linkbaseRef))
            {
                set.LinkbaseRefCount++;
            }
        }

        xml.Read();
    }

    /// <summary>Reads an ix:relationship element whole.</summary>
    private void ReadRelationship()
    {
        var relationshipElement = new InlineRelationship(
            Split(xml.GetAttribute("fromRefs")),
            Split(xml.GetAttribute("toRefs")),
            xml.GetAttribute("arcrole")?.Trim() ?? Footnote.FactFootnoteArcrole,
            xml.GetAttribute("linkRole")?.Trim() ?? Footnote.StandardLinkRole,
            new SourceLocation(document, Line, ElementColumn, null));
        set.Relationships.Add(relationshipElement);
        SkipElement();

        static string[] Split(string? list) => list?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
    }

    private void CollectNamespaceDeclarations()
    {
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (Is(xml.NamespaceURI, xmlnsNs))
                {
                    set.Namespaces.TryAdd(Is(xml.Prefix, xmlns) ? xml.LocalName : string.Empty, xml.Value);
                }
            }
            while (xml.MoveToNextAttribute());

            xml.MoveToElement();
        }
    }

    private QName? Resolve(string text)
    {
        var trimmed = text.Trim();
        if (!QName.TryParseLexical(trimmed, out var prefix, out var localName))
        {
            return null;
        }

        return xml.LookupNamespace(prefix) is { } ns ? new QName(ns, prefix, localName) : null;
    }

    private bool Invalid(InlineElement element, string? code, string reason)
    {
        element.IsInvalid = true;
        set.AddError(code, reason, element.Document, element.Line, element.Column);
        return false;
    }

    private static string ElementName(InlineKind kind) => kind switch
    {
        InlineKind.NonFraction => "the ix:nonFraction",
        InlineKind.NonNumeric => "the ix:nonNumeric",
        InlineKind.Fraction => "the ix:fraction",
        InlineKind.Numerator => "the ix:numerator",
        InlineKind.Denominator => "the ix:denominator",
        InlineKind.Tuple => "the ix:tuple",
        InlineKind.Footnote => "the ix:footnote",
        _ => "the ix:continuation",
    };

    private static string Sentence(string what) => string.Concat(what[..1].ToUpperInvariant(), what.AsSpan(1));

    private static bool IsUnsignedDecimal(string text)
    {
        var digits = 0;
        var points = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c == '.' && points == 0)
            {
                points++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>Multiplies an unsigned decimal by ten to <paramref name="scale"/> by moving its point: exact, and canonical (no leading or trailing zeros).</summary>
    internal static string ShiftDecimalPoint(string value, int scale)
    {
        var point = value.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? value : string.Concat(value.AsSpan(0, point), value.AsSpan(point + 1));
        var integerLength = (point < 0 ? value.Length : point) + scale;
        string shifted;
        if (integerLength <= 0)
        {
            shifted = "0." + new string('0', -integerLength) + digits;
        }
        else if (integerLength >= digits.Length)
        {
            shifted = digits + new string('0', integerLength - digits.Length);
        }
        else
        {
            shifted = string.Concat(digits.AsSpan(0, integerLength), ".", digits.AsSpan(integerLength));
        }

        var dot = shifted.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            shifted = shifted.TrimEnd('0').TrimEnd('.');
        }

        var integerEnd = shifted.IndexOf('.', StringComparison.Ordinal) is var d && d >= 0 ? d : shifted.Length;
        var leading = 0;
        while (leading < integerEnd - 1 && shifted[leading] == '0')
        {
            leading++;
        }

        return shifted[leading..];
    }
}
