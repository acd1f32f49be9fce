using System;
using System.Text;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Import.Model;

/// <summary>Makes C# identifiers out of role URIs, prefixes and unit measures.</summary>
internal static class Identifiers
{
    /// <summary>
    /// PascalCase from the letters and digits of <paramref name="text"/>: every run of other characters starts a new
    /// word (<c>us-gaap</c> → <c>UsGaap</c>, <c>Details-Narrative</c> → <c>DetailsNarrative</c>). Words already in
    /// capitals stay as written; a leading digit gets <paramref name="fallbackPrefix"/> in front.
    /// </summary>
    public static string ToIdentifier(string text, string fallbackPrefix)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        var result = builder.ToString();
        if (result.Length == 0 || char.IsDigit(result[0]))
        {
            result = fallbackPrefix + result;
        }

        return NameRules.WhyNotIdentifier(result) is null ? result : fallbackPrefix + result;
    }

    /// <summary>The name of a statement made from an extended link role: the last segment of its URI.</summary>
    public static string StatementName(string roleUri)
    {
        var trimmed = roleUri.TrimEnd('/', '#');
        var cut = trimmed.LastIndexOfAny(new[] { '/', '#', ':' });
        var segment = cut >= 0 ? trimmed.Substring(cut + 1) : trimmed;
        return ToIdentifier(Uri.UnescapeDataString(segment), "Role");
    }

    /// <summary>
    /// The title of a statement from its role definition: the SEC writes <c>0000003 - Statement - CONSOLIDATED
    /// STATEMENTS OF OPERATIONS</c>, where the sort code and category are not part of the title.
    /// </summary>
    public static string? StatementTitle(string? definition)
    {
        if (definition is null)
        {
            return null;
        }

        var parts = definition.Split(new[] { " - " }, 3, StringSplitOptions.None);
        if (parts.Length == 3 && parts[0].Trim().Length > 0 && IsAllDigits(parts[0].Trim()))
        {
            return parts[2].Trim();
        }

        return definition.Trim();
    }

    private static bool IsAllDigits(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
