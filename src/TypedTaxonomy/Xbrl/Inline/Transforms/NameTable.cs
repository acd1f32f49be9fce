using System;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// A table of names and the code each stands for (the SEC's country, state, exchange and filer category formats).
/// Each row's spelling is written as a regular expression in which a space stands for any run of whitespace and a
/// capitalised word also matches with its first letter in lower case ("Republic Of Argentina" reads
/// "republic of Argentina" too), which is how the SEC registry spells its names. The rows are tried in order; the
/// first that matches the whole text (between XML whitespace) gives the code. The expression is built from the rows
/// once, on first use, so the table stays one list of rows.
/// </summary>
internal sealed class NameTable
{
    private readonly (string Code, string Spelling)[] rows;
    private readonly Lazy<(Regex Regex, int[] Groups)> pattern;

    public NameTable(params (string Code, string Spelling)[] rows)
    {
        this.rows = rows;
        pattern = new Lazy<(Regex, int[])>(Build, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The code of the name <paramref name="text"/> spells, or null.</summary>
    public string? Lookup(string text)
    {
        var (regex, groups) = pattern.Value;
        var m = regex.Match(text);
        if (!m.Success)
        {
            return null;
        }

        for (var i = 0; i < rows.Length; i++)
        {
            if (m.Groups[groups[i]].Success)
            {
                return rows[i].Code;
            }
        }

        return null;
    }

    private (Regex Regex, int[] Groups) Build()
    {
        var builder = new StringBuilder(@"^[ \t\n\r]*(?:");
        for (var i = 0; i < rows.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : "|").Append("(?<").Append(GroupName(i)).Append('>');
            AppendSpelling(builder, rows[i].Spelling);
            builder.Append(')');
        }

        builder.Append(@")[ \t\n\r]*$");
        var regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        var groups = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            groups[i] = regex.GroupNumberFromName(GroupName(i));
        }

        return (regex, groups);
    }

    private static string GroupName(int index) => "n" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A space becomes <c>\s+</c>; an upper-case ASCII letter starting a word (after a space, a dash, a dot or a group) and followed by a lower-case letter becomes <c>[Xx]</c>.</summary>
    private static void AppendSpelling(StringBuilder builder, string spelling)
    {
        var inClass = false;
        for (var i = 0; i < spelling.Length; i++)
        {
            var c = spelling[i];
            if (inClass)
            {
                inClass = c != ']';
                builder.Append(c);
            }
            else if (c == '[')
            {
                inClass = true;
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append(@"\s+");
            }
            else if (char.IsAsciiLetterUpper(c)
                && (i == 0 || spelling[i - 1] is ' ' or '(' or ')' or '?' or '|' or '-' or '.')
                && i + 1 < spelling.Length && char.IsAsciiLetterLower(spelling[i + 1]))
            {
                builder.Append('[').Append(c).Append(char.ToLowerInvariant(c)).Append(']');
            }
            else
            {
                builder.Append(c);
            }
        }
    }
}
