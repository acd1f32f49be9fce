using System.Collections.Generic;

namespace TypedTaxonomy.Import.Model;

/// <summary>A statement: the presentation tree of one extended link role.</summary>
internal sealed class StatementInfo
{
    public StatementInfo(string name, string role, string? title)
    {
        Name = name;
        Role = role;
        Title = title;
    }

    public string Name { get; }

    public string Role { get; }

    public string? Title { get; }

    public List<ConceptName> Axes { get; } = new();

    /// <summary>The members of its axes the role presents, in presentation order (its tables show only these).</summary>
    public List<ConceptName> Members { get; } = new();

    public List<LineItemNode> LineItems { get; } = new();
}
