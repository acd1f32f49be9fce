using System;
using System.Globalization;

namespace TypedTaxonomy.Xbrl.Packages;

/// <summary>
/// A taxonomy package or a report package cannot be used: it is not a readable archive, its folders are not laid
/// out as the specification asks, or a metadata file is malformed. <see cref="Code"/> is the specification's error
/// code (<c>tpe:invalidMetaDataFile</c>, <c>rpe:multipleReports</c>, ...), as Arelle reports it.
/// </summary>
public sealed class XbrlPackageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The specification's error code.</param>
    /// <param name="package">The package's path.</param>
    /// <param name="entry">The file inside the package at fault, if any (<c>top/META-INF/catalog.xml</c>).</param>
    /// <param name="line">The line in <paramref name="entry"/>, from 1; 0 when unknown.</param>
    /// <param name="column">The column in <paramref name="entry"/>, from 1; 0 when unknown.</param>
    /// <param name="reason">What is wrong, without the place.</param>
    /// <param name="innerException">The error that revealed the problem, if any.</param>
    public XbrlPackageException(string code, string package, string? entry, int line, int column, string reason, Exception? innerException = null)
        : base(Format(code, package, entry, line, column, reason), innerException)
    {
        Code = code;
        Package = package;
        Entry = entry;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The specification's error code (<c>tpe:invalidCatalogFile</c>).</summary>
    public string Code { get; }

    /// <summary>The package's path.</summary>
    public string Package { get; }

    /// <summary>The file inside the package at fault, if any.</summary>
    public string? Entry { get; }

    /// <summary>The line in <see cref="Entry"/>, from 1; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The column in <see cref="Entry"/>, from 1; 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place or the code.</summary>
    public string Reason { get; }

    /// <summary>The file at fault as one path (<c>package.zip/top/META-INF/catalog.xml</c>).</summary>
    public string Document => Entry is null ? Package : Package + "/" + Entry;

    /// <summary>The place as a <see cref="SourceLocation"/>.</summary>
    public SourceLocation Location => new(Document, Line, Column, null);

    private static string Format(string code, string package, string? entry, int line, int column, string reason)
    {
        var place = entry is null ? package : package + "/" + entry;
        if (line > 0)
        {
            place += string.Create(CultureInfo.InvariantCulture, $"({line},{column})");
        }

        return $"{place}: error {code}: {reason}";
    }
}
