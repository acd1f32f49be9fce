namespace TypedTaxonomy.Generator.Pipeline;

/// <summary>The names of the tracked pipeline steps, which incremental-caching tests assert on.</summary>
internal static class TrackingNames
{
    /// <summary>Each schema file parsed on its own, and the records of what it declares made (resolution's first step).</summary>
    public const string ParseFile = nameof(ParseFile);

    /// <summary>The declared files linked into taxonomies: what needs every file.</summary>
    public const string Link = nameof(Link);

    /// <summary>Each file with what its statements and calculations read of the linked set.</summary>
    public const string FileInput = nameof(FileInput);

    /// <summary>Each file's statements and calculations resolved on what they read of the set.</summary>
    public const string ResolveFile = nameof(ResolveFile);

    /// <summary>The resolved files assembled into the set, cut into the slices of the files to generate.</summary>
    public const string Resolve = nameof(Resolve);

    /// <summary>The diagnostics found across files, reported with the plan.</summary>
    public const string SetDiagnostics = nameof(SetDiagnostics);

    /// <summary>One slice of the resolved set per generated file: what the file is built from.</summary>
    public const string SourceFiles = nameof(SourceFiles);

    /// <summary>One generated file rendered to text.</summary>
    public const string Render = nameof(Render);
}
