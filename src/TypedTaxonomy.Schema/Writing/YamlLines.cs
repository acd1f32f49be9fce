using System.Text;

namespace TypedTaxonomy.Schema.Writing;

/// <summary>Builds YAML text line by line: two spaces per level, optional trailing comment, LF line ends.</summary>
internal sealed class YamlLines
{
    private readonly StringBuilder text = new();

    public void Comment(int level, string comment) => Line(level, "# " + OneLine(comment));

    public void Blank() => text.Append('\n');

    /// <summary>A line <c>key: value  # comment</c>; the value and key must already be formatted.</summary>
    public void Entry(int level, string key, string? value = null, string? comment = null) =>
        Line(level, value is null ? key + ":" : key + ": " + value, comment);

    /// <summary>A sequence item <c>- value</c>.</summary>
    public void Item(int level, string value, string? comment = null) => Line(level, "- " + value, comment);

    public void Line(int level, string content, string? comment = null)
    {
        text.Append(' ', level * 2).Append(content);
        if (comment is not null)
        {
            text.Append("  # ").Append(OneLine(comment));
        }

        text.Append('\n');
    }

    public override string ToString() => text.ToString();

    // A comment ends at the line's end; a line break in evidence text would turn the rest into YAML.
    private static string OneLine(string comment) => comment.Replace("\r", " ").Replace("\n", " ");
}
