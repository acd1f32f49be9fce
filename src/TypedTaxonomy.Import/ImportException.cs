using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedTaxonomy.Import;

/// <summary>
/// The input cannot be imported: malformed XML, a file that is not a taxonomy schema, a missing file. Carries the
/// place so that the tool can print <c>file(line,col): error: message</c> as compilers do.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="filePath">The file at fault.</param>
    /// <param name="line">The line, from 1; 0 when unknown.</param>
    /// <param name="column">The column, from 1; 0 when unknown.</param>
    /// <param name="reason">What is wrong, without the place.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public ImportException(string filePath, int line, int column, string reason, Exception? innerException = null)
        : base(Format(filePath, line, column, reason), innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The file at fault.</summary>
    public string FilePath { get; }

    /// <summary>The line, from 1; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The column, from 1; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Reason { get; }

    /// <summary>When the taxonomy breaks rules of XBRL 2.1: every error found, each at its place with Arelle's code; empty otherwise.</summary>
    public IReadOnlyList<Dts.DtsFinding> Findings { get; init; } = [];

    private static string Format(string filePath, int line, int column, string reason) =>
        line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{filePath}({line},{column}): error: {reason}")
            : $"{filePath}: error: {reason}";
}
