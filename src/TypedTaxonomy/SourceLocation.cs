using System.Globalization;

namespace TypedTaxonomy;

/// <summary>Where something is in a source document, for messages that send a person to it.</summary>
/// <param name="Document">The document's path or URI.</param>
/// <param name="Line">The line, from 1; 0 when unknown.</param>
/// <param name="Column">The column in characters, from 1; 0 when unknown.</param>
/// <param name="JsonPath">The JSON path (<c>$.facts.f12</c>) in a JSON document; <see langword="null"/> otherwise.</param>
public readonly record struct SourceLocation(string Document, int Line, int Column, string? JsonPath)
{
    /// <summary><c>document(line,column)</c>, followed by the JSON path when there is one.</summary>
    public override string ToString()
    {
        var position = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Document}({Line},{Column})")
            : Document;
        return JsonPath is null ? position : position + " " + JsonPath;
    }
}
