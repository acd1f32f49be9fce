using System.Collections.Generic;

namespace TypedTaxonomy.Import.Writing;

/// <summary>One schema file the import produced, with what it holds.</summary>
internal sealed record WrittenFile(string Path, string Prefix, string Text, ImportedFileSummary Summary, IReadOnlyList<InferredAttribute> Inferred);
