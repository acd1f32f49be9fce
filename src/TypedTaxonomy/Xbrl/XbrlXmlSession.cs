using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;

namespace TypedTaxonomy.Xbrl;

/// <summary>A context as read: what a fact takes from it.</summary>
internal sealed record ContextInfo(
    EntityIdentifier Entity,
    Period Period,
    ImmutableArray<ExplicitMember> Dimensions,
    ImmutableArray<TypedMember> TypedDimensions,
    string? NonDimensionalContent);



/// <summary>The parts of an instance that errors name.</summary>
internal enum Part
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
internal readonly record struct What(Part Part, string Id = "", QName Name = default, string? Word = null)
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

/// <summary>
/// What both XML readers of XBRL share: reading <c>xbrli:context</c> and <c>xbrli:unit</c> elements (in an XBRL
/// instance, or in Inline XBRL's <c>ix:resources</c>) and the element-by-element reading they are built on, with the
/// errors those raise. One session reads one document; the contexts and units it collects may be shared by several
/// (an Inline XBRL Document Set).
/// </summary>
/// <remarks>
/// Element and attribute names are compared by reference with names added to the reader's
/// <see cref="XmlReader.NameTable"/>, where the reader keeps every name it reads, once.
/// </remarks>
internal abstract class XbrlXmlSession
{
    private readonly XmlReader xml;
    private readonly IXmlLineInfo? lineInfo;
    private readonly string document;
    private readonly XbrlReaderOptions options;
    private readonly Dictionary<string, ContextInfo> contexts;
    private readonly Dictionary<string, Unit> units;

    private readonly string xbrliNs;
    private readonly string xbrldiNs;
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

    /// <summary>Starts a session over one document.</summary>
    /// <param name="xml">The reader of the document.</param>
    /// <param name="document">The document's name, for locations and errors.</param>
    /// <param name="options">Limits.</param>
    /// <param name="contexts">Where contexts read are kept, by id (shared by the documents of a set).</param>
    /// <param name="units">Where units read are kept, by id.</param>
    protected XbrlXmlSession(XmlReader xml, string document, XbrlReaderOptions options, Dictionary<string, ContextInfo> contexts, Dictionary<string, Unit> units)
    {
        this.xml = xml;
        lineInfo = xml as IXmlLineInfo;
        this.document = document;
        this.options = options;
        this.contexts = contexts;
        this.units = units;

        var names = xml.NameTable;
        xbrliNs = names.Add(XbrlNamespaces.Xbrli);
        xbrldiNs = names.Add(XbrlNamespaces.Xbrldi);
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

    /// <summary>The contexts read so far, by id.</summary>
    protected IReadOnlyDictionary<string, ContextInfo> Contexts => contexts;

    /// <summary>The units read so far, by id.</summary>
    protected IReadOnlyDictionary<string, Unit> Units => units;

    /// <summary>How many contexts have segment or scenario content other than xbrldi members.</summary>
    protected int NonDimensionalContextCount { get; private set; }

    /// <summary>The report's note on contexts with content other than axis members (both XML readers).</summary>
    public static string NonDimensionalNote(int count, string? first) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} context(s) have segment or scenario content other than xbrldi members (first: context {first}); their facts bind to no statement, and are validated only with facts of the same content.");

    /// <summary>The report's note on linkbase references, which are not kept (both XML readers).</summary>
    public static string LinkbaseRefsNote(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} link:linkbaseRef element(s) ignored; only schemaRefs are recorded.");

    /// <summary>The first of them, for the note.</summary>
    protected string? FirstNonDimensionalContext { get; private set; }

    /// <summary>The line of the node the reader is on.</summary>
    protected int Line => lineInfo?.LineNumber ?? 0;

    /// <summary>The column of the '&lt;' of the element the reader is on (XmlReader places it at the name).</summary>
    protected int ElementColumn => Math.Max(1, (lineInfo?.LinePosition ?? 1) - 1);

    /// <summary>The column the reader reports for the node it is on.</summary>
    protected int NodeColumn => lineInfo?.LinePosition ?? 0;

    /// <summary>Whether a name read is the atomized name given.</summary>
    protected static bool Is(string name, string atomized) => ReferenceEquals(name, atomized);

    protected void ReadContext()
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
            NonDimensionalContextCount++;
            FirstNonDimensionalContext ??= string.Create(CultureInfo.InvariantCulture, $"{Excerpt.Quote(id)} at line {line}");
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
    protected string? ReadSegmentOrScenario(string contextId, ref List<ExplicitMember>? dimensions, ref List<TypedMember>? typed)
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
    protected void AppendCanonical(StringBuilder into)
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

    protected void EnsureNewAxis(QName axis, string contextId, List<ExplicitMember>? dimensions, List<TypedMember>? typed, int line, int column)
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

    protected QName ReadDimensionAttribute(string contextId)
    {
        var line = Line;
        var column = ElementColumn;
        var text = xml.GetAttribute("dimension")
            ?? throw Error($"An {xml.LocalName} in context {Excerpt.Quote(contextId)} has no dimension attribute.");
        return ResolveQName(text, new What(Part.DimensionAttribute, contextId, Word: xml.LocalName), line, column);
    }

    protected Period ReadPeriod(string contextId)
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

    protected void ReadUnit()
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

    protected QName ReadMeasure(string unitId)
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

    /// <summary>
    /// Enters the children of the current element: <see langword="false"/> when it is empty, having moved past it.
    /// Then <see cref="NextChild"/> goes from one child element to the next.
    /// </summary>
    protected bool StartChildren()
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
    protected bool NextChild(in What what)
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
    protected string ReadSimpleContent(in What what)
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
    protected void SkipElement()
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

    protected void CheckDepth()
    {
        if (xml.Depth > options.MaxDepth)
        {
            throw Error(string.Create(CultureInfo.InvariantCulture, $"Elements are nested more than {options.MaxDepth} deep (XbrlReaderOptions.MaxDepth)."));
        }
    }

    /// <summary>The local name of the current element, which must be in the xbrli namespace.</summary>
    protected string XbrliChild() =>
        Is(xml.NamespaceURI, xbrliNs) ? xml.LocalName : throw Error($"Unexpected element {Describe()}.");

    protected QName ResolveQName(string text, in What what, int line, int column)
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

    protected string Describe() =>
        xml.NamespaceURI.Length == 0 ? xml.LocalName : $"{xml.Name} ({{{xml.NamespaceURI}}}{xml.LocalName})";

    protected XbrlFormatException Error(string reason) => new(reason, document, Line, ElementColumn);

    protected static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    /// <summary>An <c>xsi:nil</c> value; false when absent.</summary>
    protected bool ParseNil(string? nilText, QName concept, int line, int column) => nilText?.Trim() switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw new XbrlFormatException($"The fact {concept} has xsi:nil=\"{nilText}\", which is not a boolean.", document, line, column),
    };

    /// <summary>A <c>decimals</c> value; null when absent.</summary>
    protected Decimals? ParseDecimals(string? decimalsText, QName concept, int line, int column)
    {
        if (decimalsText is null)
        {
            return null;
        }

        return Decimals.TryParse(decimalsText, out var parsed)
            ? parsed
            : throw new XbrlFormatException($"The fact {concept} has decimals=\"{decimalsText}\", which is neither INF nor an integer.", document, line, column);
    }

    /// <summary>A <c>precision</c> value: a finite precision, or whether it is INF.</summary>
    protected (int? Precision, bool IsInfinite) ParsePrecision(string? precisionText, QName concept, int line, int column)
    {
        if (precisionText is null)
        {
            return (null, false);
        }

        var p = precisionText.Trim();
        if (p == "INF")
        {
            return (null, true);
        }

        if (int.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0)
        {
            return (parsed, false);
        }

        throw new XbrlFormatException($"The fact {concept} has precision=\"{precisionText}\", which is neither INF nor a non-negative integer.", document, line, column);
    }

    /// <summary>How many numeric values no decimal holds, for the note.</summary>
    protected int UnrepresentableNumberCount { get; private set; }

    /// <summary>The first of them, for the note.</summary>
    protected string? FirstUnrepresentableNumber { get; private set; }

    /// <summary>A numeric fact's value (<see cref="XbrlNumber"/>): null, counted for the note, when no decimal holds it.</summary>
    protected decimal? ParseNumber(string value, QName concept, int line, int column)
    {
        switch (XbrlNumber.Parse(value, out var number))
        {
            case XbrlNumber.Kind.Number:
                return number;
            case XbrlNumber.Kind.Unrepresentable:
                UnrepresentableNumberCount++;
                FirstUnrepresentableNumber ??= XbrlNumber.Describe(concept, value, string.Create(CultureInfo.InvariantCulture, $"line {line}"));
                return null;
        }

        throw new XbrlFormatException($"The numeric fact {concept} has the value {Excerpt.Quote(value)}, which is not a number.", document, line, column);
    }
}
