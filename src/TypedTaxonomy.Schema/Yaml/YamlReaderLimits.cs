namespace TypedTaxonomy.Schema.Yaml;

/// <summary>
/// Bounds that keep a hostile or broken schema file from exhausting the compiler process.
/// The defaults leave ample room for US-GAAP (about 17,000 concepts, a few MB per file).
/// </summary>
public sealed record YamlReaderLimits(int MaxCharacters, int MaxDepth, int MaxNodes)
{
    /// <summary>32 Mi characters, 64 levels, 4 million nodes.</summary>
    public static YamlReaderLimits Default { get; } = new(32 * 1024 * 1024, 64, 4_000_000);
}
