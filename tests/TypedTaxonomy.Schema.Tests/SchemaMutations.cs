// Shared with tests/TypedTaxonomy.Generator.Tests, which links this file in.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;

namespace TypedTaxonomy.Tests.Mutations;

/// <summary>A schema file as text.</summary>
public sealed record SchemaText(string Path, string Text);

/// <summary>What a mutation does; its numbers pick the place and the variant, modulo what the file offers.</summary>
public enum MutationKind
{
    DeleteLines,
    DuplicateLine,
    SwapLines,
    Reindent,
    DeleteNode,
    DuplicateNode,
    ReshapeNode,
    SwapValues,
    CopyValue,
    Retype,
    Rename,
    Truncate,
    InsertCharacters,
    DeleteCharacters,
    RemoveFile,
}

/// <summary>One edit. Small numbers are simple edits near the start, so CsCheck shrinks toward them.</summary>
public readonly record struct Mutation(MutationKind Kind, int A, int B, int C);

/// <summary>Up to three edits of one file of the set.</summary>
public sealed record MutationCase(int File, Mutation[] Mutations);

/// <summary>The outcome: the mutated set, what was done (to print on failure), and which files changed.</summary>
public sealed record MutatedSet(IReadOnlyList<SchemaText> Files, string Description, IReadOnlySet<string> Changed);

/// <summary>
/// Mutates schema files the way people break them, on the text and on the YAML structure read from
/// indentation: deletes, duplicates, moves and re-indents lines and nodes, swaps and copies values, retypes
/// values (data types, period types, balances, weights, shapes), renames names, truncates, inserts and
/// deletes characters, removes a whole file.
/// </summary>
public static class SchemaMutations
{
    private const int Spread = 1 << 16;

    // Compiled: every case of the property tests matches them against a whole file.
    private static readonly Regex ValueSite = new(@"(?<=(?:[:\[,{-])[ \t]+|^[ \t]*-[ \t]+)(?:[^\s\[\]{},#:'""]|:(?!\s))(?:[^\[\]{},#\n:]|:(?!\s))*?(?=[ \t]*(?:[,\]}]|[ \t]#|$))", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex KeyedValue = new(@"\b(?<key>[A-Za-z$-]+):[ \t]*(?<value>[^,}\]\n#]*?)(?=[ \t]*(?:[,}\]\n]|[ \t]#|$))", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Weight = new(@"(?<=:[ \t]*)-?1(?=[ \t]*(?:[,}\n]|$))", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Name = new(@"(?<![\w:-])(?:[a-z][a-z0-9-]*:)?(?<local>[A-Z][A-Za-z0-9_]*)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly string[] DataTypes =
    {
        "monetary", "decimal", "integer", "nonNegativeInteger", "shares", "perShare", "percent", "pure", "string", "textBlock", "date", "boolean", "duration", "enumeration",
    };

    private static readonly string[] Garbage =
    {
        "", "~", "null", "''", "\"\"", "[]", "{}", "[a, b]", "{ x: 1 }", "&anchor", "*alias", "!!str x", "!custom x", "|", ">", "-", "?", ":", "'", "\"", "@x", "`x`", "%x",
        "x: y", "Revenue", "ifrs-full:Revenue", "ifrs-full:", ":Revenue", "qiniu:NoSuchConcept", "a:b:c", "1e400", "-3", "INF", "class", "Period", "Ä", "😀", "\uFFFD", "\t", "true", "0x1F",
    };

    private static readonly Dictionary<string, string[]> ValuesByKey = new(StringComparer.Ordinal)
    {
        ["type"] = DataTypes.Concat(new[] { "money", "Monetary", "monetaryItemType", "123" }).ToArray(),
        ["periodType"] = new[] { "instant", "duration", "both", "Instant" },
        ["balance"] = new[] { "debit", "credit", "none", "Debit" },
        ["abstract"] = new[] { "true", "false", "yes", "1" },
        ["nillable"] = new[] { "true", "false", "no" },
        ["decimals"] = new[] { "INF", "-3", "0", "2", "-2147483649", "3.5", "inf" },
        ["label"] = new[] { "total", "negated", "periodStart", "periodEnd", "terse", "Total", "Revenue" },
        ["prefix"] = new[] { "ifrs-full", "qiniu", "us-gaap", "srt", "cloopen", "Bad Prefix", "x" },
        ["namespace"] = new[] { "http://example.com/x", "not a uri", "http://xbrl.ifrs.org/taxonomy/2023-03-23/ifrs-full" },
        ["csharpNamespace"] = new[] { "Qiniu.Financials", "TypedTaxonomy.Ifrs", "Bad..Name", "class", "System" },
        ["imports"] = new[] { "[ifrs-full]", "[]", "[nope]", "[qiniu]", "ifrs-full", "[ifrs-full, srt, us-gaap]" },
        ["currency"] = new[] { "CNY", "USD", "Pure", "EUR" },
        ["unit"] = new[] { "CNY", "Pure", "Customers", "Days", "Nope" },
        ["min"] = new[] { "0", "-1", "1e9", "x" },
        ["max"] = new[] { "0", "1", "100", "x" },
    };

    private static readonly string[] Inserted =
    {
        " ", "\t", "\n", "\r\n", ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "?", "a", "Z", "0", "é", "\uFFFD", "\u0000", "\u2028", "\r", "\u00A0", "\uFEFF", "😀", "\uD800",
    };

    /// <summary>Cases over a set of <paramref name="fileCount"/> files: a file and one to three edits of it.</summary>
    public static Gen<MutationCase> Cases(int fileCount) =>
        Gen.Select(Gen.Int[0, fileCount - 1], Mutations.Array[1, 3], (file, mutations) => new MutationCase(file, mutations));

    private static Gen<Mutation> Mutations { get; } = Gen.Select(
        Gen.Int[0, Enum.GetValues<MutationKind>().Length - 1],
        Gen.Int[0, Spread],
        Gen.Int[0, Spread],
        Gen.Int[0, Spread],
        (kind, a, b, c) => new Mutation((MutationKind)kind, a, b, c));

    /// <summary>Applies a case to <paramref name="files"/>; the other files are returned unchanged (the same objects).</summary>
    public static MutatedSet Apply(IReadOnlyList<SchemaText> files, MutationCase mutationCase)
    {
        var set = files.ToList();
        var target = set[mutationCase.File % set.Count].Path;
        var changed = new HashSet<string>(StringComparer.Ordinal) { target };
        var description = new StringBuilder();
        foreach (var mutation in mutationCase.Mutations)
        {
            var index = set.FindIndex(f => f.Path == target);
            if (index < 0)
            {
                break; // the file was removed
            }

            var text = set[index].Text;
            string what;
            if (mutation.Kind == MutationKind.RemoveFile)
            {
                set.RemoveAt(index);
                what = "remove the file";
            }
            else if (mutation.Kind == MutationKind.Rename && mutation.C % 3 == 2)
            {
                what = RenameEverywhere(set, text, mutation, changed);
            }
            else
            {
                (text, what) = ApplyToText(text, mutation);
                set[index] = set[index] with { Text = text };
            }

            description.Append(target).Append(": ").AppendLine(what);
        }

        return new MutatedSet(set, description.ToString(), changed);
    }

    private static (string Text, string What) ApplyToText(string text, Mutation m)
    {
        var lines = text.Split('\n').ToList();
        switch (m.Kind)
        {
            case MutationKind.DeleteLines:
            {
                var start = m.A % lines.Count;
                var count = Math.Min(1 + (m.B % 5), lines.Count - start);
                var deleted = lines.GetRange(start, count);
                lines.RemoveRange(start, count);
                return (Join(lines), $"delete lines {start + 1}-{start + count}: {Show(deleted)}");
            }

            case MutationKind.DuplicateLine:
            {
                var line = m.A % lines.Count;
                var at = m.B % (lines.Count + 1);
                lines.Insert(at, lines[line]);
                return (Join(lines), $"copy line {line + 1} {Show(lines[at])} before line {at + 1}");
            }

            case MutationKind.SwapLines:
            {
                var first = m.A % lines.Count;
                var second = m.B % lines.Count;
                (lines[first], lines[second]) = (lines[second], lines[first]);
                return (Join(lines), $"swap lines {first + 1} and {second + 1}");
            }

            case MutationKind.Reindent:
            {
                var line = m.A % lines.Count;
                var indent = Indent(lines[line]);
                var delta = (m.B % 9) - 4;
                var prefix = m.C % 4 == 0 ? "\t" + new string(' ', indent) : new string(' ', Math.Max(0, indent + (delta == 0 ? 1 : delta)));
                lines[line] = prefix + lines[line].TrimStart(' ');
                return (Join(lines), $"re-indent line {line + 1} to {Show(prefix)}");
            }

            case MutationKind.DeleteNode:
            case MutationKind.DuplicateNode:
            case MutationKind.ReshapeNode:
                return NodeMutation(lines, m);

            case MutationKind.SwapValues:
            case MutationKind.CopyValue:
            {
                var sites = ValueSite.Matches(text).Cast<Match>().Where(s => s.Length > 0).ToList();
                if (sites.Count < 2)
                {
                    return (text, "no values to swap");
                }

                var first = sites[m.A % sites.Count];
                var second = sites[m.B % sites.Count];
                if (m.Kind == MutationKind.CopyValue)
                {
                    return (Replace(text, first.Index, first.Length, second.Value), $"replace the value {Show(first.Value)} at {Where(text, first.Index)} with {Show(second.Value)}");
                }

                var (early, late) = first.Index <= second.Index ? (first, second) : (second, first);
                if (early.Index + early.Length > late.Index)
                {
                    return (text, "no values to swap");
                }

                var swapped = Replace(Replace(text, late.Index, late.Length, early.Value), early.Index, early.Length, late.Value);
                return (swapped, $"swap the values {Show(early.Value)} at {Where(text, early.Index)} and {Show(late.Value)} at {Where(text, late.Index)}");
            }

            case MutationKind.Retype:
            {
                if (m.C % 3 == 0)
                {
                    var weights = Weight.Matches(text).Cast<Match>().ToList();
                    if (weights.Count > 0)
                    {
                        var weight = weights[m.A % weights.Count];
                        var value = new[] { "-1", "1", "2", "0", "-2", "0.5", "one", "+1", "1.0", "-1e0", "1e400" }[m.B % 11];
                        return (Replace(text, weight.Index, weight.Length, value), $"weight {weight.Value} at {Where(text, weight.Index)} becomes {Show(value)}");
                    }
                }

                var sites = KeyedValue.Matches(text).Cast<Match>().ToList();
                if (sites.Count == 0)
                {
                    return (text, "no keyed values");
                }

                var site = sites[m.A % sites.Count];
                var key = site.Groups["key"].Value;
                var group = site.Groups["value"];
                var candidates = ValuesByKey.TryGetValue(key, out var typed) && m.C % 4 != 1 ? typed : Garbage;
                var replacement = candidates[m.B % candidates.Length];
                return (Replace(text, group.Index, group.Length, replacement), $"'{key}: {group.Value}' at {Where(text, group.Index)} becomes '{key}: {replacement}'");
            }

            case MutationKind.Rename:
            {
                var names = Name.Matches(text).Cast<Match>().ToList();
                if (names.Count == 0)
                {
                    return (text, "no names");
                }

                var occurrence = names[m.A % names.Count].Groups["local"];
                var newName = NewName(occurrence.Value, names, m.B);
                if (m.C % 3 == 0)
                {
                    return (Replace(text, occurrence.Index, occurrence.Length, newName), $"rename {occurrence.Value} at {Where(text, occurrence.Index)} to {Show(newName)}");
                }

                return (RenameWord(text, occurrence.Value, newName), $"rename {occurrence.Value} to {Show(newName)} throughout the file");
            }

            case MutationKind.Truncate:
            {
                var at = m.A % (text.Length + 1);
                return (text.Substring(0, at), $"truncate at {Where(text, at)}");
            }

            case MutationKind.InsertCharacters:
            {
                var at = m.A % (text.Length + 1);
                var inserted = string.Concat(Enumerable.Range(0, 1 + (m.C % 3)).Select(i => Inserted[(m.B / (i + 1)) % Inserted.Length]));
                return (text.Insert(at, inserted), $"insert {Show(inserted)} at {Where(text, at)}");
            }

            case MutationKind.DeleteCharacters:
            {
                if (text.Length == 0)
                {
                    return (text, "nothing to delete");
                }

                var at = m.A % text.Length;
                var count = Math.Min(1 + (m.B % 8), text.Length - at);
                return (text.Remove(at, count), $"delete {Show(text.Substring(at, count))} at {Where(text, at)}");
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(m), m.Kind, "not a text mutation");
        }
    }

    /// <summary>Edits a node: a line with its more-indented lines below it.</summary>
    private static (string Text, string What) NodeMutation(List<string> lines, Mutation m)
    {
        var nodes = Enumerable.Range(0, lines.Count).Where(i => lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#')).ToList();
        if (nodes.Count == 0)
        {
            return (Join(lines), "no nodes");
        }

        var start = nodes[m.A % nodes.Count];
        var indent = Indent(lines[start]);

        // A block key's list may sit at the key's own indentation ("key:" then "- item").
        var isBlockKey = !IsListItem(lines[start]) && lines[start].TrimEnd().EndsWith(':');
        var end = start + 1;
        for (var i = start + 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith('#'))
            {
                continue;
            }

            var isChild = Indent(lines[i]) > indent || (isBlockKey && Indent(lines[i]) == indent && IsListItem(lines[i]));
            if (!isChild)
            {
                break;
            }

            end = i + 1;
        }

        var node = lines.GetRange(start, end - start);
        var what = $"the node at line {start + 1} ({end - start} lines) {Show(node[0])}";
        switch (m.Kind)
        {
            case MutationKind.DeleteNode:
                lines.RemoveRange(start, end - start);
                return (Join(lines), "delete " + what);
            case MutationKind.DuplicateNode:
                lines.InsertRange(end, node);
                return (Join(lines), "duplicate " + what);
            default:
            {
                // Keep the key (or the list dash), give it a value of another shape.
                var head = lines[start];
                var colon = head.IndexOf(": ", StringComparison.Ordinal) is var c && c >= 0 ? c + 1 : head.TrimEnd().EndsWith(':') ? head.TrimEnd().Length : -1;
                var dash = IsListItem(head) ? Indent(head) + 1 : -1;
                var cut = colon >= 0 ? colon : dash;
                if (cut < 0)
                {
                    return (Join(lines), "no node to reshape");
                }

                var scalar = head.Substring(cut).Trim();
                var pad = new string(' ', indent + 2);
                var shapes = new[]
                {
                    " ~", " []", " {}", " x", $" [{scalar}]", $" {{ {scalar}: 1 }}", $"\n{pad}- {scalar}", $"\n{pad}{(scalar.Length == 0 ? "x" : scalar)}: 1", " 1", " \"\"", " [[]]", " {a: {b: c}}",
                };
                var shape = shapes[m.B % shapes.Length];
                lines.RemoveRange(start, end - start);
                lines.Insert(start, head.Substring(0, cut) + shape);
                return (Join(lines), $"reshape {what} to {Show(head.Substring(0, cut) + shape)}");
            }
        }
    }

    private static string RenameEverywhere(List<SchemaText> set, string text, Mutation m, HashSet<string> changed)
    {
        var names = Name.Matches(text).Cast<Match>().ToList();
        if (names.Count == 0)
        {
            return "no names";
        }

        var oldName = names[m.A % names.Count].Groups["local"].Value;
        var newName = NewName(oldName, names, m.B);
        for (var i = 0; i < set.Count; i++)
        {
            var renamed = RenameWord(set[i].Text, oldName, newName);
            if (!ReferenceEquals(renamed, set[i].Text) && renamed != set[i].Text)
            {
                set[i] = set[i] with { Text = renamed };
                changed.Add(set[i].Path);
            }
        }

        return $"rename {oldName} to {Show(newName)} in every file";
    }

    private static string NewName(string name, List<Match> names, int variant) => (variant % 14) switch
    {
        0 => name + "Renamed",
        1 => names[(variant / 14) % names.Count].Groups["local"].Value, // another name of the file: duplicates and collisions
        2 => name.ToLowerInvariant(),
        3 => name.Length > 1 ? name.Insert(1, "-") : name + "-",
        4 => "class",
        5 => "Period",
        6 => name + "Statement",
        7 => "1" + name,
        8 => name.Length > 1 ? name.Substring(0, name.Length - 1) : "X",
        9 => "Ä" + name,
        10 => name + "Axis",
        11 => name + "Member",
        12 => name.EndsWith("Axis", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) + "Domain" : name + "Domain",
        _ => name + "Concepts",
    };

    private static string RenameWord(string text, string oldName, string newName) =>
        Regex.Replace(text, @"(?<![\w-])" + Regex.Escape(oldName) + @"(?![\w-])", newName.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.CultureInvariant);

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsListItem(string line) => line.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal);

    private static string Join(List<string> lines) => string.Join("\n", lines);

    private static string Replace(string text, int index, int length, string value) => text.Substring(0, index) + value + text.Substring(index + length);

    private static string Where(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return $"({line},{index - lineStart + 1})";
    }

    private static string Show(IEnumerable<string> lines) => string.Join(" / ", lines.Select(Show));

    private static string Show(string text)
    {
        var builder = new StringBuilder("«");
        foreach (var c in text.Length > 80 ? text.Substring(0, 80) + "…" : text)
        {
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c == '\uFEFF' || c == '\u2028' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('»').ToString();
    }
}

/// <summary>
/// Runs a property over a fixed, reproducible sequence of cases (CsCheck alone seeds only its first
/// iteration; the rest are random). Case i is generated from a seed derived from <c>masterSeed</c>; on
/// the first failure, CsCheck's <c>Sample</c> takes over from that case's seed to shrink it and prints
/// the seed and the smallest failing case. Environment: <c>CsCheck_Seed</c> replays the one case it
/// names; <c>CsCheck_Iter</c> overrides the number of cases; <c>TypedTaxonomy_MutationSeed</c> (a
/// number) explores another sequence.
/// </summary>
public static class ReproducibleSample
{
    public static void Run<T>(Gen<T> gen, Action<T> assert, ulong masterSeed, long iterations, int threads, int shrinkSeconds, Func<T, string> print)
    {
        if (Environment.GetEnvironmentVariable("CsCheck_Seed") is { Length: > 0 } replay)
        {
            gen.Sample(assert, seed: replay, iter: 1, threads: 1, print: print);
            return;
        }

        if (long.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out var iter))
        {
            iterations = iter;
        }

        if (ulong.TryParse(Environment.GetEnvironmentVariable("TypedTaxonomy_MutationSeed"), out var other))
        {
            masterSeed = other;
        }

        var master = new PCG(0, masterSeed);
        var seeds = new string[iterations];
        for (var i = 0; i < seeds.Length; i++)
        {
            seeds[i] = new PCG(master.Next(), master.Next64()).ToString();
        }

        var firstFailure = long.MaxValue;
        Parallel.For(0, seeds.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, (i, loop) =>
        {
            if (i > Interlocked.Read(ref firstFailure))
            {
                return;
            }

            try
            {
                assert(gen.Generate(PCG.Parse(seeds[i]), null, out _));
            }
            catch (Exception)
            {
                long seen;
                while (i < (seen = Interlocked.Read(ref firstFailure)) && Interlocked.CompareExchange(ref firstFailure, i, seen) != seen)
                {
                }

                loop.Stop();
            }
        });

        if (firstFailure != long.MaxValue)
        {
            // Throws CsCheckException with the seed, the shrunk case and the exception.
            gen.Sample(assert, seed: seeds[firstFailure], time: shrinkSeconds, threads: threads, print: print);
            throw new InvalidOperationException($"Case {firstFailure} (seed {seeds[firstFailure]}) failed, but not again under CsCheck: the property is not deterministic.");
        }
    }
}
