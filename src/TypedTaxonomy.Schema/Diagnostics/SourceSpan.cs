using System;

namespace TypedTaxonomy.Schema.Diagnostics;

/// <summary>
/// A place in a schema file. Lines and columns are 1-based as editors show them; offsets are 0-based
/// character indexes, which is what Roslyn's <c>TextSpan</c> wants.
/// </summary>
public readonly record struct SourceSpan(
    string FilePath,
    int StartOffset,
    int StartLine,
    int StartColumn,
    int EndOffset,
    int EndLine,
    int EndColumn)
{
    /// <summary>The whole first line of a file: where file-level problems are reported.</summary>
    public static SourceSpan StartOf(string filePath) => new(filePath, 0, 1, 1, 0, 1, 1);

    /// <summary>Length in characters, never negative.</summary>
    public int Length => Math.Max(0, EndOffset - StartOffset);

    /// <summary>The span from the start of this one to the end of <paramref name="other"/>.</summary>
    public SourceSpan Through(SourceSpan other) =>
        new(FilePath, StartOffset, StartLine, StartColumn, other.EndOffset, other.EndLine, other.EndColumn);

    /// <inheritdoc />
    public override string ToString() => $"{FilePath}({StartLine},{StartColumn})";
}
