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
        var link = kind switch { "pre" => "presentation", "cal" => "calculation", _ => "definition" };
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Append("<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n")
            .Append("  <link:").Append(link).Append("Link xlink:type=\"extended\" xlink:role=\"").Append(Role).Append("\">\n");
        var located = new HashSet<string>();
        var arcText = new StringBuilder();
        foreach (var (from, to, arcrole) in arcs)
        {
            foreach (var name in new[] { from, to })
            {
                if (located.Add(name))
                {
                    text.Append("    <link:loc xlink:type=\"locator\" xlink:href=\"h.xsd#h_").Append(name).Append("\" xlink:label=\"").Append(name).Append("\"/>\n");
                }
            }

            arcText.Append("    <link:").Append(link).Append("Arc xlink:type=\"arc\" xlink:from=\"").Append(from).Append("\" xlink:to=\"").Append(to)
                .Append("\" xlink:arcrole=\"").Append(arcrole).Append(kind == "cal" ? "\" weight=\"1\"/>\n" : "\"/>\n");
        }

        text.Append(arcText).Append("  </link:").Append(link).Append("Link>\n</link:linkbase>\n");
        File.WriteAllText(Path.Combine(directory, "h_" + kind + ".xml"), text.ToString());
        WriteSchema();
        return this;
    }

    /// <summary>The line of the <paramref name="n"/>-th arc (from 0) of a linkbase written with <paramref name="locators"/> locators.</summary>
    public static int ArcLine(int locators, int n) => 3 + locators + n + 1;

    public void WriteSchema() => File.WriteAllText(SchemaPath, $"""
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
        {elements}</xs:schema>

        """);

    /// <summary>C0 → C1 → ... → C(length), one arc of <paramref name="arcrole"/> per step.</summary>
    public static IEnumerable<(string, string, string)> Chain(int length, string arcrole)
    {
        for (var i = 0; i < length; i++)
        {
            yield return ("C" + i, "C" + (i + 1), arcrole);
        }
    }
}
