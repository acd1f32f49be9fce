using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Xbrl;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Import.Inference;

/// <summary>The facts of an instance, summarised per concept, axis and unit for inference.</summary>
internal sealed class InstanceFacts
{
    private InstanceFacts(string path, XbrlReport report)
    {
        Path = path;
        Report = report;
    }

    public string Path { get; }

    /// <summary>The file name, as the <c># inferred</c> comments cite it.</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    public XbrlReport Report { get; }

    public Dictionary<ConceptName, FactEvidence> Evidence { get; } = new();

    /// <summary>Facts per explicit (axis, member) pair of their contexts.</summary>
    public Dictionary<(ConceptName Axis, ConceptName Member), int> ExplicitMembers { get; } = new();

    /// <summary>Facts per typed dimension.</summary>
    public Dictionary<ConceptName, int> TypedAxes { get; } = new();

    /// <summary>Units by their measures as written in the output (<c>iso4217:USD / xbrli:shares</c>), with the facts that use each.</summary>
    public SortedDictionary<string, (Unit Unit, int Facts)> Units { get; } = new(StringComparer.Ordinal);

    public static InstanceFacts Read(string path, NamespacePrefixes prefixes)
    {
        if (!File.Exists(path))
        {
            throw new ImportException(path, 0, 0, "the file does not exist");
        }

        XbrlReport report;
        try
        {
            // A report package is read through its one report; any other file by the reader its content calls for.
            report = ReportPackage.IsPackagePath(path) ? ReportPackage.ReadFile(path) : XbrlReportFile.Read(path);
        }
        catch (XbrlFormatException e)
        {
            throw new ImportException(e.Document ?? path, e.Line, e.Column, StripPosition(e.Reason), e);
        }
        catch (XbrlPackageException e)
        {
            throw new ImportException(e.Document, e.Line, e.Column, $"{e.Code}: {e.Reason}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException(path, 0, 0, e.Message, e);
        }

        // The instance's prefixes are the ones people know the concepts by; they win over ones made up later.
        foreach (var (prefix, ns) in report.Namespaces.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (prefix.Length > 0 && !IsInfrastructure(ns))
            {
                prefixes.Register(ns, prefix);
            }
        }

        var facts = new InstanceFacts(path, report);
        foreach (var fact in report.Facts)
        {
            var concept = facts.Name(fact.ConceptName, prefixes);
            string? unitText = null;
            UnitKind? unitKind = null;
            if (fact.Unit is { } unit)
            {
                unitText = facts.Format(unit, prefixes);
                unitKind = Classify(unit);
                facts.Units[unitText] = facts.Units.TryGetValue(unitText, out var known) ? (known.Unit, known.Facts + 1) : (unit, 1);
            }

            if (!facts.Evidence.TryGetValue(concept, out var evidence))
            {
                facts.Evidence.Add(concept, evidence = new FactEvidence());
            }

            evidence.Add(fact, unitText, unitKind);
            foreach (var member in fact.Dimensions)
            {
                var key = (facts.Name(member.Axis, prefixes), facts.Name(member.Member, prefixes));
                facts.ExplicitMembers[key] = facts.ExplicitMembers.TryGetValue(key, out var n) ? n + 1 : 1;
            }

            foreach (var typed in fact.TypedDimensions)
            {
                var axis = facts.Name(typed.Axis, prefixes);
                facts.TypedAxes[axis] = facts.TypedAxes.TryGetValue(axis, out var n) ? n + 1 : 1;
            }
        }

        return facts;
    }

    // XmlException messages end in "Line 52, position 73."; the place is printed in front already.
    private static string StripPosition(string reason)
    {
        var index = reason.LastIndexOf(" Line ", StringComparison.Ordinal);
        return index > 0 && reason.IndexOf("position", index, StringComparison.Ordinal) > 0 ? reason.Substring(0, index) : reason;
    }

    public static UnitKind Classify(Unit unit)
    {
        if (unit.IsMonetary)
        {
            return UnitKind.Currency;
        }

        if (unit.IsShares)
        {
            return UnitKind.Shares;
        }

        if (unit.IsPure)
        {
            return UnitKind.Pure;
        }

        var perShare = unit.Numerator.Length == 1 && unit.Numerator[0].NamespaceUri == XbrlNamespaces.Iso4217
            && unit.Denominator.Length == 1 && unit.Denominator[0].NamespaceUri == XbrlNamespaces.Xbrli && unit.Denominator[0].LocalName == "shares";
        return perShare ? UnitKind.PerShare : UnitKind.Other;
    }

    /// <summary>The unit as the format writes it: <c>iso4217:USD</c>, <c>iso4217:USD / xbrli:shares</c>, <c>a * b</c>.</summary>
    private string Format(Unit unit, NamespacePrefixes prefixes)
    {
        var numerator = string.Join(" * ", unit.Numerator.Select(m => Measure(m, prefixes)).OrderBy(m => m, StringComparer.Ordinal));
        return unit.Denominator.IsEmpty
            ? numerator
            : numerator + " / " + string.Join(" * ", unit.Denominator.Select(m => Measure(m, prefixes)).OrderBy(m => m, StringComparer.Ordinal));
    }

    private ConceptName Name(QName name, NamespacePrefixes prefixes) =>
        new(prefixes.PrefixOf(name.NamespaceUri) ?? prefixes.Register(name.NamespaceUri, name.Prefix.Length > 0 ? name.Prefix : "ns"), name.LocalName);

    private string Measure(QName measure, NamespacePrefixes prefixes)
    {
        // The standard measures keep their standard prefixes whatever the instance calls them.
        var prefix = measure.NamespaceUri switch
        {
            XbrlNamespaces.Iso4217 => "iso4217",
            XbrlNamespaces.Xbrli => "xbrli",
            _ => prefixes.PrefixOf(measure.NamespaceUri) ?? prefixes.Register(measure.NamespaceUri, measure.Prefix.Length > 0 ? measure.Prefix : "ns"),
        };
        return prefix + ":" + measure.LocalName;
    }

    private static bool IsInfrastructure(string ns) =>
        ns is XbrlNamespaces.Xbrli or XbrlNamespaces.Link or XbrlNamespaces.XLink or XbrlNamespaces.Xbrldi
            or XbrlNamespaces.Xsi or XbrlNamespaces.Xsd or XbrlNamespaces.Iso4217 or XbrlNamespaces.Xbrldt;
}
