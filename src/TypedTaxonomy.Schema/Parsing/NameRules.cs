using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Schema.Parsing;

/// <summary>What counts as a valid name where, and the suggestions made for misspelt keys.</summary>
public static class NameRules
{
    private static readonly HashSet<string> CSharpKeywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// Why <paramref name="name"/> cannot be a concept, axis, member, unit or statement name, or null when it can.
    /// Such names are both XML NCNames (for the QName) and C# identifiers (for the generated member).
    /// </summary>
    public static string? WhyNotIdentifier(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (!IsAsciiLetter(name[0]) && name[0] != '_')
        {
            return "it must start with a letter or '_'";
        }

        for (var i = 1; i < name.Length; i++)
        {
            var c = name[i];
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_')
            {
                return $"'{c}' is not allowed (letters, digits and '_' only)";
            }
        }

        return CSharpKeywords.Contains(name) ? "it is a C# keyword" : null;
    }

    /// <summary>
    /// Why <paramref name="name"/> cannot be the local name of a concept, axis, domain or member, or null when it
    /// can. These are XML NCNames, as in real taxonomies (<c>A1.375NotesDue2024Member</c>); the generated C#
    /// name replaces '.' and '-' with '_' (<see cref="ToCSharpIdentifier"/>).
    /// </summary>
    public static string? WhyNotConceptName(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (!IsAsciiLetter(name[0]) && name[0] != '_')
        {
            return "it must start with a letter or '_'";
        }

        for (var i = 1; i < name.Length; i++)
        {
            var c = name[i];
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.')
            {
                return $"'{c}' is not allowed (letters, digits, '_', '-' and '.' only)";
            }
        }

        return CSharpKeywords.Contains(ToCSharpIdentifier(name)) ? "it is a C# keyword" : null;
    }

    /// <summary>The C# name of a concept, axis or member name: '.' and '-' become '_'.</summary>
    public static string ToCSharpIdentifier(string name) =>
        name.IndexOf('.') < 0 && name.IndexOf('-') < 0 ? name : name.Replace('.', '_').Replace('-', '_');

    /// <summary>Why a QName prefix is invalid, or null. Prefixes are NCNames and may contain '-' and '.'.</summary>
    public static string? WhyNotPrefix(string prefix)
    {
        if (prefix.Length == 0)
        {
            return "it is empty";
        }

        if (!IsAsciiLetter(prefix[0]) && prefix[0] != '_')
        {
            return "it must start with a letter or '_'";
        }

        foreach (var c in prefix)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-' && c != '.')
            {
                return $"'{c}' is not allowed in a prefix";
            }
        }

        return null;
    }

    /// <summary>True for a dotted C# namespace such as <c>Qiniu.Financials</c>.</summary>
    public static string? WhyNotNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            var why = WhyNotIdentifier(part);
            if (why is not null)
            {
                return $"the part '{part}' is not valid: {why}";
            }
        }

        return null;
    }

    /// <summary>" (did you mean 'x'?)" for the closest candidate within a small edit distance, else empty.</summary>
    public static string DidYouMean(string given, IEnumerable<string> candidates) =>
        Closest(given, candidates) is { } best ? $" (did you mean '{best}'?)" : string.Empty;

    /// <summary>The closest candidate within a small edit distance (what a typo of it would be), or null.</summary>
    /// <remarks>
    /// The first candidate at the smallest distance, when that distance is within the allowance. A candidate is
    /// measured only as far as it could still beat the best so far: one whose length alone differs by more, or whose
    /// alignment exceeds that bound part-way, cannot be the answer (lowering case keeps a string's length).
    /// </remarks>
    public static string? Closest(string given, IEnumerable<string> candidates)
    {
        var allowed = Math.Max(1, Math.Min(3, given.Length / 3));
        var lowered = given.ToLowerInvariant();
        string? best = null;
        var bound = allowed;
        var rows = new EditRows(lowered.Length);
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - lowered.Length) > bound)
            {
                continue;
            }

            var distance = rows.Distance(lowered, candidate.ToLowerInvariant(), bound);
            if (distance <= bound)
            {
                best = candidate;
                bound = distance - 1;
                if (bound < 0)
                {
                    break; // the same name but for case: nothing comes closer
                }
            }
        }

        return best;
    }

    /// <summary>Splits a PascalCase name into a sentence: <c>GrossProfit</c> → <c>Gross profit</c>.</summary>
    public static string ToSentence(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                builder.Append(' ');
                continue;
            }

            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord && builder.Length > 0 && builder[builder.Length - 1] != ' ')
            {
                builder.Append(' ');
            }

            // Keep acronyms (IFRS, MPaaS) as written; lower the first letter of ordinary later words.
            var isAcronym = char.IsUpper(c) && i + 1 < name.Length && char.IsUpper(name[i + 1]);
            builder.Append(startsWord && !isAcronym && builder.Length > 0 ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>The rows of an edit-distance table, reused from one candidate to the next.</summary>
    private sealed class EditRows
    {
        private int[] beforePrevious;
        private int[] previous;
        private int[] current;

        public EditRows(int length)
        {
            beforePrevious = new int[length + 1];
            previous = new int[length + 1];
            current = new int[length + 1];
        }

        /// <summary>
        /// The optimal string alignment distance of <paramref name="a"/> and <paramref name="b"/>: an insertion, a
        /// deletion, a substitution or a swap of two adjacent letters ("lable" for "label", the commonest typo) each
        /// cost 1; any value above <paramref name="bound"/> once the distance is known to exceed it.
        /// </summary>
        public int Distance(string a, string b, int bound)
        {
            // Rows run along a (the given name, the same for every candidate), columns along b.
            if (previous.Length < b.Length + 1)
            {
                beforePrevious = new int[b.Length + 1];
                previous = new int[b.Length + 1];
                current = new int[b.Length + 1];
            }

            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            var previousMinimum = 0;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var minimum = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        value = Math.Min(value, beforePrevious[j - 2] + 1);
                    }

                    current[j] = value;
                    minimum = Math.Min(minimum, value);
                }

                // A cell comes from its row, the row above (+0 or +1) or the one above that (+1): once this row is
                // past the bound and the one above it is at least at it, every later row is past it too.
                if (minimum > bound && previousMinimum >= bound)
                {
                    return bound + 1;
                }

                previousMinimum = minimum;
                (beforePrevious, previous, current) = (previous, current, beforePrevious);
            }

            return previous[b.Length];
        }
    }
}
