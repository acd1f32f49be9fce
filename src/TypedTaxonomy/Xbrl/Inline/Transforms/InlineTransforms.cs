using System;
using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("TypedTaxonomy.Tests")]

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// The Inline XBRL Transformation Registries (1 to 5) and the SEC's <c>ixt-sec</c> registry: the text an Inline XBRL
/// element displays, read through its <c>format</c>, becomes the XML Schema lexical value of the fact. Which formats
/// each registry defines lives in <see cref="TransformRegistry"/>; how each format reads its text follows Arelle's
/// <c>FunctionIxt.py</c> and its SEC transforms plug-in, the reference implementation.
/// </summary>
public static class InlineTransforms
{
    /// <summary>The error code for a format no registry known here defines (Inline XBRL 1.1, 10.1.2).</summary>
    internal const string InvalidTransformationCode = "ix11.10.1.2:invalidTransformation";

    /// <summary>The error code for text the format cannot read.</summary>
    internal const string ValueErrorCode = "ixTransform:valueError";

    /// <summary>
    /// Applies the transformation format named by its expanded name to the text an Inline XBRL element displays (the
    /// text after ix:exclude is removed and before scale/sign are applied). Never throws.
    /// </summary>
    /// <param name="formatNamespace">The namespace URI of the format's QName.</param>
    /// <param name="formatLocalName">The local name of the format's QName.</param>
    /// <param name="displayedText">The text the element displays.</param>
    public static TransformOutcome Apply(string formatNamespace, string formatLocalName, string displayedText)
    {
        if (!TransformRegistry.TryGet(formatNamespace, formatLocalName, out var transform))
        {
            return new TransformOutcome(null, InvalidTransformationCode,
                $"The format {{{formatNamespace}}}{formatLocalName} is not defined by a transformation registry this reader knows.");
        }

        string? value;
        try
        {
            value = transform(displayedText ?? string.Empty);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            value = null;
        }

        return value is not null
            ? new TransformOutcome(value, null, null)
            : new TransformOutcome(null, ValueErrorCode,
                $"The text '{Excerpt.Shorten(displayedText ?? string.Empty)}' cannot be read by the format {{{formatNamespace}}}{formatLocalName}.");
    }

    /// <summary>Whether the format (namespace URI + local name) is defined by a registry this reader knows.</summary>
    /// <param name="formatNamespace">The namespace URI of the format's QName.</param>
    /// <param name="formatLocalName">The local name of the format's QName.</param>
    public static bool IsKnown(string formatNamespace, string formatLocalName) =>
        TransformRegistry.TryGet(formatNamespace, formatLocalName, out _);
}

/// <summary>What applying a transformation format gave.</summary>
/// <param name="Value">The XML Schema lexical value (e.g. "1234.5", "2025-03-29", "--03-29", "true", "P2Y") when it succeeded.</param>
/// <param name="ErrorCode">
/// <c>ix11.10.1.2:invalidTransformation</c> for an unknown format, <c>ixTransform:valueError</c> for text the format
/// cannot read; null when it succeeded.
/// </param>
/// <param name="Message">What went wrong, for the error report; null when it succeeded.</param>
public readonly record struct TransformOutcome(string? Value, string? ErrorCode, string? Message)
{
    /// <summary>Whether the format read the text.</summary>
    public bool Succeeded => ErrorCode is null;
}
