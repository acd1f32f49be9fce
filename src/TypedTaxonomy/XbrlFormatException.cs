using System;
using System.Globalization;

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
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

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
