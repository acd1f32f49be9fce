using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TypedTaxonomy;

/// <summary>
/// Prints statements side by side as a plain-text table, the way a prospectus shows them: one column per
/// period, amounts in the statement's scale (RMB'000 for decimals -3), negated lines in parentheses,
/// percentages as percentages, and "—" where nothing was reported.
/// </summary>
public static class StatementTableFormatter
{
    private const string Missing = "—";

    /// <summary>
    /// Formats statements of one type as columns, in the order given, under the statement's title from the taxonomy.
    /// The axis members every column shares follow the title (<c>Platform: Cloud</c>); members that differ name their
    /// columns. Labels are in <paramref name="language"/> where the taxonomy has it (null: its own language).
    /// </summary>
    public static string Format<TStatement>(IReadOnlyList<TStatement> columns, string? language = null)
        where TStatement : class, IStatement, IStatementType<TStatement> =>
        Format(TStatement.Title, columns, language);

    /// <summary>Formats statements of one type as columns, in the order given, under <paramref name="title"/>; otherwise as <see cref="Format{TStatement}(IReadOnlyList{TStatement}, string?)"/>.</summary>
    public static string Format<TStatement>(string title, IReadOnlyList<TStatement> columns, string? language = null)
        where TStatement : IStatement
    {
        ArgumentNullException.ThrowIfNull(columns);
        var builder = new StringBuilder();
        if (columns.Count == 0)
        {
            return builder.Append(title).Append('\n').Append("  (nothing reported)\n").ToString();
        }

        var members = columns.Select(c => c.AxisMembers).ToList();
        var shared = members[0].Where(m => members.All(other => other.Contains(m))).ToList();
        builder.Append(title);
        if (shared.Count > 0)
        {
            builder.Append(" — ").AppendJoin("; ", shared.Select(m => m.Describe(language)));
        }

        builder.Append('\n');
        var rows = columns[0].Presentation;
        var headers = columns
            .Select((c, i) => string.Join(" ", members[i].Where(m => !shared.Contains(m)).Select(m => m.Member.LabelOf("terse", language)).Prepend(PeriodHeader(c.Period))))
            .ToList();
        var cells = rows.Select(row => columns.Select(column => Cell(row, column)).ToList()).ToList();
        var labels = rows.Select(row => new string(' ', 2 * row.Depth) + (language is null ? row.Label : row.Concept.LabelOf(row.LabelRole ?? Concept.StandardRole, language))).ToList();
        var labelWidth = Math.Max(labels.Max(l => l.Length), Scale(columns[0]).Length);
        var widths = headers.Select((h, i) => Math.Max(h.Length, cells.Max(c => c[i].Length))).ToList();

        builder.Append(Scale(columns[0]).PadRight(labelWidth));
        for (var i = 0; i < headers.Count; i++)
        {
            builder.Append("  ").Append(headers[i].PadLeft(widths[i]));
        }

        builder.Append('\n').Append(new string('-', labelWidth + widths.Sum(w => w + 2))).Append('\n');
        for (var r = 0; r < rows.Count; r++)
        {
            builder.Append(labels[r].PadRight(labelWidth));
            for (var i = 0; i < headers.Count; i++)
            {
                builder.Append("  ").Append(cells[r][i].PadLeft(widths[i]));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>A column header: FY2021 for a calendar year, "3M to 2024-03-31" for other durations, the date for instants.</summary>
    public static string PeriodHeader(Period period)
    {
        if (period.IsInstant)
        {
            return period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (period.Start is not { } start)
        {
            return "forever";
        }

        var end = period.End;
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        if (start.Day == 1 && end.AddDays(1).Day == 1)
        {
            return months == 12 && start.Month == 1
                ? "FY" + start.Year.ToString(CultureInfo.InvariantCulture)
                : months.ToString(CultureInfo.InvariantCulture) + "M to " + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return period.ToString();
    }

    private static string Scale(IStatement statement)
    {
        var currency = CurrencyOf(statement);
        var scale = statement.Decimals.Places switch
        {
            -3 => "'000",
            -6 => " million",
            _ => string.Empty,
        };
        return currency is null ? string.Empty : currency + scale;
    }

    // The prospectus writes Renminbi amounts as RMB; ISO 4217 says CNY.
    private static string? CurrencyOf(IStatement statement) =>
        statement.Currency is { CurrencyCode: { } code } ? (code == "CNY" ? "RMB" : code) : null;

    private static string Cell(PresentationRow row, IStatement statement)
    {
        if (row.IsHeading)
        {
            return string.Empty;
        }

        var value = statement.GetValue(row);
        switch (value)
        {
            case null:
                return Missing;
            case decimal amount when row.Concept.DataType is DataType.Percent:
                return (amount * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            case decimal amount when row.Concept.DataType is DataType.Monetary:
                var scaled = statement.Decimals.Places is { } places && places < 0 ? amount / Pow10(-places) : amount;
                return Accounting(row.IsNegated ? -scaled : scaled);
            case decimal amount:
                return Accounting(amount);
            case long count:
                return count.ToString("N0", CultureInfo.InvariantCulture);
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            default:
                return value.ToString() ?? Missing;
        }
    }

    private static string Accounting(decimal value)
    {
        var digits = Math.Abs(value).ToString(value == decimal.Truncate(value) ? "N0" : "N2", CultureInfo.InvariantCulture);
        return value < 0 ? "(" + digits + ")" : digits;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
