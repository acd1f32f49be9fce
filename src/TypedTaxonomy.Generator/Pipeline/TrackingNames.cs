namespace TypedTaxonomy.Generator.Pipeline;

/// <summary>The names of the tracked pipeline steps, which incremental-caching tests assert on.</summary>
internal static class TrackingNames
{
    /// <summary>Each schema file parsed on its own.</summary>
    public const string ParseFile = nameof(ParseFile);

    /// <summary>All parsed files resolved together into the specs of the files to generate.</summary>
    public const string Resolve = nameof(Resolve);

    /// <summary>The diagnostics found across files, reported with the plan.</summary>
    public const string SetDiagnostics = nameof(SetDiagnostics);

    /// <summary>One slice of the resolved set per generated file: what the file is built from.</summary>
    public const string SourceFiles = nameof(SourceFiles);

    /// <summary>One generated file rendered to text.</summary>
    public const string Render = nameof(Render);
}
