using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using TypedTaxonomy.Import.Packages;

namespace TypedTaxonomy.Import.Xml;

/// <summary>Loads taxonomy XML files with line information and turns every failure into a located <see cref="ImportException"/>.</summary>
internal static class XmlInput
{
    /// <summary>Loads <paramref name="path"/>, from inside a zip package of <paramref name="packages"/> when it lies in one.</summary>
    public static XDocument Load(string path, PackageFiles? packages = null)
    {
        using var inZip = packages?.OpenInZip(path);
        if (inZip is null && !File.Exists(path))
        {
            throw new ImportException(path, 0, 0, "the file does not exist");
        }

        // Taxonomy files never need a DTD or an external entity; refusing them keeps a hostile file from reaching out.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = inZip ?? File.OpenRead(path);
            using var reader = XmlReader.Create(stream, settings, path);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new ImportException(path, e.LineNumber, e.LinePosition, "not well-formed XML: " + StripPosition(e.Message), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException(path, 0, 0, e.Message, e);
        }
    }

    /// <summary>The 1-based line and column of an element, or (0, 0) when unknown.</summary>
    public static (int Line, int Column) Position(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);

    /// <summary>An error located at <paramref name="node"/>.</summary>
    public static ImportException Error(string path, XObject node, string reason)
    {
        var (line, column) = Position(node);
        return new ImportException(path, line, column, reason);
    }

    // XmlException appends "Line 3, position 7." to its message; the place is already printed in front.
    private static string StripPosition(string message)
    {
        var index = message.IndexOf(" Line ", StringComparison.Ordinal);
        return index > 0 ? message.Substring(0, index) : message;
    }
}
