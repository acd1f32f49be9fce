using System.Text.RegularExpressions;
using System.Threading;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// A date transform's regular expression, made the first time a report uses that transform and interpreted.
/// The registries define about a hundred date patterns, most with a month name alternation in one language, of which
/// a report uses one or two; the regular expression source generator wrote 5.6 MB of C# for them, which every build of
/// the runtime compiled twice (net8.0 and net10.0) and every consumer loaded. The number patterns, which every numeric
/// fact goes through, stay source-generated.
/// </summary>
internal sealed class TransformPattern(string pattern, RegexOptions options)
{
    private Regex? regex;

    /// <summary>The pattern's match in <paramref name="text"/>.</summary>
    public Match Match(string text) => (Volatile.Read(ref regex) ?? Made()).Match(text);

    // Two threads may both make it; either copy is the same immutable, thread-safe Regex.
    private Regex Made()
    {
        var made = new Regex(pattern, options);
        return Interlocked.CompareExchange(ref regex, made, null) ?? made;
    }
}
