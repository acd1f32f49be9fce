namespace TypedTaxonomy;

/// <summary>
/// The entity a fact is about: an identifier within an identification scheme, such as CIK <c>0000320193</c> in
/// scheme <c>http://www.sec.gov/CIK</c>.
/// </summary>
/// <param name="Scheme">The scheme URI.</param>
/// <param name="Identifier">The identifier within the scheme.</param>
public readonly record struct EntityIdentifier(string Scheme, string Identifier)
{
    /// <summary>The entity OIM uses for a fact reported without one (scheme https://xbrl.org/2021/entities, identifier NA).</summary>
    public static EntityIdentifier None => new(XbrlNamespaces.OimNoEntityScheme, "NA");

    /// <summary><c>scheme#identifier</c>.</summary>
    public override string ToString() => Scheme + "#" + Identifier;
}
