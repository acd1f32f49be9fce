using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TypedTaxonomy;

/// <summary>
/// A document is not well-formed XBRL (or xBRL-JSON), or breaks a limit set for reading it. The message names the
/// document, line, column and, for JSON, the path of the offending value.
/// </summary>
public sealed class XbrlFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, without the position.</param>
    /// <param name="document">The document's path or URI.</param>
    /// <param name="line">The line, from 1; 0 when unknown.</param>
    /// <param name="column">The column in characters, from 1; 0 when unknown.</param>
    /// <param name="jsonPath">The JSON path of the offending value, for JSON documents.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public XbrlFormatException(
        string reason,
        string? document,
        int line,
        int column,
        string? jsonPath = null,
        Exception? innerException = null)
        : base(FormatMessage(reason, document, line, column, jsonPath), innerException)
    {
        Reason = reason;
        Document = document;
        Line = line;
        Column = column;
        JsonPath = jsonPath;
        Errors = [new XbrlFormatError(null, reason, Location)];
    }

    /// <summary>
    /// Creates the exception for the errors a reader found in one pass: the message gives every one of them, a line
    /// each; <see cref="Reason"/>, <see cref="Code"/> and the position are the first's.
    /// </summary>
    /// <param name="errors">The errors, in the order found; at least one.</param>
    /// <param name="partialReport">What was read in spite of them, if anything.</param>
    /// <param name="innerException">The error that stopped reading, if one did.</param>
    public XbrlFormatException(IReadOnlyList<XbrlFormatError> errors, XbrlReport? partialReport = null, Exception? innerException = null)
        : base(FormatMessage(errors), innerException)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("At least one error is needed.", nameof(errors));
        }

        var first = errors[0];
        Reason = first.Reason;
        Code = first.Code;
        Document = first.Location.Document;
        Line = first.Location.Line;
        Column = first.Location.Column;
        JsonPath = first.Location.JsonPath;
        Errors = [.. errors];
        PartialReport = partialReport;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    /// <summary>The specification's code for the (first) error (<c>ix11.10.1.2:invalidTransformation</c>), when it has one.</summary>
    public string? Code { get; }

    /// <summary>Every error found, in the order found: one for most readers, which stop at the first; all of them for the Inline XBRL reader, which reads on where it can.</summary>
    public IReadOnlyList<XbrlFormatError> Errors { get; }

    /// <summary>The facts read in spite of the errors (those without one), when the reader could read on; null otherwise.</summary>
    public XbrlReport? PartialReport { get; }

    /// <summary>The document's path or URI.</summary>
    public string? Document { get; }

    /// <summary>The line, from 1; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The column in characters, from 1; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The code of the XBRL rule the document breaks, as Arelle reports it, when one is known (<c>xbrl.4.7.2:periodStartBeforeEnd</c>).</summary>
    public string? Rule { get; init; }

    /// <summary>The JSON path of the offending value (<c>$.facts.f12.dimensions.period</c>), for JSON documents.</summary>
    public string? JsonPath { get; }

    /// <summary>The position as a <see cref="SourceLocation"/>.</summary>
    public SourceLocation Location => new(Document ?? string.Empty, Line, Column, JsonPath);

    private static string FormatMessage(IReadOnlyList<XbrlFormatError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
    }

    private static string FormatMessage(string reason, string? document, int line, int column, string? jsonPath)
    {
        var place = document ?? "<document>";
        if (line > 0)
        {
            place += string.Create(CultureInfo.InvariantCulture, $"({line},{column})");
        }

        if (jsonPath is not null)
        {
            place += " at " + jsonPath;
        }

        return place + ": " + reason;
    }
}

/// <summary>One error in a document: its specification code if it has one, what is wrong, and where.</summary>
/// <param name="Code">The specification's code (<c>ix11.4.1.2:continuationNotReferenced</c>), or null.</param>
/// <param name="Reason">What is wrong, without the position.</param>
/// <param name="Location">Where.</param>
public sealed record XbrlFormatError(string? Code, string Reason, SourceLocation Location)
{
    /// <summary><c>document(line,column): code: reason</c>.</summary>
    public override string ToString() => Location + ": " + (Code is null ? Reason : Code + ": " + Reason);
}
