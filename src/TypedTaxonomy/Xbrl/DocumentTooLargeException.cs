using System.Globalization;
using System.IO;

namespace TypedTaxonomy.Xbrl;

/// <summary>Raised inside a reader when a document passes <see cref="XbrlReaderOptions.MaxDocumentBytes"/>; the reader turns it into an <see cref="XbrlFormatException"/> with a position.</summary>
internal sealed class DocumentTooLargeException(long limit)
    : IOException(string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limit} bytes (XbrlReaderOptions.MaxDocumentBytes)."))
{
}
