using System;
using System.IO;

namespace TypedTaxonomy.Xbrl;

/// <summary>A read-only view of a stream that fails once more than a set number of bytes have been read.</summary>
internal sealed class LimitedReadStream(Stream inner, long limit, bool ownsInner = false) : ForwardReadStream
{
    private long read;

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        read += n;
        if (read > limit)
        {
            throw new DocumentTooLargeException(limit);
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsInner)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
