using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy.Rendering;

/// <summary>
/// Generated statements rendered the way <see cref="ReportRenderer"/> renders a report, without a report file: the
/// statements' values become facts (<see cref="StatementFacts.ToFacts"/>) laid out on one page of the statement class's
/// own presentation (its rows and labels), one column per period (and currency), one row group per member.
/// </summary>
public static class StatementRendering
{
    private static readonly EntityIdentifier Statements = new("https://typedtaxonomy.dev/statements", "statements");

    /// <summary>
    /// The page of a set of statements of one class under the statement's title from the taxonomy, each member group
    /// named by the member's terse label (<see cref="IStatement.AxisMembers"/>) and in the order first seen.
    /// </summary>
    /// <typeparam name="TStatement">The generated statement class.</typeparam>
    /// <param name="statements">The statements: their periods, members and currencies become the columns and groups.</param>
    /// <returns>The page, or null when no statement has a value.</returns>
    public static RenderedPage? Render<TStatement>(IEnumerable<TStatement> statements)
        where TStatement : class, IStatement, IStatementType<TStatement> =>
        Render(TStatement.Title, statements);

    /// <summary>The page of a set of statements of one class.</summary>
    /// <typeparam name="TStatement">The generated statement class.</typeparam>
    /// <param name="title">The page's title.</param>
    /// <param name="statements">The statements: their periods, members and currencies become the columns and groups.</param>
    /// <param name="memberLabel">A member's label; null, or null for a member, names it by its terse label in the taxonomy (its concept, from <see cref="IStatement.AxisMembers"/>).</param>
    /// <param name="memberOrder">The order of the members' groups (a taxonomy's or a report's); members not in it follow as first seen.</param>
    /// <returns>The page, or null when no statement has a value.</returns>
    public static RenderedPage? Render<TStatement>(string title, IEnumerable<TStatement> statements, Func<QName, string?>? memberLabel = null, IEnumerable<QName>? memberOrder = null)
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(statements);
        var list = statements.ToList();
        var facts = list.SelectMany(s => StatementFacts.ToFacts(s, Statements)).ToList();
        var axes = new List<QName>();
        var members = new Dictionary<QName, PresentationMember>();
        var concepts = new Dictionary<QName, Concept>();
        foreach (var member in list.SelectMany(s => s.AxisMembers))
        {
            concepts.TryAdd(member.Member.Name, member.Member);
        }

        void Add(QName member) => members.TryAdd(member, new PresentationMember(member, memberLabel?.Invoke(member) ?? (concepts.TryGetValue(member, out var concept) ? concept.LabelOf("terse") : member.LocalName), members.Count));
        foreach (var member in memberOrder ?? [])
        {
            Add(member);
        }

        foreach (var member in list.SelectMany(s => s.Members))
        {
            if (!axes.Contains(member.Axis))
            {
                axes.Add(member.Axis);
            }

            Add(member.Member);
        }

        var page = new PresentationPage(string.Empty, title, TStatement.Presentation, axes, Array.Empty<QName>());
        return ReportRenderer.Render(facts, new ReportPresentation([page], members)).FirstOrDefault(p => p.Role is not null);
    }

    /// <summary>The page of a set of statements of one class as HTML (see <see cref="HtmlPageWriter.Page"/>).</summary>
    /// <typeparam name="TStatement">The generated statement class.</typeparam>
    /// <param name="title">The page's title.</param>
    /// <param name="statements">The statements.</param>
    /// <param name="memberLabel">A member's label, or null for its local name.</param>
    /// <param name="memberOrder">The order of the members' groups.</param>
    public static string ToHtml<TStatement>(string title, IEnumerable<TStatement> statements, Func<QName, string?>? memberLabel = null, IEnumerable<QName>? memberOrder = null)
        where TStatement : class, IStatement, IStatementType<TStatement>
    {
        var page = Render(title, statements, memberLabel, memberOrder);
        return page is null ? string.Empty : HtmlPageWriter.Page(page);
    }
}
