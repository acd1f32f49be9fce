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

    /// <summary>
    /// A comment ends at the line's end, so a line break of any kind (YAML also breaks lines at U+0085, U+2028 and
    /// U+2029) becomes a space: it would turn the rest into YAML. Tabs stay; other characters a schema file cannot
    /// hold (controls, a byte order mark, lone surrogates) are written as <c>\uXXXX</c>, as in quoted text.
    /// </summary>
    private static string OneLine(string comment)
    {
        var builder = new StringBuilder(comment.Length);
        for (var i = 0; i < comment.Length; i++)
        {
            var c = comment[i];
            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (c == '\t')
            {
                builder.Append(c);
            }
            else
            {
                i = YamlScalarWriter.AppendSafe(builder, comment, i);
            }
        }

        return builder.ToString();
    }
}
