using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>The harness itself, on the shipped schema: the same verdicts as the consumer project built by MSBuild.</summary>
public sealed class ShippedSchemaTests
{
    [Fact]
    public void TheShippedSchemaCompilesInMemoryAndValidatesTheProspectusAsTheConsumerDoes()
    {
        var taxonomy = ShippedTaxonomy.Generated;
        var report = new XbrlJsonReader().ReadFile(Repository.Path("samples/data/qiniu-prospectus.xbrl.json"));

        var validation = taxonomy.Validate("Qiniu", report.Facts, CalculationMode.RoundToNearest);
        var binding = taxonomy.Bind("Qiniu", report.Facts);

        Assert.Empty(taxonomy.SchemaDiagnostics);
        Assert.Equal(10, validation.Result.Findings.Count);
        Assert.Empty(binding.Unbound);
    }
}
