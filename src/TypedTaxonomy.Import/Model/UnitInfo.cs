using System;
using System.Linq;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Import.Model;

/// <summary>A unit as the output declares it: an id (a C# identifier) and its measures written as QNames.</summary>
/// <param name="Id">The unit's id.</param>
/// <param name="Measures">The measures as the instance reader writes them: <c>a * b / c</c>.</param>
internal sealed record UnitInfo(string Id, string Measures)
{
    /// <summary>The measures multiplied above and below the line (the second empty for a unit without a division).</summary>
    public static (string[] Numerator, string[] Denominator) Split(string measures)
    {
        var sides = measures.Split(new[] { " / " }, StringSplitOptions.None);
        string[] Factors(string side) => side.Split(new[] { " * " }, StringSplitOptions.None);
        return (Factors(sides[0]), sides.Length == 1 ? Array.Empty<string>() : Factors(sides[1]));
    }

    /// <summary>The unit as a schema file declares it.</summary>
    public UnitDefinition ToDefinition()
    {
        var (numerator, denominator) = Split(Measures);
        return new UnitDefinition(
            new Located<string>(Id, default),
            numerator.Select(m => new Located<string>(m, default)).ToEquatableArray(),
            denominator.Select(m => new Located<string>(m, default)).ToEquatableArray());
    }
}
