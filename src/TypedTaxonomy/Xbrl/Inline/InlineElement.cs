namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>The Inline XBRL elements the reader keeps until the document set is read.</summary>
internal enum InlineKind
{
    NonFraction,
    NonNumeric,
    Fraction,
    Numerator,
    Denominator,
    Tuple,
    Footnote,
    Continuation,
}

/// <summary>
/// An Inline XBRL element as read: its attributes, where it is, and the text (and, where it is kept as markup, the
/// markup) it displays. Facts are made from these once the whole document set is read, since contexts, units,
/// continuations and tuples may come after the facts that use them, or in another document.
/// </summary>
internal sealed class InlineElement(InlineKind kind, string document, int line, int column)
{
    public InlineKind Kind { get; } = kind;

    public string Document { get; } = document;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The concept (<c>name</c>), when it resolved.</summary>
    public QName Concept { get; set; }

    public string? ContextRef { get; set; }

    public string? UnitRef { get; set; }

    public string? DecimalsText { get; set; }

    public string? PrecisionText { get; set; }

    /// <summary>The <c>format</c> attribute as written.</summary>
    public string? FormatText { get; set; }

    /// <summary>The format's namespace, when its prefix resolved.</summary>
    public string? FormatNamespace { get; set; }

    public string? FormatLocalName { get; set; }

    public string? ScaleText { get; set; }

    public bool IsNegative { get; set; }

    public bool Escape { get; set; }

    public string? ContinuedAt { get; set; }

    public string? Id { get; set; }

    public string? Target { get; set; }

    public string? TupleRef { get; set; }

    public string? TupleId { get; set; }

    public string? OrderText { get; set; }

    public string? NilText { get; set; }

    public string? Language { get; set; }

    /// <summary>For footnotes: <c>footnoteRole</c>.</summary>
    public string? Role { get; set; }

    /// <summary>The <c>ix:tuple</c> the element is nested in, if any.</summary>
    public InlineElement? ParentTuple { get; set; }

    /// <summary>For tuples: their number in the document set, from 1, in document order.</summary>
    public int TupleNumber { get; set; }

    /// <summary>For a fraction: its numerator and denominator.</summary>
    public InlineElement? Numerator { get; set; }

    public InlineElement? Denominator { get; set; }

    /// <summary>Whether the fact is nil.</summary>
    public bool IsNil { get; set; }

    public Decimals? Decimals { get; set; }

    public int? Precision { get; set; }

    public bool IsPrecisionInfinite { get; set; }

    /// <summary>For numbers, once read: the value as XBRL reads it (after format, scale and sign).</summary>
    public string? Value { get; set; }

    public decimal? NumericValue { get; set; }

    /// <summary>The text the element displays, when it is read as text.</summary>
    public ContentRange? Text { get; set; }

    /// <summary>What the element displays written as markup, when it is read as markup.</summary>
    public ContentRange? Markup { get; set; }

    /// <summary>Whether an error was found in its attributes, so that it makes no fact.</summary>
    public bool IsInvalid { get; set; }

    /// <summary>How many <c>continuedAt</c> references reach it (continuations only).</summary>
    public int ReferenceCount { get; set; }

    /// <summary>Whether the element is a fact (an item), as opposed to a tuple, footnote or continuation.</summary>
    public bool IsItem => Kind is InlineKind.NonFraction or InlineKind.NonNumeric or InlineKind.Fraction;

    public SourceLocation Location => new(Document, Line, Column, null);
}
