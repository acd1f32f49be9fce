using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Yaml;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>
/// Hostile and broken files (issue 3): each ends in a located diagnostic, within bounded time and memory,
/// never an exception, a stack overflow or a hang. The time bound is a guard that turns a hang into a
/// failing test, not a performance assertion, so it is several times what the slowest case takes on a
/// machine busy with the other test assemblies (CI runs them side by side on two cores); the allocation
/// bound is as loose. The tests run in their own collection, not in parallel with each other.
/// </summary>
[Collection(nameof(HostileInputTests))]
public sealed class HostileInputTests
{
    private const string Path = "hostile.taxonomy.yaml";
    private const long MiB = 1024 * 1024;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public void BillionLaughsIsRefusedWithoutExpandingAnything()
    {
        // Nine levels of ten aliases each: expanded, 10^9 strings.
        var text = new StringBuilder("lol0: &a0 \"lol\"\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append($"lol{level}: &a{level} [").Append(string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))).Append("]\n");
        }

        var diagnostics = Check(text.ToString(), maxAllocated: 64 * MiB);

        var aliases = diagnostics.Where(d => d.Id == "TAX0023").ToList();
        Assert.Equal(90, aliases.Count);
        Assert.All(aliases, d => Assert.Contains("aliases", d.Message, StringComparison.Ordinal));
        AssertAt(aliases[0], 2, 12); // lol1: &a1 [*a0 ...
        AssertAt(aliases[^1], 10, 5 + 6 + 5 * 9 + 1); // the tenth alias of line 10
    }

    [Fact]
    public void TenThousandNestedFlowSequencesStopAtTheDepthLimit()
    {
        var diagnostics = Check(new string('[', 10_000) + new string(']', 10_000));

        var diagnostic = Assert.Single(diagnostics);
        AssertIs(diagnostic, "TAX0023", 1, YamlReaderLimits.Default.MaxDepth + 1);
        Assert.Contains("deeper than 64", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandUnclosedFlowSequences()
    {
        var diagnostics = Check(new string('[', 10_000));

        // Reading stops at the depth limit, so the missing brackets at the end are never reached: one diagnostic.
        AssertIs(Assert.Single(diagnostics), "TAX0023", 1, 65);
    }

    /// <summary>
    /// Reading stops at the depth limit instead of scanning on: YamlDotNet's scanner spends time quadratic in the
    /// depth of open flow collections (200,000 levels took 103 s in <c>check</c>), so a reader that went on through
    /// two million levels would not finish within the bound, nor within the allocation bound.
    /// </summary>
    [Fact]
    public void TwoMillionNestedFlowSequencesStopAtTheDepthLimitWithoutScanningOn()
    {
        var diagnostics = Check("{\"a\": " + new string('[', 2_000_000) + new string(']', 2_000_000) + "}", maxAllocated: 64 * MiB);

        var diagnostic = Assert.Single(diagnostics);
        AssertIs(diagnostic, "TAX0023", 1, 6 + 64); // the mapping is the first level: the 64th bracket opens the 65th
        Assert.Contains("reading stops here", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandNestedFlowMappings()
    {
        var diagnostics = Check(string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "b" + new string('}', 10_000));

        // Each level is four characters wide; the 65th mapping opens at character 257.
        AssertIs(diagnostics.Single(d => d.Id == "TAX0023"), "TAX0023", 1, (64 * 4) + 1);
    }

    [Fact]
    public void TenThousandNestedBlockSequences()
    {
        var diagnostics = Check(string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");

        AssertIs(Assert.Single(diagnostics), "TAX0023", 1, (64 * 2) + 1);
    }

    [Fact]
    public void DeeplyNestedBlockMappingsStopAtTheDepthLimit()
    {
        // Block mappings indent one column per level, so depth costs characters quadratically: 5,000 levels
        // are 12.5 million characters, still under the size limit.
        var diagnostics = Check(NestedBlockMappings(5_000));

        // Line n opens the n-th mapping at column n; the 65th is one too deep.
        AssertIs(diagnostics.Single(d => d.Id == "TAX0023"), "TAX0023", 65, 65);
    }

    [Fact]
    public void TenThousandNestedBlockMappingsExceedTheSizeLimit()
    {
        var text = NestedBlockMappings(10_000);
        Assert.True(text.Length > YamlReaderLimits.Default.MaxCharacters);

        var diagnostic = Assert.Single(Check(text));

        AssertIs(diagnostic, "TAX0023", 1, 1);
        Assert.Contains("characters", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A50MegabyteConceptsMappingIsRefusedBeforeParsing()
    {
        var text = new StringBuilder(SchemaTestKit.Header).Append("\nconcepts:\n");
        for (var i = 0; text.Length < 50_000_000; i++)
        {
            text.Append("  Concept").Append(i).Append(": { type: monetary, periodType: duration, label: Concept number ").Append(i).Append(" }\n");
        }

        var diagnostic = Assert.Single(Check(text.ToString(), maxAllocated: 16 * MiB));

        AssertIs(diagnostic, "TAX0023", 1, 1);
        Assert.Contains($"{text.Length:N0} characters", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("33,554,432", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A50MegabyteCommentIsRefusedBeforeParsing()
    {
        var diagnostic = Assert.Single(Check(SchemaTestKit.Header + "\n# " + new string('x', 50 * 1024 * 1024) + "\n", maxAllocated: 16 * MiB));

        AssertIs(diagnostic, "TAX0023", 1, 1);
    }

    [Fact]
    public void A30MegabyteScalarUnderTheSizeLimitIsRead()
    {
        var text = SchemaTestKit.Header + "\nconcepts:\n  Note: { type: textBlock, periodType: duration, documentation: \"" + new string('x', 30_000_000) + "\" }\n";

        Assert.Empty(Check(text, maxAllocated: 1024 * MiB));
    }

    [Fact]
    public void FiveMillionTinyNodesStopAtTheNodeLimit()
    {
        var text = new StringBuilder("x: [", 10_000_010);
        for (var i = 0; i < 5_000_000; i++)
        {
            text.Append("1,");
        }

        text.Append("1]\n");
        // The heaviest input here: four million nodes are read before the limit stops it (about 7 s alone on
        // two cores, most of it in YamlDotNet's scanner, and over 20 s beside the other test assemblies), so
        // its hang guard is wider.
        var diagnostics = Check(text.ToString(), maxAllocated: 4096 * MiB, bound: TimeSpan.FromMinutes(3));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains("more than 4,000,000 nodes", diagnostic.Message, StringComparison.Ordinal);

        // Nodes 1 to 3 are the root mapping, 'x' and the list; the k-th "1" is node 3 + k, at column 5 + 2(k - 1).
        var firstTooMany = YamlReaderLimits.Default.MaxNodes + 1 - 3;
        AssertIs(diagnostic, "TAX0023", 1, 5 + (2 * (firstTooMany - 1)));
    }

    [Fact]
    public void InvalidUtf8IsReportedWhereTheBadByteIs()
    {
        // Latin-1 "é" (0xE9) after a line holding characters outside the BMP and CJK, as the compiler decodes it.
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(SchemaTestKit.Header + "\nconcepts:\n  A: { type: monetary, periodType: duration, label: \"收入 😀 Caf"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.UTF8.GetBytes("\" }\n"));

        var diagnostics = Check(Decode(bytes.ToArray()));

        // Column: 53 ASCII characters, 收入 (2), a space, 😀 (a surrogate pair: 2), " Caf" (4), then the bad byte.
        AssertIs(Assert.Single(diagnostics), "TAX0028", 8, 53 + 2 + 1 + 2 + 4 + 1);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'x' }, 1, 1)] // a UTF-16 byte order mark, not UTF-8
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)' ', 0xC3, (byte)'(' }, 1, 4)] // lead byte without continuation
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)'\r', (byte)'\n', (byte)' ', (byte)'-', (byte)' ', 0xE2, 0x82 }, 2, 4)] // truncated at the end, CRLF lines
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)'\r', (byte)'b', (byte)':', (byte)' ', 0xED, 0xA0, 0x80 }, 2, 4)] // an encoded surrogate, CR-only lines
    public void InvalidUtf8Sequences(byte[] bytes, int line, int column)
    {
        var diagnostics = Check(Decode(bytes));

        AssertIs(diagnostics.First(d => d.Id == "TAX0028"), "TAX0028", line, column);
    }

    [Fact]
    public void Utf16WithoutByteOrderMarkIsReportedAtTheFirstNul()
    {
        var diagnostics = Check(Decode(Encoding.Unicode.GetBytes(SchemaTestKit.Header)));

        var diagnostic = Assert.Single(diagnostics);
        AssertIs(diagnostic, "TAX0001", 1, 2);
        Assert.Contains("U+0000", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-16", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("taxonomy:\n\tname: Demo\n", 2, 1)]
    [InlineData("taxonomy:\n  name: Demo\n\tprefix: demo\n", 3, 1)]
    [InlineData("taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nconcepts:\n  Revenue:\n\t  type: monetary\n", 4, 1)]
    [InlineData("taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nstatements:\n  S:\n    lineItems:\n  \t- Revenue\n", 5, 3)]
    public void TabsUsedForIndentationAreReportedAtTheTab(string text, int line, int column)
    {
        var diagnostic = Assert.Single(Check(text));

        AssertIs(diagnostic, "TAX0001", line, column);
        Assert.Contains("tab", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TabsBetweenAKeyAndItsValueAreAllowed()
    {
        Assert.Empty(Check("taxonomy:\n  name:\tDemo\n  prefix: demo\n  namespace:\thttp://example.com/demo\n"));
    }

    [Theory]
    [InlineData("taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nconcepts: {}\nconcepts: {}\n", 3, 1, 2)]
    [InlineData("taxonomy: { name: Demo, prefix: demo, name: Other, namespace: http://example.com/demo }\n", 1, 39, 1)]
    [InlineData("taxonomy:\n  name: Demo\n  prefix: demo\n  namespace: http://example.com/demo\n  prefix: demo\n", 5, 3, 3)]
    public void DuplicateKeysAreReportedAtTheRepeat(string text, int line, int column, int firstLine)
    {
        var diagnostic = Assert.Single(Check(text));

        AssertIs(diagnostic, "TAX0005", line, column);
        Assert.EndsWith($"the first was at line {firstLine}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThousandsOfDuplicateKeysAreEachReported()
    {
        var text = new StringBuilder(SchemaTestKit.Header).Append("\nconcepts:\n");
        for (var i = 0; i < 20_000; i++)
        {
            text.Append("  A: { type: monetary, periodType: duration }\n");
        }

        var diagnostics = Check(text.ToString());

        Assert.Equal(19_999, diagnostics.Count(d => d.Id == "TAX0005"));
        Assert.All(diagnostics, d => Assert.Equal("TAX0005", d.Id));
        AssertAt(diagnostics[0], 9, 3);
    }

    [Fact]
    public void MultipleDocumentsAreRefusedAtTheSecond()
    {
        var diagnostics = Check("---\n" + SchemaTestKit.Header + "\n---\nconcepts: {}\n---\nmore: 1\n");

        var diagnostic = Assert.Single(diagnostics);
        AssertIs(diagnostic, "TAX0023", 8, 1);
        Assert.Contains("one YAML document", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- taxonomy\n- concepts\n", "a list")]
    [InlineData("just some text\n", "a scalar")]
    [InlineData("[1, 2, 3]", "a list")]
    [InlineData("\"taxonomy\"", "a scalar")]
    public void ARootThatIsNotAMappingIsReported(string text, string kind)
    {
        var diagnostic = Assert.Single(Check(text));

        AssertIs(diagnostic, "TAX0024", 1, 1);
        Assert.EndsWith("not " + kind, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("\n\n\n")]
    public void AnEmptyFileIsReported(string text)
    {
        AssertIs(Assert.Single(Check(text)), "TAX0003", 1, 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void BinaryGarbageGivesLocatedDiagnostics(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[256 * 1024];
        random.NextBytes(bytes);
        var text = Decode(bytes);

        var diagnostics = Check(text);

        Assert.NotEmpty(diagnostics);
        AssertIs(diagnostics.Single(d => d.Id == "TAX0028"), "TAX0028", Position(text, text.IndexOf('\uFFFD', StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void RandomPrintableTextGivesLocatedDiagnostics(int seed)
    {
        // Characters YAML gives meaning to, so the parser goes down many paths.
        const string Alphabet = "abc: -[]{},&*!|>'\"%@`#?\n\n  \t\r\u00e9\u2028\u0085";
        var random = new Random(seed);
        var text = new string(Enumerable.Range(0, 200_000).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

        Assert.NotEmpty(Check(text));
    }

    private static string NestedBlockMappings(int depth)
    {
        var text = new StringBuilder();
        for (var level = 0; level < depth; level++)
        {
            text.Append(' ', level).Append("k:\n");
        }

        return text.ToString();
    }

    /// <summary>As the compiler reads a file: invalid UTF-8 becomes U+FFFD, no exception.</summary>
    private static string Decode(byte[] bytes) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);

    /// <summary>
    /// Parses and resolves <paramref name="text"/> on a thread of its own (an ordinary stack, as the
    /// compiler's), failing the test if it throws, takes longer than <paramref name="bound"/> (default 60 s), or allocates more than
    /// <paramref name="maxAllocated"/>. Every diagnostic must lie inside the text.
    /// </summary>
    private static IReadOnlyList<SchemaDiagnostic> Check(string text, long maxAllocated = 512 * MiB, TimeSpan? bound = null)
    {
        var limit = bound ?? Bound;
        var task = Task.Factory.StartNew(
            () =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var diagnostics = SchemaTestKit.Check((Path, text)).Diagnostics;
                return (Diagnostics: diagnostics, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        if (!task.Wait(limit) && !task.IsCompleted)
        {
            Assert.Fail($"Parsing did not finish within {limit.TotalSeconds} s: a hang or runaway input.");
        }

        if (task.Exception is { } exception)
        {
            Assert.Fail("Parsing threw: " + exception.InnerException);
        }

        var (result, allocated) = task.Result;
        Assert.True(allocated <= maxAllocated, $"Parsing allocated {allocated / MiB:N0} MiB; the bound is {maxAllocated / MiB:N0} MiB.");
        SchemaTestKit.AssertLocatedInside(result, (Path, text));
        return result;
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var span = SchemaTestKit.PositionOf(text, index);
        return (span.Line, span.Column);
    }

    private static void AssertIs(SchemaDiagnostic diagnostic, string id, (int Line, int Column) at) => AssertIs(diagnostic, id, at.Line, at.Column);

    private static void AssertIs(SchemaDiagnostic diagnostic, string id, int line, int column)
    {
        Assert.True(diagnostic.Id == id, $"Expected {id}, got {diagnostic}");
        Assert.Equal(SchemaDiagnosticDescriptors.Find(id)!.Severity, diagnostic.Severity);
        AssertAt(diagnostic, line, column);
    }

    private static void AssertAt(SchemaDiagnostic diagnostic, int line, int column)
    {
        Assert.Equal(Path, diagnostic.Span.FilePath);
        Assert.True((line, column) == (diagnostic.Span.StartLine, diagnostic.Span.StartColumn), $"Expected ({line},{column}), got {diagnostic}");
    }
}

[CollectionDefinition(nameof(HostileInputTests), DisableParallelization = true)]
public sealed class HostileInputCollection
{
}
