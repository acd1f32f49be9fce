using System;
using System.IO;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests;

/// <summary>A stream that can only be read forward, like a network response.</summary>
internal sealed class NonSeekableStream(byte[] data) : ForwardReadStream
{
    private readonly MemoryStream inner = new(data);

    public override int Read(Span<byte> buffer) => inner.Read(buffer);
}
