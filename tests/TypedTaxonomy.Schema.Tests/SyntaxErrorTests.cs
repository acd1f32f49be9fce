using System.Linq;
using static TypedTaxonomy.Schema.Tests.SchemaTestKit;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>Every failure of the YAML reader is told in words, at the mistake, and never with an exception's text.</summary>
public sealed class SyntaxErrorTests
{
    private const string Head = "taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\n";

    private const string Generated = "; nothing of this file is generated until it parses";

    [Theory]
    [InlineData("concepts:\n  Revenue: { type: monetary, periodType: duration\n  Cost: { type: monetary }\n", 3, 12, "The '{' opened at (3,12) is never closed: add the '}' that ends it")]
    [InlineData("statements:\n  S:\n    lineItems: [A, B\n    title: x\n", 4, 16, "The '[' opened at (4,16) is never closed: add the ']' that ends it")]
    [InlineData("statements:\n  S: { lineItems: [A, B }\n", 3, 19, "The '[' opened at (3,19) is not closed: a ']' is missing before the '}' at (3,25)")]
    [InlineData("statements:\n  S:\n    lineItems: [A, B]]\n", 4, 22, "This ']' closes nothing: there is no '[' open here")]
    [InlineData("concepts:\n  A:\n    label: \"abc\n    type: monetary\n", 4, 12, "The double quote opened at (4,12) is never closed: add the closing \" at the end of the text")]
    [InlineData("concepts:\n  A:\n    label: 'abc\n    type: monetary\n", 4, 12, "The single quote opened at (4,12) is never closed: add the closing ' at the end of the text")]
    [InlineData("concepts:\n  A:\n    label: \"Revenue\" total\n", 4, 22, "Text follows the closing quote of the value: put the whole value inside the quotes")]
    [InlineData("concepts:\n  A:\n    type: monetary\n\t  periodType: duration\n", 5, 1, "A tab is used for indentation; YAML indents with spaces only: replace the tab with spaces")]
    [InlineData("concepts:\n  A:\n    type: monetary\n      periodType: duration\n", 5, 7, "This key is indented more than the line above, so it falls inside that line's value: indent it as the key it belongs beside (the keys above are indented 4 spaces, then 2 spaces, then 0 spaces)")]
    [InlineData("concepts:\n  A:\n    type: monetary\n   periodType: duration\n", 5, 4, "This line is indented 3 spaces, which lines up with no key above it (the keys above are indented 4 spaces, then 2 spaces, then 0 spaces): indent it as the key it belongs beside, or under")]
    [InlineData("concepts:\n  A:\n    type: monetary\n    label: Revenue: total\n", 5, 19, "The value contains ': ', which YAML reads as the start of another key: put the value in quotes")]
    [InlineData("concepts:\n  A: { type: monetary, periodType: duration, label: \"a\\qb\" }\n", 3, 55, "'\\q' is not a valid escape in a double-quoted text: write '\\\\' for a backslash, or put the text in single quotes")]
    [InlineData("concepts:\n  A: { type: monetary, periodType: duration, label: \"a\\u12\" }\n", 3, 55, "'\\u12' is not a valid escape in a double-quoted text: \\x takes 2 hexadecimal digits, \\u 4 and \\U 8")]
    [InlineData("statements:\n  S:\n    lineItems:\n      - A\n      B\n", 6, 7, "This line is indented as an item of the list above, but does not start with '- ': make it a list item, or indent it as the key it is")]
    [InlineData("concepts:\n  A:\n    label: @x\n", 4, 12, "'@' cannot start a value in YAML: put the value in quotes")]
    [InlineData("concepts:\n  A:\n    label: a {b} 'c\n    type: [\n", 5, 11, "The '[' opened at (5,11) is never closed: add the ']' that ends it")]
    public void YamlMistakes(string body, int line, int column, string message)
    {
        var diagnostic = Single(Diagnose(Head + body), "TAX0001", line, column);

        Assert.Equal(message + Generated, diagnostic.Message);
    }

    [Theory]
    [InlineData("{\"taxonomy\": {\"name\": \"Demo\" \"prefix\": \"demo\"}}", 1, 30, "A ',' is missing before this entry of the mapping opened at (1,14)")]
    [InlineData("{\"taxonomy\": {\"name\": \"Demo\", \"prefix\": \"demo\"}", 1, 1, "The '{' opened at (1,1) is never closed: add the '}' that ends it")]
    [InlineData("{\"taxonomy\": {\"name\": \"De\\qmo\"}}", 1, 26, "'\\q' is not a valid escape in a double-quoted text: write '\\\\' for a backslash, or put the text in single quotes")]
    [InlineData("{\"taxonomy\": {\"name\": [\"Demo\"}}", 1, 23, "The '[' opened at (1,23) is not closed: a ']' is missing before the '}' at (1,30)")]
    public void JsonMistakes(string text, int line, int column, string message)
    {
        var diagnostic = Assert.Single(Check(("demo.taxonomy.json", text)).Diagnostics);

        Assert.Equal($"demo.taxonomy.json({line},{column}): error TAX0001: {message}{Generated}", diagnostic.ToString());
    }
}
