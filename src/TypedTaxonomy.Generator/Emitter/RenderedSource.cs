using System;
using System.Threading;
using TypedTaxonomy.Generator.Specs;

namespace TypedTaxonomy.Generator.Emitter;

/// <summary>A rendered file, or the reason it could not be planned or rendered.</summary>
internal sealed record RenderedSource(string HintName, string SourcePath, string? Text, string? Failure)
{
    /// <summary>Plans the file of a slice and renders it. Never throws (except for cancellation).</summary>
    public static RenderedSource Render(SpecSlice slice, CancellationToken cancellationToken)
    {
        SourceFileSpec spec;
        try
        {
            spec = SpecBuilder.Plan(slice);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new RenderedSource(string.Empty, slice.SourcePath, null, $"while planning the {slice.Kind.ToString().ToLowerInvariant()} file of '{slice.Prefix}' {slice.Key}: {exception.GetType().Name}: {exception.Message}");
        }

        return Render(spec, cancellationToken);
    }

    /// <summary>Renders a spec. Never throws (except for cancellation).</summary>
    public static RenderedSource Render(SourceFileSpec spec, CancellationToken cancellationToken)
    {
        try
        {
            return new RenderedSource(spec.HintName, spec.SourceFile, SourceRenderer.Render(spec, cancellationToken), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new RenderedSource(spec.HintName, spec.SourceFile, null, $"while rendering {spec.HintName}: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
