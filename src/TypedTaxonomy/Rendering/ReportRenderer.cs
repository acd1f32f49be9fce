using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TypedTaxonomy.Rendering;

/// <summary>
/// Lays a report's facts out on the pages of its taxonomy's presentation, as the SEC's renderer does for a filing's
/// R pages: one page per presentation role that shows a fact, in role order, then the facts no role shows on an
/// "Uncategorized Items" page.
/// </summary>
/// <remarks>
/// <para>Columns: the durations of the page's facts grouped by length (<c>3 Months Ended</c>, shortest first), each
/// group latest first; then instants, latest first. An instant fact goes into the duration columns it closes (or, on a
/// <c>periodStart</c> row, opens) when the page has durations, and into a column of its own otherwise.</para>
/// <para>Rows: the presentation in order, facts without dimensions first, then one group per combination of the page's
/// axes' members under a row naming the members, ordered by the member of the first axis (none first), then of the
/// next, each axis's members in member order. A row is shown when it has a fact in the group; a
/// heading when a row under it is shown. Headings that only lead to another heading, and the table and line-items
/// headings of a dimensional table, are not shown, as the SEC's pages leave them out.</para>
/// <para>Values: monetary amounts and shares in the page's scale (the coarsest power of a thousand every such fact's
/// decimals allow), per-share and other values as reported; negated labels flip the sign; negatives in parentheses; the
/// currency symbol on the first and last amount of each run of one unit down a column.</para>
/// </remarks>
public static class ReportRenderer
{
    private const string UncategorizedTitle = "Uncategorized Items";
    private const string GenericLineItems = "StatementLineItems";
    private const string EquityComponentsAxis = "StatementEquityComponentsAxis";

    /// <summary>Renders every page of a report.</summary>
    /// <param name="facts">The report's facts.</param>
    /// <param name="presentation">The taxonomy set's presentation.</param>
    public static IReadOnlyList<RenderedPage> Render(IReadOnlyList<Fact> facts, ReportPresentation presentation)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(presentation);
        var byConcept = new Dictionary<QName, List<Fact>>();
        foreach (var fact in facts)
        {
            if (!byConcept.TryGetValue(fact.ConceptName, out var list))
            {
                byConcept[fact.ConceptName] = list = new List<Fact>();
            }

            list.Add(fact);
        }

        // How many pages each fact belongs on: a sparse column of facts that show elsewhere is left out.
        var layouts = presentation.Pages.Select(page => new PageLayout(page, byConcept, presentation)).ToList();
        var pagesOf = new Dictionary<Fact, int>(ReferenceEqualityComparer.Instance);
        foreach (var layout in layouts)
        {
            foreach (var fact in layout.Facts)
            {
                pagesOf[fact] = pagesOf.GetValueOrDefault(fact) + 1;
            }
        }

        var pages = new List<RenderedPage>();
        foreach (var layout in layouts)
        {
            if (layout.Render(pages.Count + 1, pagesOf) is { } rendered)
            {
                pages.Add(rendered);
            }
        }

        var rest = facts.Where(f => !pagesOf.ContainsKey(f) && f.TypedDimensions.IsEmpty).ToList();
        var restByConcept = rest.GroupBy(f => f.ConceptName).ToDictionary(g => g.Key, g => g.ToList());
        if (rest.Count > 0 && new PageLayout(Uncategorized(rest), restByConcept, presentation).Render(pages.Count + 1, pagesOf) is { } uncategorized)
        {
            pages.Add(uncategorized with { Role = null });
        }

        return pages;
    }

    /// <summary>A page for facts no role shows: one row per concept, in the order first reported.</summary>
    private static PresentationPage Uncategorized(List<Fact> facts)
    {
        var rows = new List<PresentationRow>();
        var seen = new HashSet<(QName, bool)>();
        foreach (var fact in facts)
        {
            if (!seen.Add((fact.ConceptName, fact.Period.IsInstant)))
            {
                continue;
            }

            var type = fact.Unit is null ? DataType.String : fact.Unit.IsMonetary ? DataType.Monetary : DataType.Decimal;
            var periodType = fact.Period.IsInstant ? PeriodType.Instant : PeriodType.Duration;
            var concept = new Concept(fact.ConceptName, type, periodType, Balance.None, false, true, fact.ConceptName.ToString());
            rows.Add(new PresentationRow(rows.Count, concept, concept.Label, 0, periodType == PeriodType.Instant ? PeriodPlacement.End : PeriodPlacement.Duration));
        }

        var axes = facts.SelectMany(f => f.Dimensions).Select(d => d.Axis).Distinct().ToList();
        return new PresentationPage(string.Empty, UncategorizedTitle, rows, axes, Array.Empty<QName>());
    }

    /// <summary>One page being laid out.</summary>
    private sealed class PageLayout
    {
        private readonly PresentationPage page;
        private readonly ReportPresentation presentation;
        private readonly Dictionary<QName, int> axisOrder;
        private readonly HashSet<QName> shownMembers;
        private bool severalCurrencies;

        private readonly Dictionary<(int Row, string Group), Dictionary<Place, Fact>> cells = new();
        private readonly Dictionary<string, ImmutableMembers> groups = new(StringComparer.Ordinal);
        private readonly HashSet<Period> durations = new();
        private readonly List<(Period Period, PeriodPlacement Placement)> instants = new();
        private readonly List<Fact> onPage = new();

        /// <summary>Collects the facts each row may show: its concept's, of the right period type, with no dimension outside the page's axes and members.</summary>
        public PageLayout(PresentationPage page, Dictionary<QName, List<Fact>> byConcept, ReportPresentation presentation)
        {
            this.page = page;
            this.presentation = presentation;
            shownMembers = new HashSet<QName>(page.Members);
            axisOrder = new Dictionary<QName, int>();
            foreach (var axis in page.Axes)
            {
                axisOrder.TryAdd(axis, axisOrder.Count);
            }

            foreach (var row in page.Rows)
            {
                if (row.IsHeading || !byConcept.TryGetValue(row.Concept.Name, out var facts))
                {
                    continue;
                }

                foreach (var fact in facts)
                {
                    if (!Fits(row, fact) || !fact.TypedDimensions.IsEmpty || fact.Dimensions.Any(d => !axisOrder.ContainsKey(d.Axis) || (shownMembers.Count > 0 && !shownMembers.Contains(d.Member))))
                    {
                        continue;
                    }

                    var members = new ImmutableMembers(fact.Dimensions.OrderBy(d => axisOrder[d.Axis]).ToArray());
                    groups.TryAdd(members.Key, members);
                    if (!cells.TryGetValue((row.Index, members.Key), out var byPeriod))
                    {
                        cells[(row.Index, members.Key)] = byPeriod = new Dictionary<Place, Fact>();
                    }

                    if (byPeriod.TryAdd(new Place(fact.Period, fact.Unit?.CurrencyCode), fact))
                    {
                        onPage.Add(fact);
                    }

                    if (fact.Period.IsInstant)
                    {
                        instants.Add((fact.Period, row.Placement!.Value));
                    }
                    else
                    {
                        durations.Add(fact.Period);
                    }
                }
            }
        }

        /// <summary>The facts the page may show.</summary>
        public IReadOnlyList<Fact> Facts => onPage;

        public RenderedPage? Render(int number, Dictionary<Fact, int> pagesOf)
        {
            if (onPage.Count == 0)
            {
                return null;
            }

            if (page.Axes.FirstOrDefault(a => a.LocalName == EquityComponentsAxis) is { LocalName: not null } equityAxis && durations.Count > 0)
            {
                return RenderEquity(number, equityAxis, cells, groups, durations);
            }

            var currencies = onPage.Select(f => f.Unit?.CurrencyCode).OfType<string>().Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
            var columns = Split(Columns(durations, instants), currencies, cells);
            severalCurrencies = currencies.Count > 1;
            var matrix = new Dictionary<(int Row, string Group), Fact?[]>();
            foreach (var ((rowIndex, groupKey), byPeriod) in cells)
            {
                var placement = page.Rows[rowIndex].Placement!.Value;
                matrix[(rowIndex, groupKey)] = columns.Select(c => Find(byPeriod, c, placement)).ToArray();
            }

            var kept = KeptColumns(matrix, columns.Count, pagesOf);
            columns = columns.Where((_, i) => kept[i]).ToList();
            foreach (var key in matrix.Keys.ToList())
            {
                var row = matrix[key].Where((_, i) => kept[i]).ToArray();
                if (row.All(f => f is null))
                {
                    matrix.Remove(key);
                }
                else
                {
                    matrix[key] = row;
                }
            }

            var displayed = matrix.Values.SelectMany(r => r).OfType<Fact>().ToList();
            if (displayed.Count == 0)
            {
                return null;
            }

            var moneyScale = Scale(displayed.Where(f => f.Unit is { IsMonetary: true }));
            var shareScale = Scale(displayed.Where(f => f.Unit is { IsShares: true }));
            var rows = new List<RenderedRow>();
            var units = new List<Unit?[]>();
            foreach (var group in groups.Values.Order(new MemberOrder(presentation, axisOrder)))
            {
                AddGroup(group, columns.Count, matrix, moneyScale, shareScale, rows, units);
            }

            var columnGroups = new List<ColumnGroup>();
            if (columns.Any(c => c.Period.IsDuration))
            {
                foreach (var run in columns.GroupAdjacent(c => c.Period.IsDuration ? DisplayFormat.MonthsEnded(DisplayFormat.MonthsOf(c.Period)) : string.Empty))
                {
                    columnGroups.Add(new ColumnGroup(run.Key, run.Count));
                }
            }

            var headings = columns.Select((c, i) => DisplayFormat.Date(c.Period.End) + (currencies.Count > 1 ? ColumnUnits(units, i) : string.Empty)).ToList();
            return Finish(number, columnGroups, headings, rows, units, displayed, moneyScale, shareScale, currencies.Count > 1);
        }

        /// <summary>
        /// The columns of a page whose amounts are in several currencies: each period once per currency it has amounts
        /// in (in code order), or once when it has none; otherwise each period once.
        /// </summary>
        private List<Column> Split(List<Period> periods, List<string> currencies, Dictionary<(int Row, string Group), Dictionary<Place, Fact>> cells)
        {
            if (currencies.Count < 2)
            {
                return periods.Select(p => new Column(p, null)).ToList();
            }

            var columns = new List<Column>();
            foreach (var period in periods)
            {
                var found = currencies.Where(c => cells.Any(entry => Find(entry.Value, new Column(period, c), page.Rows[entry.Key.Row].Placement!.Value) is { Unit.CurrencyCode: { } code } && code == c)).ToList();
                columns.AddRange(found.Count == 0 ? [new Column(period, null)] : found.Select(c => new Column(period, c)));
            }

            return columns;
        }

        /// <summary>The units of a column's numbers, as the SEC's headings list them under the date: <c> CNY (¥) item</c>.</summary>
        private static string ColumnUnits(List<Unit?[]> units, int column)
        {
            var found = units.Where(u => u.Length > column && u[column] is not null).Select(u => u[column]!).Distinct()
                .OrderBy(u => u.IsMonetary ? 0 : 1).Select(DisplayFormat.UnitTitle).ToList();
            return found.Count == 0 ? string.Empty : " " + string.Join(" ", found);
        }

        private RenderedPage Finish(int number, List<ColumnGroup> columnGroups, List<string> columns, List<RenderedRow> rows, List<Unit?[]> units, List<Fact> displayed, int moneyScale, int shareScale, bool unitsInColumns = false)
        {
            MarkCurrencySymbols(rows, units, columns.Count);
            var firstUnit = units.SelectMany(u => u).FirstOrDefault(u => u is not null);
            var scale = new List<string>();
            if (shareScale > 0)
            {
                scale.Add("shares in " + DisplayFormat.ScaleName(shareScale));
            }

            if (moneyScale > 0)
            {
                foreach (var currency in displayed.Select(f => f.Unit?.CurrencyCode).OfType<string>().Distinct().OrderBy(c => c, StringComparer.Ordinal))
                {
                    scale.Add(DisplayFormat.CurrencySymbol(currency) + " in " + DisplayFormat.ScaleName(moneyScale));
                }
            }

            return new RenderedPage(
                number,
                page.Role,
                page.Title,
                firstUnit is null || unitsInColumns ? null : DisplayFormat.UnitTitle(firstUnit),
                scale.Count == 0 ? null : string.Join(", ", scale),
                columnGroups,
                columns,
                rows);
        }

        /// <summary>
        /// A statement of changes in equity as the SEC lays it out: the equity components (the members of its
        /// <c>StatementEquityComponentsAxis</c>) as columns after the total, and one block of rows per period (earliest
        /// end first, the longer period first), each opening with its balances at the start and closing with those at the
        /// end, labelled with their dates.
        /// </summary>
        private RenderedPage RenderEquity(int number, QName equityAxis, Dictionary<(int Row, string Group), Dictionary<Place, Fact>> cells, Dictionary<string, ImmutableMembers> groups, HashSet<Period> durations)
        {
            var columns = groups.Values
                .Where(g => g.Members.Length == 0 || (g.Members.Length == 1 && g.Members[0].Axis == equityAxis))
                .Order(new MemberOrder(presentation, axisOrder))
                .ToList();
            var headings = columns.Select(g => g.Members.Length == 0 ? "Total" : presentation.Member(g.Members[0].Member).Label).ToList();
            var hidden = HiddenHeadings();
            var blocks = new List<(PresentationRow Row, string Label, Fact?[] Facts)>[durations.Count];
            var periods = durations.OrderBy(d => d.End).ThenBy(d => d.Start).ToList();
            var displayed = new List<Fact>();
            for (var b = 0; b < periods.Count; b++)
            {
                var period = periods[b];
                var block = new List<(PresentationRow Row, string Label, Fact?[] Facts)>();
                foreach (var row in page.Rows)
                {
                    if (row.IsHeading)
                    {
                        block.Add((row, row.Label, Array.Empty<Fact?>()));
                        continue;
                    }

                    var placement = row.Placement!.Value;
                    var at = StatementPeriods.For(period, placement);
                    var facts = columns.Select(g => cells.TryGetValue((row.Index, g.Key), out var byPeriod) ? Lookup(byPeriod, at, null) : null).ToArray();
                    if (facts.All(f => f is null))
                    {
                        continue;
                    }

                    displayed.AddRange(facts.OfType<Fact>());
                    var label = placement == PeriodPlacement.Duration ? row.Label : row.Label + " at " + DisplayFormat.Date(at.End);
                    if (placement == PeriodPlacement.Start)
                    {
                        block.Insert(0, (row, label, facts));
                    }
                    else
                    {
                        block.Add((row, label, facts));
                    }
                }

                blocks[b] = block;
            }

            var moneyScale = Scale(displayed.Where(f => f.Unit is { IsMonetary: true }));
            var shareScale = Scale(displayed.Where(f => f.Unit is { IsShares: true }));
            var rows = new List<RenderedRow>();
            var units = new List<Unit?[]>();
            foreach (var block in blocks)
            {
                for (var i = 0; i < block.Count; i++)
                {
                    var (row, label, facts) = block[i];
                    if (row.IsHeading)
                    {
                        // A heading is shown when a value row under it follows in the block.
                        var shows = !hidden.Contains(row.Index) && block.Skip(i + 1).TakeWhile(r => r.Row.Depth > row.Depth).Any(r => !r.Row.IsHeading);
                        if (shows)
                        {
                            rows.Add(new RenderedRow(RenderedRowKind.Heading, label, 0, row.Concept.Name, Array.Empty<RenderedCell>()));
                            units.Add(Array.Empty<Unit?>());
                        }

                        continue;
                    }

                    rows.Add(new RenderedRow(row.IsTotal ? RenderedRowKind.Total : RenderedRowKind.Item, label, 0, row.Concept.Name, facts.Select(f => f is null ? RenderedCell.Empty : Cell(row, f, moneyScale, shareScale)).ToArray()));
                    units.Add(facts.Select(f => f is { IsNil: false, NumericValue: not null } ? f.Unit : null).ToArray());
                }
            }

            return Finish(number, new List<ColumnGroup>(), headings, rows, units, displayed, moneyScale, shareScale);
        }

        /// <summary>A column: a period, and the currency of its amounts when the page has several.</summary>
        private readonly record struct Column(Period Period, string? Currency);

        private static bool Fits(PresentationRow row, Fact fact) => row.Placement switch
        {
            PeriodPlacement.Duration => !fact.Period.IsInstant,
            _ => fact.Period.IsInstant,
        };

        /// <summary>Durations by length then latest first; instants no duration column takes, latest first.</summary>
        private static List<Period> Columns(HashSet<Period> durations, List<(Period Period, PeriodPlacement Placement)> instants)
        {
            var columns = durations.OrderBy(DisplayFormat.MonthsOf).ThenByDescending(p => p.End).ThenByDescending(p => p.Start).ToList();
            var own = new HashSet<Period>();
            foreach (var (instant, _) in instants)
            {
                if (!durations.Any(d => Takes(d, instant, PeriodPlacement.Start) || Takes(d, instant, PeriodPlacement.End)))
                {
                    own.Add(instant);
                }
            }

            columns.AddRange(own.OrderByDescending(p => p.End));
            return columns;
        }

        private static bool Takes(Period column, Period instant, PeriodPlacement placement) =>
            column.IsDuration && StatementPeriods.For(column, placement == PeriodPlacement.Start ? PeriodPlacement.Start : PeriodPlacement.End) == instant;

        /// <summary>
        /// The page's scale: the smallest of its facts' powers of a thousand, each the one at or above its decimals (6 for
        /// facts in millions, 9 for facts in hundreds of millions, shown as 13.6 billions).
        /// </summary>
        private static int Scale(IEnumerable<Fact> facts)
        {
            int? scale = null;
            foreach (var fact in facts)
            {
                if (fact.IsNil || fact.Decimals is null)
                {
                    continue;
                }

                var places = fact.Decimals is { IsInfinite: false } decimals ? decimals.Places!.Value : 0;
                var allowed = places >= 0 ? 0 : (-places + 2) / 3 * 3;
                scale = scale is null ? allowed : Math.Min(scale.Value, allowed);
            }

            return scale ?? 0;
        }

        private void AddGroup(ImmutableMembers group, int columnCount, Dictionary<(int Row, string Group), Fact?[]> matrix, int moneyScale, int shareScale, List<RenderedRow> rows, List<Unit?[]> units)
        {
            var hidden = HiddenHeadings();
            var shownItems = new bool[page.Rows.Count];
            foreach (var row in page.Rows)
            {
                shownItems[row.Index] = !row.IsHeading && matrix.ContainsKey((row.Index, group.Key));
            }

            // A heading is shown when an item under it is (the rows up to the next one at its depth or above).
            var shownHeadings = new bool[page.Rows.Count];
            for (var i = 0; i < page.Rows.Count; i++)
            {
                var row = page.Rows[i];
                if (!row.IsHeading || hidden.Contains(i))
                {
                    continue;
                }

                for (var j = i + 1; j < page.Rows.Count && page.Rows[j].Depth > row.Depth; j++)
                {
                    if (shownItems[j])
                    {
                        shownHeadings[i] = true;
                        break;
                    }
                }
            }

            if (!shownItems.Any(s => s))
            {
                return;
            }

            if (group.Members.Length > 0)
            {
                rows.Add(new RenderedRow(RenderedRowKind.MemberGroup, string.Join(" | ", group.Members.Select(m => presentation.Member(m.Member).Label)), 0, null, Array.Empty<RenderedCell>()));
                units.Add(Array.Empty<Unit?>());
            }

            var depths = new Stack<int>();
            for (var i = 0; i < page.Rows.Count; i++)
            {
                var row = page.Rows[i];
                while (depths.Count > 0 && depths.Peek() >= row.Depth)
                {
                    depths.Pop();
                }

                if (row.IsHeading)
                {
                    if (shownHeadings[i])
                    {
                        rows.Add(new RenderedRow(RenderedRowKind.Heading, row.Label, depths.Count, row.Concept.Name, Array.Empty<RenderedCell>()));
                        units.Add(Array.Empty<Unit?>());
                        depths.Push(row.Depth);
                    }

                    continue;
                }

                if (!shownItems[i])
                {
                    continue;
                }

                var facts = matrix[(row.Index, group.Key)];
                var rowCells = new RenderedCell[columnCount];
                var rowUnits = new Unit?[columnCount];
                for (var c = 0; c < columnCount; c++)
                {
                    var fact = facts[c];
                    rowCells[c] = fact is null ? RenderedCell.Empty : Cell(row, fact, moneyScale, shareScale);
                    rowUnits[c] = fact is { IsNil: false, NumericValue: not null } ? fact.Unit : null;
                }

                // On a page of several currencies, a row of amounts in one of them names it (Net revenue | ¥).
                var currencies = rowUnits.Where(u => u is not null).Select(u => u!.IsMonetary ? u.CurrencyCode : string.Empty).Distinct().ToList();
                var label = severalCurrencies && currencies.Count == 1 && currencies[0] is { Length: > 0 } only ? row.Label + " | " + DisplayFormat.CurrencySymbol(only) : row.Label;
                rows.Add(new RenderedRow(row.IsTotal ? RenderedRowKind.Total : RenderedRowKind.Item, label, depths.Count, row.Concept.Name, rowCells));
                units.Add(rowUnits);
            }
        }

        /// <summary>
        /// The columns a page keeps: a sparse column (fewer than half the values of the fullest) goes when every value in
        /// it shows elsewhere too, on another page or in a column that is not sparse: the balances at the quarter's start
        /// that the statement of equity reports, the quarter's net income on a half-year cash flow statement. A sparse
        /// column of figures found nowhere else stays.
        /// </summary>
        private static bool[] KeptColumns(Dictionary<(int Row, string Group), Fact?[]> matrix, int count, Dictionary<Fact, int> pagesOf)
        {
            var filled = new int[count];
            foreach (var row in matrix.Values)
            {
                for (var c = 0; c < count; c++)
                {
                    filled[c] += row[c] is null ? 0 : 1;
                }
            }

            var most = filled.Length == 0 ? 0 : filled.Max();
            bool Sparse(int c) => filled[c] * 2 < most;
            var kept = new bool[count];
            for (var c = 0; c < count; c++)
            {
                kept[c] = !Sparse(c) || matrix.Values.Any(row => row[c] is { } fact && pagesOf.GetValueOrDefault(fact) < 2
                    && !Enumerable.Range(0, count).Any(o => o != c && !Sparse(o) && ReferenceEquals(row[o], fact)));
            }

            return kept;
        }

        private static Fact? Find(Dictionary<Place, Fact> byPeriod, Column column, PeriodPlacement placement)
        {
            var period = placement == PeriodPlacement.Duration || column.Period.IsInstant ? column.Period : StatementPeriods.For(column.Period, placement);
            return Lookup(byPeriod, period, column.Currency);
        }

        /// <summary>
        /// A row's fact for a period in a column of a currency: the fact in that currency, or one that has none (a count
        /// shows in every currency's column); in a column of no currency, the fact of any.
        /// </summary>
        private static Fact? Lookup(Dictionary<Place, Fact> byPlace, Period period, string? currency)
        {
            if (byPlace.TryGetValue(new Place(period, currency), out var fact) || (currency is not null && byPlace.TryGetValue(new Place(period, null), out fact)))
            {
                return fact;
            }

            if (currency is null)
            {
                foreach (var (place, candidate) in byPlace)
                {
                    if (place.Period == period)
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The headings a page leaves out: a dimensional table's own heading (<c>Disaggregation of Revenue [Table]</c>),
        /// the face statements' generic <c>Statement [Line Items]</c> (other tables' line items headings are shown, in
        /// every member group), and a heading directly followed by another heading.
        /// </summary>
        private HashSet<int> HiddenHeadings()
        {
            var hidden = new HashSet<int>();
            for (var i = 0; i < page.Rows.Count; i++)
            {
                var row = page.Rows[i];
                if (!row.IsHeading)
                {
                    continue;
                }

                var name = row.Concept.Name.LocalName;
                if (name.EndsWith("Table", StringComparison.Ordinal) || name == GenericLineItems
                    || (i + 1 < page.Rows.Count && page.Rows[i + 1].IsHeading && page.Rows[i + 1].Depth > row.Depth))
                {
                    hidden.Add(i);
                }
            }

            return hidden;
        }

        private static RenderedCell Cell(PresentationRow row, Fact fact, int moneyScale, int shareScale)
        {
            if (fact.IsNil)
            {
                return RenderedCell.Empty;
            }

            if (fact.NumericValue is { } value && fact.Unit is { } unit)
            {
                if (row.Concept.DataType == DataType.Percent)
                {
                    var percent = row.IsNegated ? -value * 100m : value * 100m;
                    var places = fact.Decimals is { IsInfinite: false } p ? Math.Max(2, p.Places!.Value - 2) : (int?)null;
                    return new RenderedCell(DisplayFormat.Number(percent, places, 0) + "%", true, percent < 0);
                }

                var shown = row.IsNegated ? -value : value;
                var scale = unit.IsMonetary ? moneyScale : unit.IsShares ? shareScale : 0;
                var decimals = fact.Decimals is { IsInfinite: false } d ? d.Places : null;
                return new RenderedCell(DisplayFormat.Number(shown, decimals, scale), true, shown < 0);
            }

            var text = fact.Value ?? string.Empty;
            if (row.Concept.DataType == DataType.TextBlock)
            {
                return new RenderedCell(DisplayFormat.Collapse(HtmlFragment.Text(text)), false, false, HtmlFragment.Sanitize(text));
            }

            if (row.Concept.DataType == DataType.Duration && IsoDuration.TryParse(text.Trim(), out var duration))
            {
                return new RenderedCell(DisplayFormat.Duration(duration), false, false);
            }

            if (row.Concept.DataType == DataType.Date && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return new RenderedCell(DisplayFormat.Date(date), false, false);
            }

            return new RenderedCell(DisplayFormat.Collapse(text), false, false);
        }

        /// <summary>The currency symbol on the first and last amount of each run of one unit down a column; other numbers end a run.</summary>
        private static void MarkCurrencySymbols(List<RenderedRow> rows, List<Unit?[]> units, int columnCount)
        {
            for (var c = 0; c < columnCount; c++)
            {
                var run = new List<int>();
                Unit? runUnit = null;
                for (var r = 0; r <= rows.Count; r++)
                {
                    var unit = r < rows.Count && units[r].Length > c ? units[r][c] : null;
                    var ends = r == rows.Count || (unit is not null && !unit.Equals(runUnit));
                    if (ends)
                    {
                        if (run.Count > 0 && runUnit is not null && DisplayFormat.CurrencyOf(runUnit) is { } currency)
                        {
                            Prefix(rows, run[0], c, currency);
                            if (run.Count > 1)
                            {
                                Prefix(rows, run[^1], c, currency);
                            }
                        }

                        run.Clear();
                        runUnit = unit;
                    }

                    if (unit is not null)
                    {
                        run.Add(r);
                    }
                }
            }
        }

        private static void Prefix(List<RenderedRow> rows, int row, int column, string currency)
        {
            var cells = (RenderedCell[])rows[row].Cells;
            cells[column] = cells[column] with { Text = DisplayFormat.CurrencySymbol(currency) + " " + cells[column].Text };
        }
    }

    /// <summary>Where a fact shows in a row: its period, and its currency when it is an amount.</summary>
    private readonly record struct Place(Period Period, string? Currency);

    /// <summary>The explicit members of a group of facts, in the page's axis order.</summary>
    private sealed class ImmutableMembers
    {
        public ImmutableMembers(ExplicitMember[] members)
        {
            Members = members;
            Key = string.Join("|", members.Select(m => m.ToString()));
        }

        public ExplicitMember[] Members { get; }

        public string Key { get; }
    }

    /// <summary>
    /// Groups in the order the SEC's pages show them: by their member of the page's first axis, a group without one
    /// first (the facts without dimensions come first of all), then of the next axis, each axis's members in member order.
    /// </summary>
    private sealed class MemberOrder(ReportPresentation presentation, Dictionary<QName, int> axisOrder) : IComparer<ImmutableMembers>
    {
        public int Compare(ImmutableMembers? x, ImmutableMembers? y)
        {
            for (var axis = 0; axis < axisOrder.Count; axis++)
            {
                var a = Key(x!, axis);
                var b = Key(y!, axis);
                var order = a.Order.CompareTo(b.Order);
                if (order == 0)
                {
                    order = string.CompareOrdinal(a.Name, b.Name);
                }

                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }

        private (int Order, string Name) Key(ImmutableMembers group, int axis)
        {
            foreach (var member in group.Members)
            {
                if (axisOrder[member.Axis] == axis)
                {
                    return (presentation.Member(member.Member).Order, member.Member.ToString());
                }
            }

            return (-1, string.Empty);
        }
    }
}

/// <summary>Runs of adjacent equal keys.</summary>
internal static class AdjacentGrouping
{
    public static IEnumerable<(string Key, int Count)> GroupAdjacent<T>(this IEnumerable<T> items, Func<T, string> key)
    {
        string? current = null;
        var count = 0;
        foreach (var item in items)
        {
            var k = key(item);
            if (count > 0 && k != current)
            {
                yield return (current!, count);
                count = 0;
            }

            current = k;
            count++;
        }

        if (count > 0)
        {
            yield return (current!, count);
        }
    }
}
