namespace TypedTaxonomy.Import.Model;

/// <summary>A unit as the output declares it: an id (a C# identifier) and its measures written as QNames.</summary>
internal sealed record UnitInfo(string Id, string Measures);
