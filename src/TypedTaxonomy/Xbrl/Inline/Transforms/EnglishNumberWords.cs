using System;
using System.Globalization;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// The SEC's <c>numwordsen</c> and <c>durwordsen</c>: whole numbers and durations written in English words, read by
/// one left-to-right pass over the text: the grammar of the SEC plug-in's regular expressions, which as .NET regular
/// expressions generated some 300 KB of code and were slow even on "two". A word matches with its first letter in either case
/// and the rest in lower case ("Two", "two", not "TWO"); words are separated by whitespace (no-break spaces too), a
/// dash only between tens and units ("twenty-one") and, in durations, also around "hundred" and before the unit.
/// </summary>
internal sealed class EnglishNumberWords
{
    private static readonly string[] UpToNineteen =
        ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The magnitudes before thousands, largest first, and their powers of ten.</summary>
    private static readonly (string Word, int Power)[] Magnitudes =
        [("quintillion", 18), ("quadrillion", 15), ("trillion", 12), ("billion", 9), ("million", 6)];

    private readonly string text;
    private int position;

    private EnglishNumberWords(string text) => this.text = text;

    /// <summary><c>numwordsen</c>: "two", "one hundred and five", "eighteen million three hundred thousand fifty-one", "zero", "no", "none", "nil".</summary>
    public static string? ReadNumber(string text)
    {
        var reader = new EnglishNumberWords(text);
        reader.SkipXmlWhitespace();
        var start = reader.position;
        if (reader.Keyword("zero") || reader.Keyword("none") || reader.Keyword("no") || reader.Keyword("nil"))
        {
            if (reader.AtXmlEnd())
            {
                return "0";
            }

            reader.position = start;
        }

        var total = reader.LargeMagnitudes() + reader.Thousands();
        return reader.position > start && reader.AtXmlEnd() ? total.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary><c>durwordsen</c>: "five years, two months and ten days", "20 days", "no days" (P0D).</summary>
    public static string? ReadDuration(string text)
    {
        var reader = new EnglishNumberWords(text);
        reader.SkipXmlWhitespace();
        if (reader.position == text.Length)
        {
            return null;
        }

        var duration = "P";
        foreach (var (unit, designator, last) in new[] { ("year", "Y", false), ("month", "M", false), ("day", "D", true) })
        {
            var start = reader.position;
            if (reader.DurationNumber(out var number) && reader.DashOrSpaces() && (reader.Keyword(unit + "s") || reader.Keyword(unit))
                && (last || reader.PartSeparator()))
            {
                duration += number is null ? string.Empty : number + designator;
            }
            else
            {
                reader.position = start;
            }
        }

        return reader.AtXmlEnd() ? (duration.Length > 1 ? duration : "P0D") : null;
    }

    /// <summary>The millions and larger: each "(below a thousand) magnitude" followed by a comma, whitespace or the end.</summary>
    private decimal LargeMagnitudes()
    {
        decimal total = 0;
        foreach (var (word, power) in Magnitudes)
        {
            var start = position;
            if (BelowThousand(dashes: false, out var group) && Spaces() && Keyword(word) && MagnitudeSeparator())
            {
                total += group * Pow10(power);
            }
            else
            {
                position = start;
            }
        }

        return total;
    }

    /// <summary>"(below a thousand) thousand" with an optional tail of hundreds or ("and") tens, or just hundreds or tens.</summary>
    private decimal Thousands()
    {
        var start = position;
        if (BelowThousand(dashes: false, out var group) && Spaces() && Keyword("thousand"))
        {
            var afterThousand = position;
            if (CommaSeparator() || Spaces())
            {
                if (Hundreds(dashes: false, out var hundreds))
                {
                    return (group * 1000) + hundreds;
                }

                var beforeAnd = position;
                if (!(Keyword("and") && Spaces()))
                {
                    position = beforeAnd;
                }

                if (BelowHundred(out var below))
                {
                    return (group * 1000) + below;
                }
            }

            position = afterThousand;
            return group * 1000;
        }

        position = start;
        return BelowThousand(dashes: false, out var value) ? value : 0;
    }

    private bool BelowThousand(bool dashes, out decimal value)
    {
        if (Hundreds(dashes, out value))
        {
            return true;
        }

        return BelowHundred(out value);
    }

    /// <summary>"(one to nineteen) hundred", optionally followed by ("and") one to ninety-nine.</summary>
    private bool Hundreds(bool dashes, out decimal value)
    {
        var start = position;
        value = 0;
        var units = Word(UpToNineteen);
        if (units <= 0 || !(dashes ? DashOrSpaces() : Spaces()) || !Keyword("hundred"))
        {
            position = start;
            return false;
        }

        value = units * 100;
        var tail = position;
        if (dashes ? DashOrSpaces() : Spaces())
        {
            var beforeAnd = position;
            if (!(Keyword("and") && Spaces()))
            {
                position = beforeAnd;
            }

            if (BelowHundred(out var below))
            {
                value += below;
                return true;
            }
        }

        position = tail;
        return true;
    }

    /// <summary>One to nineteen, or a ten optionally followed by a dash or whitespace and a unit ("twenty-one").</summary>
    private bool BelowHundred(out decimal value)
    {
        value = 0;
        var small = Word(UpToNineteen);
        if (small > 0)
        {
            value = small;
            return true;
        }

        var tens = Word(Tens);
        if (tens <= 0)
        {
            return false;
        }

        value = tens * 10;
        var afterTens = position;
        if (DashOrSpaces())
        {
            var unit = Word(UpToNineteen);
            if (unit is > 0 and < 10)
            {
                value += unit;
                return true;
            }
        }

        position = afterTens;
        return true;
    }

    /// <summary>A duration's number: hundreds or below in words, "zero" or "no" (null: no part), or one to four digits.</summary>
    private bool DurationNumber(out string? number)
    {
        number = null;
        if (BelowThousand(dashes: true, out var value))
        {
            number = value.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        if (Keyword("zero") || Keyword("no"))
        {
            return true;
        }

        var start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            position++;
        }

        if (position - start is >= 1 and <= 4)
        {
            number = text[start..position];
            return true;
        }

        position = start;
        return false;
    }

    /// <summary>After years or months: an optional comma, then a dash or whitespace and an optional "and"; or the end.</summary>
    private bool PartSeparator()
    {
        var start = position;
        if (position < text.Length && text[position] == ',')
        {
            position++;
        }

        if (DashOrSpaces())
        {
            var beforeAnd = position;
            if (!(Keyword("and") && Spaces()))
            {
                position = beforeAnd;
            }

            return true;
        }

        position = start;
        return AtEnd();
    }

    /// <summary>After a magnitude: a comma between optional whitespace, whitespace, or the end.</summary>
    private bool MagnitudeSeparator() => CommaSeparator() || Spaces() || AtEnd();

    private bool CommaSeparator()
    {
        var start = position;
        OptionalSpaces();
        if (position < text.Length && text[position] == ',')
        {
            position++;
            OptionalSpaces();
            return true;
        }

        position = start;
        return false;
    }

    /// <summary>The index in <paramref name="words"/> of the word at the position (consumed), or -1.</summary>
    private int Word(string[] words)
    {
        var end = WordEnd();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 0 && Matches(words[i], end))
            {
                position = end;
                return i;
            }
        }

        return -1;
    }

    /// <summary>Consumes the word at the position when it is <paramref name="word"/> (first letter in either case).</summary>
    private bool Keyword(string word)
    {
        var end = WordEnd();
        if (!Matches(word, end))
        {
            return false;
        }

        position = end;
        return true;
    }

    private bool Matches(string word, int end)
    {
        if (end - position != word.Length)
        {
            return false;
        }

        var first = text[position];
        if (first != word[0] && first != char.ToUpperInvariant(word[0]))
        {
            return false;
        }

        return text.AsSpan(position + 1, word.Length - 1).SequenceEqual(word.AsSpan(1));
    }

    private int WordEnd()
    {
        var end = position;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    private bool Spaces()
    {
        var start = position;
        OptionalSpaces();
        return position > start;
    }

    private void OptionalSpaces()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private bool DashOrSpaces()
    {
        if (position < text.Length && NumberTransforms.Dashes.Contains(text[position], StringComparison.Ordinal))
        {
            position++;
            return true;
        }

        return Spaces();
    }

    private void SkipXmlWhitespace()
    {
        while (position < text.Length && NumberTransforms.IsXmlWhitespace(text[position]))
        {
            position++;
        }
    }

    /// <summary>Whether only XML whitespace remains (consumed).</summary>
    private bool AtXmlEnd()
    {
        SkipXmlWhitespace();
        return position == text.Length;
    }

    /// <summary>The regular expressions' <c>$</c>: the end, or a final line feed.</summary>
    private bool AtEnd() => position == text.Length || (position == text.Length - 1 && text[position] == '\n');

    private static decimal Pow10(int power)
    {
        decimal result = 1;
        for (var i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }
}
