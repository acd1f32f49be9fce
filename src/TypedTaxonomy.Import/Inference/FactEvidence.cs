using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Import.Inference;

/// <summary>What the facts of one concept show about it: period types, units, kinds of values.</summary>
internal sealed class FactEvidence
{
    private static readonly Regex HtmlTag = new(@"<\s*/?\s*[A-Za-z][A-Za-z0-9:-]*(\s[^<>]*)?/?>", RegexOptions.CultureInvariant);
    private static readonly Regex Date = new(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex IsoDuration = new(@"^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$", RegexOptions.CultureInvariant);

    public int Count { get; private set; }

    public int Instant { get; private set; }

    public int Duration { get; private set; }

    public int Nil { get; private set; }

    public int Numeric { get; private set; }

    public int NonNumeric { get; private set; }

    /// <summary>Facts by unit, the unit written as the output writes measures (<c>iso4217:USD / xbrli:shares</c>).</summary>
    public SortedDictionary<string, int> Units { get; } = new(StringComparer.Ordinal);

    public Dictionary<UnitKind, int> UnitKinds { get; } = new();

    /// <summary>Numeric facts whose value has digits after the decimal point.</summary>
    public int Fractional { get; private set; }

    public int WithHtml { get; private set; }

    public int Booleans { get; private set; }

    public int Dates { get; private set; }

    public int Durations { get; private set; }

    /// <summary>Non-nil non-numeric facts.</summary>
    public int Texts { get; private set; }

    /// <summary>Numeric facts by their decimals attribute (<c>-6</c>, <c>INF</c>).</summary>
    public SortedDictionary<string, int> Decimals { get; } = new(StringComparer.Ordinal);

    public void Add(Fact fact, string? unitText, UnitKind? unitKind)
    {
        Count++;
        if (fact.Period.IsInstant)
        {
            Instant++;
        }
        else
        {
            // Forever is a duration without end: XBRL 2.1 lets only duration concepts use it.
            Duration++;
        }

        if (fact.IsNil)
        {
            Nil++;
        }

        if (fact.IsNumeric)
        {
            Numeric++;
            if (unitText is not null)
            {
                Units[unitText] = Units.TryGetValue(unitText, out var n) ? n + 1 : 1;
            }

            if (unitKind is { } kind)
            {
                UnitKinds[kind] = UnitKinds.TryGetValue(kind, out var k) ? k + 1 : 1;
            }

            if (fact.NumericValue is { } value && value != decimal.Truncate(value))
            {
                Fractional++;
            }

            if (fact.Decimals is { } decimals)
            {
                var text = decimals.ToString();
                Decimals[text] = Decimals.TryGetValue(text, out var d) ? d + 1 : 1;
            }

            return;
        }

        NonNumeric++;
        if (fact.IsNil || fact.Value is null)
        {
            return;
        }

        Texts++;
        var trimmed = fact.Value.Trim();
        if (HtmlTag.IsMatch(fact.Value))
        {
            WithHtml++;
        }

        if (trimmed is "true" or "false")
        {
            Booleans++;
        }

        if (Date.IsMatch(trimmed))
        {
            Dates++;
        }

        if (IsoDuration.IsMatch(trimmed))
        {
            Durations++;
        }
    }

    /// <summary>The unit kind most facts use (ties broken by the enum's order), or null when no fact is numeric.</summary>
    public UnitKind? MainUnitKind =>
        UnitKinds.Count == 0 ? null : UnitKinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key).First().Key;
}
