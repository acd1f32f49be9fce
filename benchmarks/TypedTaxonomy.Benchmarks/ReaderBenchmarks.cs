using System.IO;
using System.Text.Json;
using System.Xml;
using BenchmarkDotNet.Attributes;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Benchmarks;

/// <summary>
/// Loading Apple's 10-K instance (1,164 facts) as XBRL XML and as xBRL-JSON, next to a bare XmlReader /
/// Utf8JsonReader pass over the same bytes, the practical limit of any reader built on them.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private byte[] xml = null!;
    private byte[] json = null!;

    [GlobalSetup]
    public void Setup()
    {
        xml = File.ReadAllBytes(RepositoryFiles.Shared("data/sec-filings/aapl-10k-2023/aapl-20230930_htm.xml"));
        var report = new XbrlInstanceReader().Read(new MemoryStream(xml), "aapl-20230930_htm.xml");
        using var buffer = new MemoryStream();
        new XbrlJsonWriter(indented: false).Write(report, buffer);
        json = buffer.ToArray();
    }

    [Benchmark]
    public int RawXmlReader()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                elements++;
                if (reader.HasAttributes)
                {
                    while (reader.MoveToNextAttribute())
                    {
                        _ = reader.Value;
                    }

                    reader.MoveToElement();
                }
            }
            else if (reader.NodeType == XmlNodeType.Text)
            {
                _ = reader.Value;
            }
        }

        return elements;
    }

    [Benchmark]
    public int XbrlXml() => new XbrlInstanceReader().Read(new MemoryStream(xml), "aapl.xml").Facts.Count;

    [Benchmark]
    public int RawUtf8JsonReader()
    {
        var reader = new Utf8JsonReader(json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                _ = reader.GetString();
            }
        }

        return tokens;
    }

    [Benchmark]
    public int XbrlJson() => new XbrlJsonReader().Read(json, "aapl.json").Facts.Count;
}
