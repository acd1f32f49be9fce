using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.EndToEnd.Tests.Rendering;

/// <summary>
/// The seed pages (the SEC's rendering of two Cloopen pages, kept as text: each cell after a <c>|</c>, empty cells
/// left out) against the same pages rendered from the shipped schema and the seed figures
/// (<c>samples/data/cloopen-revenue-recognition.xbrl.json</c>): the same headings, member groups, rows and figures.
/// The shipped schema is not Cloopen's own taxonomy, and where that shows the difference is named here.
/// </summary>
public sealed class SeedPageComparisonTests
{
    private const string RevenueDetailsRole = "http://www.yuntongxun.com/role/SummaryOfSignificantAccountingPoliciesRevenueRecognitionAdditionalInformationDetails";
    private const string RelatedPartyTablesRole = "http://www.yuntongxun.com/role/RelatedPartyTransactionsTables";

    /// <summary>
    /// Labels the shipped schema gives where Cloopen's filing has its own: the statements list their line items without
    /// the terse labels the filing prefers, and the seed spells a member "Cloudbased".
    /// </summary>
    private static readonly Dictionary<string, string> SeedLabels = new(StringComparer.Ordinal)
    {
        ["Revenue from Contract with Customer, Excluding Assessed Tax"] = "Net revenue",
        ["Cloud-based CC"] = "Cloudbased CC",
        ["Schedule of Related Parties Relationship [Table Text Block]"] = "SCHEDULE OF RELATED PARTIES",
        ["Summary of related party transactions [Table Text Block]"] = "SUMMARY OF RELATED PARTY TRANSACTIONS",
    };

    [Fact]
    public void RevenueRecognitionDetailsMatchSeed001()
    {
        var seed = Tokens(SeedText("001_"));
        var ours = PageTable.FromOurs(Html(RevenueDetailsRole));

        // Column headings: the SEC names a unit by the filing's unit id ("Item"); xBRL-JSON has no unit ids, so ours is
        // the measure's name ("item").
        var labels = ours.Rows.Select(r => Seed(r.Label)).ToHashSet(StringComparer.Ordinal);
        var firstRow = seed.FindIndex(labels.Contains);
        Assert.Equal(
            string.Join(" ", seed.Take(firstRow)),
            string.Join(" ", new[] { ours.Heading, ours.Scale }.Concat(ours.ColumnGroups).Concat(ours.Columns)).Replace(" item", " Item", StringComparison.Ordinal));

        // Rows group by group in the same group order; within a group the shipped schema lists the amounts before the
        // counts (the filing has the counts first), so rows are compared as a set, and the currency symbols, which mark
        // the first and last amount of a run down a column, are compared without them.
        var seedGroups = Groups(Rows(seed.Skip(firstRow).ToList(), labels), MemberGroups(ours));
        var ourGroups = Groups(ours.Rows.Select(r => (Seed(r.Label), r.Values.Where(v => v.Length > 0).ToList())).ToList(), MemberGroups(ours));
        Assert.Equal(seedGroups.Select(g => g.Name), ourGroups.Select(g => g.Name));
        for (var i = 0; i < seedGroups.Count; i++)
        {
            Assert.Equal(seedGroups[i].Rows, ourGroups[i].Rows);
        }
    }

    [Fact]
    public void RelatedPartyTablesMatchSeed000()
    {
        var seed = Tokens(SeedText("000_"));
        var ours = PageTable.FromOurs(Html(RelatedPartyTablesRole));
        var labels = ours.Rows.Select(r => Seed(r.Label)).ToHashSet(StringComparer.Ordinal);
        var firstRow = seed.FindIndex(labels.Contains);
        Assert.Equal(string.Join(" ", seed.Take(firstRow)), string.Join(" ", new[] { ours.Heading }.Concat(ours.ColumnGroups).Concat(ours.Columns)));

        var seedRows = Rows(seed.Skip(firstRow).ToList(), labels);
        Assert.Equal(seedRows.Select(r => r.Label), ours.Rows.Select(r => Seed(r.Label)));
        for (var i = 0; i < seedRows.Count; i++)
        {
            // The seed figures keep the text blocks' prose but not the tables inside them, whose captions (the row's
            // label) the seed's text shows.
            var expected = Squeeze(string.Join(" ", seedRows[i].Values).Replace(seedRows[i].Label, string.Empty, StringComparison.Ordinal));
            var actual = Squeeze(string.Join(" ", ours.Rows[i].Values.Where(v => v.Length > 0)));
            Assert.Equal(expected, actual);
        }
    }

    private static string Html(string role)
    {
        var page = RenderedReport.Cloopen.PageOf(role);
        return RenderedReport.Cloopen.Html[page.FileName];
    }

    private static string SeedText(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Repository.Shared("seeds"), prefix + "*.txt").Single());

    /// <summary>The seed's cells up to its definitions (<c>|X</c>): each from a <c>|</c> to the next, its lines joined.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var current = new List<string>();
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line == "|X")
            {
                break;
            }

            if (line.StartsWith('|'))
            {
                Flush();
                current.Add(line.Substring(1));
            }
            else
            {
                current.Add(line);
            }
        }

        Flush();
        return tokens;

        void Flush()
        {
            var token = Regex.Replace(string.Join(" ", current), "\\s+", " ").Trim();
            if (token.Length > 0)
            {
                tokens.Add(token);
            }

            current.Clear();
        }
    }

    /// <summary>The seed's rows: each starts at a label the page shows (with " | ¥" when it names a currency).</summary>
    private static List<(string Label, List<string> Values)> Rows(List<string> tokens, HashSet<string> labels)
    {
        var rows = new List<(string Label, List<string> Values)>();
        foreach (var token in tokens)
        {
            if (labels.Contains(token) || rows.Count == 0)
            {
                rows.Add((token, new List<string>()));
            }
            else
            {
                rows[^1].Values.Add(token);
            }
        }

        return rows;
    }

    private static HashSet<string> MemberGroups(PageTable ours)
    {
        var page = RenderedReport.Cloopen.PageOf(RevenueDetailsRole);
        return page.Rows.Where(r => r.Kind == TypedTaxonomy.Rendering.RenderedRowKind.MemberGroup).Select(r => Seed(r.Label)).ToHashSet(StringComparer.Ordinal);
    }

    private static List<(string Name, List<string> Rows)> Groups(List<(string Label, List<string> Values)> rows, HashSet<string> groupNames)
    {
        var groups = new List<(string Name, List<string> Rows)> { (string.Empty, new List<string>()) };
        foreach (var (label, values) in rows)
        {
            if (groupNames.Contains(label))
            {
                groups.Add((label, new List<string>()));
                continue;
            }

            groups[^1].Rows.Add(label + " | " + string.Join(" | ", values.Select(v => Regex.Replace(v, "^[¥$] ", string.Empty))));
        }

        return groups.Select(g => (g.Name, g.Rows.Order(StringComparer.Ordinal).ToList())).ToList();
    }

    /// <summary>A label of ours as the seed has it: each part (members, the currency) mapped on its own.</summary>
    private static string Seed(string label) =>
        string.Join(" | ", label.Split(" | ").Select(part => SeedLabels.TryGetValue(part, out var seed) ? seed : part));

    private static string Squeeze(string text) => Regex.Replace(text, "\\s+", string.Empty);
}
