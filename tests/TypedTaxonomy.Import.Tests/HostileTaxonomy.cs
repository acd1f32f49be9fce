using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TypedTaxonomy.Import.Tests;

/// <summary>
/// Writes a generated extension taxonomy (<c>h.xsd</c> and its linkbases) of any size into a directory, for the
/// hostile-input tests: concepts <c>h:C0</c>, <c>h:C1</c>, ... and arcs between them given as index pairs.
/// </summary>
internal sealed class HostileTaxonomy
{
    private const string Role = "http://example.com/hostile/role/Statement";
    private readonly string directory;
    private const string ElementsHere = "\u0001";
    private readonly StringBuilder elements = new();

    public HostileTaxonomy(string directory) => this.directory = directory;

    public string SchemaPath => Path.Combine(directory, "h.xsd");

    /// <summary>Duration concepts C0 .. C(count - 1), monetary and debit unless another type is given.</summary>
    public HostileTaxonomy Concepts(int count, string substitutionGroup = "xbrli:item", string type = "xbrli:monetaryItemType")
    {
        for (var i = 0; i < count; i++)
        {
            elements.Append("  <xs:element id=\"h_C").Append(i).Append("\" name=\"C").Append(i).Append("\" type=\"").Append(type)
                .Append("\" substitutionGroup=\"").Append(substitutionGroup).Append("\" nillable=\"true\" xbrli:periodType=\"duration\"")
                .Append(type == "xbrli:monetaryItemType" ? " xbrli:balance=\"debit\"/>\n" : "/>\n"); // XBRL 2.1 gives a balance to monetary items only
        }

        return this;
    }

    /// <summary>An element declared as written (an axis, a domain).</summary>
    public HostileTaxonomy Element(string name, string type, string substitutionGroup)
    {
        elements.Append("  <xs:element id=\"h_").Append(name).Append("\" name=\"").Append(name).Append("\" type=\"").Append(type)
            .Append("\" substitutionGroup=\"").Append(substitutionGroup).Append("\" abstract=\"true\" nillable=\"true\" xbrli:periodType=\"duration\"/>\n");
        return this;
    }

    /// <summary>Writes the schema and a linkbase of <paramref name="kind"/> (pre, cal, def) with the given arcs.</summary>
    public HostileTaxonomy Linkbase(string kind, IEnumerable<(string From, string To, string Arcrole)> arcs)
    {
        // Written as it is made (100,000 locators and arcs): the locators, each where its name first appears, then the arcs.
        var link = kind switch { "pre" => "presentation", "cal" => "calculation", _ => "definition" };
        var list = arcs as IReadOnlyList<(string From, string To, string Arcrole)> ?? new List<(string, string, string)>(arcs);
        using (var text = new StreamWriter(Path.Combine(directory, "h_" + kind + ".xml")))
        {
            text.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            text.Write("<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n");
            text.Write("  <link:" + link + "Link xlink:type=\"extended\" xlink:role=\"" + Role + "\">\n");
            var located = new HashSet<string>();
            foreach (var (from, to, _) in list)
            {
                foreach (var name in new[] { from, to })
                {
                    if (located.Add(name))
                    {
                        text.Write("    <link:loc xlink:type=\"locator\" xlink:href=\"h.xsd#h_" + name + "\" xlink:label=\"" + name + "\"/>\n");
                    }
                }
            }

            foreach (var (from, to, arcrole) in list)
            {
                text.Write("    <link:" + link + "Arc xlink:type=\"arc\" xlink:from=\"" + from + "\" xlink:to=\"" + to
                    + "\" xlink:arcrole=\"" + arcrole + (kind == "cal" ? "\" weight=\"1\"/>\n" : "\"/>\n"));
            }

            text.Write("  </link:" + link + "Link>\n</link:linkbase>\n");
        }

        WriteSchema();
        return this;
    }

    /// <summary>The line of the <paramref name="n"/>-th arc (from 0) of a linkbase written with <paramref name="locators"/> locators.</summary>
    public static int ArcLine(int locators, int n) => 3 + locators + n + 1;

    public void WriteSchema()
    {
        // The declarations (100,000 of them) are written from where they were made, between the schema's start and end.
        var schema = $"""
        <?xml version="1.0" encoding="utf-8"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance"
                   xmlns:xbrldt="http://xbrl.org/2005/xbrldt" xmlns:link="http://www.xbrl.org/2003/linkbase"
                   xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dtr-types="http://www.xbrl.org/dtr/type/2022-03-31"
                   xmlns:h="http://example.com/hostile" targetNamespace="http://example.com/hostile" elementFormDefault="qualified">
          <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
          <xs:annotation>
            <xs:appinfo>
              <link:roleType id="Statement" roleURI="{Role}">
                <link:definition>0000010 - Statement - Hostile</link:definition>
                <link:usedOn>link:presentationLink</link:usedOn>
              </link:roleType>
            </xs:appinfo>
          </xs:annotation>
        {ElementsHere}</xs:schema>

        """;
        var here = schema.IndexOf(ElementsHere, StringComparison.Ordinal);
        using var writer = new StreamWriter(SchemaPath);
        writer.Write(schema.AsSpan(0, here));
        writer.Write(elements);
        writer.Write(schema.AsSpan(here + ElementsHere.Length));
    }

    /// <summary>C0 → C1 → ... → C(length), one arc of <paramref name="arcrole"/> per step.</summary>
    public static IEnumerable<(string, string, string)> Chain(int length, string arcrole)
    {
        for (var i = 0; i < length; i++)
        {
            yield return ("C" + i, "C" + (i + 1), arcrole);
        }
    }
}
