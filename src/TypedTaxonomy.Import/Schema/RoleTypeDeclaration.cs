namespace TypedTaxonomy.Import.Schema;

/// <summary>A <c>link:roleType</c>: an extended link role and its human definition.</summary>
internal sealed record RoleTypeDeclaration(string RoleUri, string? Definition, int Index);
