using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// The XBRL 2.1 processor on the real SEC filings as they are offline: their DTS names US-GAAP, DEI, SRT and ECD
/// schemas on fasb.org and sec.gov that are not at hand. Each such document is one warning and what lies in it is
/// not judged; everything else (the company's schema and linkbases, its own concepts' facts and summations) is
/// validated, so a mistake put into a copy of a filing is found at its place, and a filing as filed gives no error.
/// </summary>
public sealed class FilingProcessorTests : IDisposable
{
    private const string FasbUsGaap = "https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd";
    private const string FasbSrt = "https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "typed-taxonomy-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("aapl-10k-2023/aapl-20230930_htm.xml")]
    [InlineData("amzn-10k-2022/amzn-20221231_htm.xml")]
    [InlineData("aapl-10q-2025/aapl-20250329_htm.xml")]
    [InlineData("aapl-10q-2025/aapl-20250329.htm")]
    public void AFilingAsFiledHasNoErrorAndEachRemoteSchemaNotAtHandIsOneWarning(string filing)
    {
        var result = XbrlProcessor.Validate(Repository.Shared("data/sec-filings/" + filing), CalculationMode.RoundToNearest);

        Assert.Empty(result.Findings.Where(f => f.IsError).Select(f => f.ToString()));
        Assert.All(result.Findings, f => Assert.Equal("webCache:retrievalError", f.Code));
        Assert.Contains(result.Dts.Unavailable, url => url.Contains("/us-gaap/", StringComparison.Ordinal));
        var perDocument = result.Findings.Where(f => f.Line > 0).ToList();
        Assert.Equal(result.Dts.Unavailable.Order(StringComparer.Ordinal), perDocument.Select(f => f.Message.Split(' ')[0]).Order(StringComparer.Ordinal));

        // The company's own facts were validated against its schema; those of the base taxonomies are counted, not dropped.
        var report = result.Report!;
        var extension = result.Dts.Schemas.Single().TargetNamespace;
        var own = report.Facts.Count(f => f.ConceptName.NamespaceUri == extension);
        Assert.True(own > 0, "the filing has facts of its own concepts");
        Assert.DoesNotContain(result.Validation!.UnknownConcepts, f => f.ConceptName.NamespaceUri == extension);
        var unjudged = report.Facts.Count(f => result.Dts.UnavailableNamespaces.Contains(f.ConceptName.NamespaceUri));
        Assert.Contains($"{unjudged} facts", result.Findings.Single(f => f.Line == 0).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingSchemaIsOneErrorAtItsReferenceAndItsFactsAreCountedNotEachAnError()
    {
        // The shared copy of Netflix's filing renamed its schema (nflx-20240126.xsd) but the instance names nflx-20231231.xsd.
        var result = XbrlProcessor.Validate(Repository.Shared("data/sec-filings/nflx-10k-2024/nflx-20240126_htm.xml"));

        var error = Assert.Single(result.Findings, f => f.IsError);
        Assert.Equal(("IOerror", "nflx-20240126_htm.xml", 16), (error.Code, Path.GetFileName(error.File), error.Line));
        Assert.Contains("nflx-20231231.xsd", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{result.Report!.Facts.Count} facts", result.Findings.Single(f => f.Line == 0).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSrtPackageGivesTheSrtSchemaThroughItsCatalogAndItsDtsIsValid()
    {
        var result = XbrlProcessor.Validate(
            Repository.Shared("data/sec-filings/aapl-10q-2025/aapl-20250329.htm"),
            new XbrlProcessorOptions { Packages = [Repository.Shared("data/taxonomies/srt-2024")], Mode = CalculationMode.RoundToNearest });

        Assert.Empty(result.Findings.Where(f => f.IsError).Select(f => f.ToString()));
        Assert.True(result.Dts.RemoteFiles.ContainsKey(FasbSrt), "the catalog maps the SRT schema's URL into the package");
        Assert.DoesNotContain(FasbSrt, result.Dts.Unavailable);
        Assert.Contains(FasbUsGaap, result.Dts.Unavailable);
        Assert.DoesNotContain("http://fasb.org/srt/2024", result.Dts.UnavailableNamespaces);
        Assert.Contains(result.Dts.Elements.Keys, name => name.NamespaceName == "http://fasb.org/srt/2024" && name.LocalName == "ProductOrServiceAxis");
        Assert.Contains(result.Dts.Documents, d => d.Path.EndsWith("srt-types-2024.xsd", StringComparison.Ordinal)); // relative imports inside the package
    }

    [Fact]
    public void TheSrtTaxonomyAsPublishedIsAValidDts()
    {
        var package = Repository.Shared("data/taxonomies/srt-2024");
        var result = XbrlProcessor.Validate(Path.Combine(package, "entire", "srt-entryPoint-all-2024.xsd"), new XbrlProcessorOptions { Packages = [package] });

        Assert.Empty(result.Findings.Where(f => f.IsError).Select(f => f.ToString()));
        Assert.All(result.Findings, f => Assert.Equal("webCache:retrievalError", f.Code)); // the SEC's country, currency, exchange and stpr schemas
        Assert.True(result.Dts.Documents.Count > 50, $"{result.Dts.Documents.Count} documents");
        Assert.Contains(result.Dts.Linkbases, l => l.Linkbase.Elements().Any(e => e.Name.LocalName == "calculationLink"));
        Assert.Contains(result.Dts.Linkbases, l => l.Linkbase.Elements().Any(e => e.Name.LocalName == "definitionLink"));
    }

    [Fact]
    public void MistakesPutIntoACopyOfAFilingAreEachFoundAtTheirPlaceAndNothingElse()
    {
        var source = Repository.Shared("data/sec-filings/aapl-10q-2025");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(source, "aapl-20250329*").Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".xsd", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var calculationLine = Replace("aapl-20250329_cal.xml", "xlink:href=\"aapl-20250329.xsd#aapl_OtherComprehensiveIncomeLossDerivativeInstrumentGainLossafterReclassificationandTax\"", "xlink:href=\"aapl-20250329.xsd#aapl_NoSuchConcept\"");
        var roleLine = Replace("aapl-20250329_pre.xml", "roleURI=\"http://www.apple.com/role/CoverPage\"", "roleURI=\"http://www.apple.com/role/NoSuchRole\"");
        var valueLine = Replace("aapl-20250329_htm.xml", "id=\"f-139\" unitRef=\"usd\">456000000<", "id=\"f-139\" unitRef=\"usd\">4.56E8<");

        var result = XbrlProcessor.Validate(Path.Combine(folder, "aapl-20250329_htm.xml"), CalculationMode.RoundToNearest);

        var errors = result.Findings.Where(f => f.IsError).Select(f => (Path.GetFileName(f.File), f.Line, f.Code)).ToList();
        Assert.Equal(
            new[]
            {
                ("aapl-20250329_cal.xml", calculationLine, "xbrl.3.5.3.7.2:locatorHref"),
                ("aapl-20250329_htm.xml", valueLine, "xmlSchema:valueError"),
                ("aapl-20250329_pre.xml", roleLine, "xbrl.3.5.2.4.5:roleRefNotDefined"),
                ("aapl-20250329_pre.xml", roleLine + 1, "xbrl.3.5.2.4:missingRoleRef"), // the cover page's link has lost its roleRef
            },
            errors.Distinct().Order());
    }

    /// <summary>Replaces the first occurrence of <paramref name="text"/> in a copied file; returns its line.</summary>
    private int Replace(string file, string text, string replacement)
    {
        var path = Path.Combine(folder, file);
        var content = File.ReadAllText(path);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{file} holds {text}");
        File.WriteAllText(path, content[..at] + replacement + content[(at + text.Length)..]);
        return content[..at].Count(c => c == '\n') + 1;
    }
}
