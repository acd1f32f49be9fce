using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests.Packaging;

/// <summary>The package's readme shows the schema file and the program that <see cref="NewcomerTests"/> builds and runs.</summary>
public sealed class PackageReadmeTests
{
    [Fact]
    public void TheReadmeOfThePackageShowsTheTestedFiles()
    {
        var readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot(), "src", "TypedTaxonomy", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = Regex.Matches(readme, "```(yaml|csharp)\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[2].Value).ToList();
        var steps = ReadmeSteps.ConsumerSteps();

        Assert.Equal(2, blocks.Count);
        Assert.Contains("cat > demo.taxonomy.yaml <<'END'\n" + blocks[0] + "END\n", steps, StringComparison.Ordinal);
        Assert.Contains("cat > Program.cs <<'END'\n" + blocks[1] + "END\n", steps, StringComparison.Ordinal);
    }
}
