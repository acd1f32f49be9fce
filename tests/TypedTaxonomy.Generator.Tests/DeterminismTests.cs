using System.Globalization;
using System.Linq;
using System.Threading;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void OutputIsByteIdenticalAcrossRunsCulturesAndFileOrder()
    {
        var paths = GeneratorHarness.ShippedSchemaFiles();
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            var first = GeneratorHarness.Run(GeneratorHarness.FromDisk(paths)).Sources;

            // Turkish casing and comma decimals break culture-sensitive code; the file order is reversed too.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            var reversed = GeneratorHarness.FromDisk(paths).Reverse().ToList();
            var second = GeneratorHarness.Run(reversed).Sources;

            Assert.NotEmpty(first);
            Assert.Equal(first.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal), second.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
            foreach (var (hintName, text) in first)
            {
                Assert.Equal(text, second.Single(s => s.HintName == hintName).Text);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
