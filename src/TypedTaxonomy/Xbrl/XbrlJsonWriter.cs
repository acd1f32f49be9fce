using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TypedTaxonomy.Xbrl;

/// <summary>
/// Writes an <see cref="XbrlReport"/> as an xBRL-JSON 1.0 document with <see cref="Utf8JsonWriter"/>.
/// </summary>
/// <remarks>
/// <para>
/// The output is deterministic: the same report gives the same bytes. Facts keep their order; properties come in a
/// fixed order (<c>value</c>, <c>decimals</c>, <c>dimensions</c>; within dimensions <c>concept</c>, <c>entity</c>,
/// <c>period</c>, <c>unit</c>, <c>language</c>, then axes sorted by name); namespaces are sorted by prefix and only
/// those used are declared.
/// </para>
/// <para>
/// The OIM mapping: a period is written as moments (an instant 2021-12-31 is <c>2022-01-01T00:00:00</c>), a forever
/// period and the <c>xbrli:pure</c> unit are left out, exact (INF) decimals are left out, a legacy precision is
/// written as the decimals it implies, and a fact without an id gets <c>f1</c>, <c>f2</c>, ...
/// </para>
/// </remarks>
public sealed class XbrlJsonWriter
{
    private static readonly JsonWriterOptions IndentedOptions = new()
    {
        Indented = true,
        // Text blocks are HTML: keep '<', '&' and non-ASCII text readable rather than \u-escaped. The output is
        // JSON, not HTML, so the escaping that matters (quotes, backslashes, control characters) is still done.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions CompactOptions = IndentedOptions with { Indented = false };

    /// <summary>Creates a writer.</summary>
    /// <param name="indented">Whether to indent the output (the default) or write it on one line.</param>
    public XbrlJsonWriter(bool indented = true)
    {
        Indented = indented;
    }

    /// <summary>Whether the output is indented.</summary>
    public bool Indented { get; }

    /// <summary>Writes a report to a stream as UTF-8, leaving the stream open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="InvalidOperationException">A fact cannot be expressed in xBRL-JSON (a precision of 0).</exception>
    public void Write(XbrlReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        var prefixes = new PrefixAssigner(report);
        using var json = new Utf8JsonWriter(stream, Indented ? IndentedOptions : CompactOptions);
        json.WriteStartObject();
        WriteDocumentInfo(json, report, prefixes);
        WriteFacts(json, report, prefixes);
        json.WriteEndObject();
    }

    /// <summary>Writes a report to a file.</summary>
    /// <param name="report">The report.</param>
    /// <param name="path">The file to create or replace.</param>
    public void WriteFile(XbrlReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(report, stream);
    }

    /// <summary>Writes a report to a string.</summary>
    /// <param name="report">The report.</param>
    public string WriteToString(XbrlReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteDocumentInfo(Utf8JsonWriter json, XbrlReport report, PrefixAssigner prefixes)
    {
        json.WriteStartObject("documentInfo");
        json.WriteString("documentType", XbrlNamespaces.XbrlJsonDocumentType);
        json.WriteStartObject("namespaces");
        foreach (var (prefix, uri) in prefixes.Declarations)
        {
            json.WriteString(prefix, uri);
        }

        json.WriteEndObject();
        json.WriteStartArray("taxonomy");
        foreach (var schema in report.SchemaRefs)
        {
            json.WriteStringValue(schema);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter json, XbrlReport report, PrefixAssigner prefixes)
    {
        var takenIds = new HashSet<string>(report.Facts.Where(f => !string.IsNullOrEmpty(f.Id)).Select(f => f.Id!), StringComparer.Ordinal);
        var writtenIds = new HashSet<string>(StringComparer.Ordinal);
        var nextId = 1;
        json.WriteStartObject("facts");
        foreach (var fact in report.Facts)
        {
            var id = fact.Id;
            if (string.IsNullOrEmpty(id) || !writtenIds.Add(id))
            {
                do
                {
                    id = "f" + nextId.ToString(CultureInfo.InvariantCulture);
                    nextId++;
                }
                while (takenIds.Contains(id) || !writtenIds.Add(id));
            }

            json.WriteStartObject(id);
            WriteFact(json, fact, prefixes);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter json, Fact fact, PrefixAssigner prefixes)
    {
        if (fact.IsNil || fact.Value is null)
        {
            json.WriteNull("value");
        }
        else
        {
            json.WriteString("value", fact.Value);
        }

        if (fact.IsNumeric && !fact.IsNil && DecimalsToWrite(fact) is { } places)
        {
            json.WriteNumber("decimals", places);
        }

        json.WriteStartObject("dimensions");
        json.WriteString("concept", prefixes.Format(fact.ConceptName));
        if (fact.Entity != EntityIdentifier.None)
        {
            json.WriteString("entity", prefixes.SchemePrefix(fact.Entity.Scheme) + ":" + fact.Entity.Identifier);
        }

        if (!fact.Period.IsForever)
        {
            json.WriteString("period", fact.Period.ToXbrlJson());
        }

        if (fact.Unit is { IsPure: false } unit)
        {
            json.WriteString("unit", unit.Format(prefixes.Format));
        }

        if (!fact.IsNumeric && fact.Language is not null)
        {
            json.WriteString("language", fact.Language);
        }

        if (fact.NonDimensionalContent is { } content)
        {
            // OIM has no place for it; XBRL International's conversion refuses it (xbrlxe:nonDimensionalSegmentScenarioContent).
            throw new InvalidOperationException(
                $"The fact {fact} has segment or scenario content other than axis members ({content}), which xBRL-JSON cannot express.");
        }

        var axes = new List<(string Axis, string Value)>(fact.Dimensions.Length + fact.TypedDimensions.Length);
        axes.AddRange(fact.Dimensions.Select(d => (prefixes.Format(d.Axis), prefixes.Format(d.Member))));
        axes.AddRange(fact.TypedDimensions.Select(t => (prefixes.Format(t.Axis), t.Value)));
        foreach (var (axis, value) in axes.OrderBy(a => a.Axis, StringComparer.Ordinal))
        {
            json.WriteString(axis, value);
        }

        json.WriteEndObject();
    }

    /// <summary>The decimals to write, or <see langword="null"/> to leave them out (exact values).</summary>
    private static int? DecimalsToWrite(Fact fact)
    {
        if (fact.Decimals is { } reported)
        {
            return reported.Places;
        }

        if (fact.Precision is 0)
        {
            throw new InvalidOperationException(
                $"The fact {fact} has precision 0, which xBRL-JSON cannot express (it has decimals only, and precision 0 implies none).");
        }

        return fact.EffectiveDecimals?.Places;
    }

    /// <summary>Chooses one prefix for each namespace and entity scheme the report's facts use.</summary>
    private sealed class PrefixAssigner
    {
        private readonly Dictionary<string, string> prefixByUri = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> uriByPrefix = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> schemePrefixByUri = new(StringComparer.Ordinal);
        private readonly ILookup<string, string> declaredPrefixes;

        public PrefixAssigner(XbrlReport report)
        {
            declaredPrefixes = report.Namespaces
                .Where(kv => kv.Key.Length > 0)
                .ToLookup(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
            foreach (var fact in report.Facts)
            {
                Add(fact.ConceptName);
                foreach (var d in fact.Dimensions)
                {
                    Add(d.Axis);
                    Add(d.Member);
                }

                foreach (var t in fact.TypedDimensions)
                {
                    Add(t.Axis);
                }

                if (fact.Unit is { IsPure: false } unit)
                {
                    foreach (var m in unit.Numerator.Concat(unit.Denominator))
                    {
                        Add(m);
                    }
                }

                if (fact.Entity != EntityIdentifier.None)
                {
                    AddScheme(fact.Entity.Scheme);
                }
            }
        }

        /// <summary>The namespace declarations to write, sorted by prefix.</summary>
        public IEnumerable<KeyValuePair<string, string>> Declarations =>
            uriByPrefix.OrderBy(kv => kv.Key, StringComparer.Ordinal);

        public string Format(QName name) => prefixByUri[name.NamespaceUri] + ":" + name.LocalName;

        public string SchemePrefix(string scheme) => schemePrefixByUri[scheme];

        private void Add(QName name)
        {
            if (prefixByUri.ContainsKey(name.NamespaceUri))
            {
                return;
            }

            // Standard namespaces always get their reserved prefix; others keep a prefix the document declared, or
            // the one the name was written with, unless it is reserved or taken.
            string prefix;
            if (XbrlNamespaces.StandardPrefixFor(name.NamespaceUri) is { } standard)
            {
                prefix = standard;
            }
            else
            {
                var candidates = declaredPrefixes[name.NamespaceUri].Order(StringComparer.Ordinal).ToList();
                if (name.Prefix.Length > 0)
                {
                    candidates.Add(name.Prefix);
                }

                prefix = candidates.FirstOrDefault(IsFree) ?? NewPrefix("ns");
            }

            Bind(prefix, name.NamespaceUri);
            prefixByUri[name.NamespaceUri] = prefix;
        }

        private void AddScheme(string scheme)
        {
            if (schemePrefixByUri.ContainsKey(scheme))
            {
                return;
            }

            if (prefixByUri.TryGetValue(scheme, out var existing))
            {
                schemePrefixByUri[scheme] = existing;
                return;
            }

            var preferred = scheme switch
            {
                "http://www.sec.gov/CIK" => "cik",
                "http://standard.iso.org/iso/17442" => "lei",
                _ => "scheme",
            };
            var prefix = IsFree(preferred) ? preferred : NewPrefix(preferred);
            Bind(prefix, scheme);
            schemePrefixByUri[scheme] = prefix;
        }

        private bool IsFree(string prefix) =>
            QName.IsNCName(prefix)
            && !uriByPrefix.ContainsKey(prefix)
            // A reserved prefix may only stand for its own namespace, which Add binds to it directly.
            && XbrlNamespaces.ResolveStandardPrefix(prefix) is null;

        private string NewPrefix(string stem)
        {
            for (var i = 1; ; i++)
            {
                var candidate = stem + i.ToString(CultureInfo.InvariantCulture);
                if (IsFree(candidate))
                {
                    return candidate;
                }
            }
        }

        private void Bind(string prefix, string uri) => uriByPrefix[prefix] = uri;
    }
}
