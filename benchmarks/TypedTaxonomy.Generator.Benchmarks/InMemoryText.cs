using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TypedTaxonomy.Generator.Benchmarks;

/// <summary>An additional file held in memory, as an editor or the driver hands it to the generator.</summary>
internal sealed class InMemoryText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryText(string path, string content)
    {
        Path = path;
        text = SourceText.From(content);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
