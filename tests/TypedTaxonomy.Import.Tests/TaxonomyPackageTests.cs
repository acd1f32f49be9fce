using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using TypedTaxonomy.Import;

namespace TypedTaxonomy.Import.Tests;

/// <summary>
/// Taxonomy packages that break the Taxonomy Packages 1.0 layout end in one error with the specification's code,
/// naming the package and the file at fault, before anything is read from them; and a company extension imported
/// with the base taxonomy's package gets that taxonomy's concepts as declared instead of inferring them.
/// </summary>
public sealed class TaxonomyPackageTests : IDisposable, IClassFixture<SrtPackageFixture>
{
    private const string Metadata = """
        <tp:taxonomyPackage xmlns:tp="http://xbrl.org/2016/taxonomy-package" xml:lang="en">
          <tp:identifier>http://example.com/pkg</tp:identifier>
          <tp:name>Example</tp:name>
          <tp:entryPoints>
            <tp:entryPoint><tp:name>Main</tp:name><tp:entryPointDocument href="http://example.com/pkg/ex.xsd"/></tp:entryPoint>
          </tp:entryPoints>
        </tp:taxonomyPackage>
        """;

    private const string Catalog = """
        <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
          <rewriteURI uriStartString="http://example.com/pkg/" rewritePrefix="../files/"/>
        </catalog>
        """;

    private const string Schema = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:ex="http://example.com/ex" targetNamespace="http://example.com/ex">
          <xs:element name="Revenue" id="ex_Revenue" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="duration" xbrli:balance="credit"/>
        </xs:schema>
        """;

    private readonly TempDirectory temp = new();
    private readonly SrtPackageFixture srt;

    public TaxonomyPackageTests(SrtPackageFixture srt) => this.srt = srt;

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_well_formed_zip_package_imports_through_its_catalog()
    {
        var zip = Zip(Good());

        var result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = zip, OutputPath = temp.File("out") });

        Assert.Equal("ex", result.Summary.Prefix);
        Assert.Contains("Revenue:", result.Files.Values.Single(), StringComparison.Ordinal);
        Assert.Contains("the entry point 'Main' of the taxonomy package http://example.com/pkg", result.Files.Values.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_entry_that_climbs_out_of_the_package_is_refused_before_anything_is_read()
    {
        var entries = Good();
        entries["pkg/../../evil.xsd"] = Schema;

        var error = Assert.Throws<ImportException>(() => Import(Zip(entries)));

        Assert.StartsWith("tpe:invalidArchiveFormat: the entry 'pkg/../../evil.xsd'", error.Reason, StringComparison.Ordinal);
        Assert.Contains("zip slip", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc/evil.xsd")]
    [InlineData("pkg\\files\\evil.xsd")]
    [InlineData("pkg/./files/ex.xsd")]
    public void Absolute_backslashed_and_dotted_entry_names_make_the_archive_invalid(string name)
    {
        var entries = Good();
        entries[name] = Schema;

        var error = Assert.Throws<ImportException>(() => Import(Zip(entries)));

        Assert.StartsWith("tpe:invalidArchiveFormat:", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_an_invalid_archive()
    {
        var path = temp.File("not.zip");
        File.WriteAllText(path, "this is not a zip archive");

        var error = Assert.Throws<ImportException>(() => Import(path));

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith("tpe:invalidArchiveFormat: not a readable zip archive", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_top_folders_are_an_invalid_directory_structure()
    {
        var entries = Good();
        entries["other/readme.txt"] = "x";

        var error = Assert.Throws<ImportException>(() => Import(Zip(entries)));

        Assert.StartsWith("tpe:invalidDirectoryStructure: the package has 2 folders at its top (other, pkg)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_metadata_says_which_file_is_missing()
    {
        var entries = Good();
        entries.Remove("pkg/META-INF/taxonomyPackage.xml");

        var error = Assert.Throws<ImportException>(() => Import(Zip(entries)));

        Assert.Equal("tpe:metadataFileNotFound: the package has no pkg/META-INF/taxonomyPackage.xml", error.Reason);
    }

    [Theory]
    [InlineData("<tp:taxonomyPackage xmlns:tp=\"http://xbrl.org/2016/taxonomy-package\">\n  <tp:identifier>x</tp:identifier>\n  <tp:name>broken\n</tp:taxonomyPackage>", 4, "not well-formed XML")]
    [InlineData("<taxonomyPackage xmlns=\"http://example.com/wrong\"/>", 1, "the root element is <taxonomyPackage> in 'http://example.com/wrong'")]
    [InlineData("<tp:taxonomyPackage xmlns:tp=\"http://xbrl.org/2016/taxonomy-package\"/>", 1, "the package must have exactly one non-empty <tp:identifier>")]
    [InlineData("<tp:taxonomyPackage xmlns:tp=\"http://xbrl.org/2016/taxonomy-package\"><tp:identifier>x</tp:identifier><tp:entryPoints>\n<tp:entryPoint><tp:name>E</tp:name></tp:entryPoint></tp:entryPoints></tp:taxonomyPackage>", 2, "an entry point has no <tp:entryPointDocument>")]
    public void A_malformed_metadata_file_is_invalidMetaDataFile_at_its_line(string metadata, int line, string reason)
    {
        var entries = Good();
        entries["pkg/META-INF/taxonomyPackage.xml"] = metadata;

        var error = Assert.Throws<ImportException>(() => Import(Zip(entries)));

        Assert.EndsWith("pkg.zip/pkg/META-INF/taxonomyPackage.xml", error.FilePath, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.StartsWith("tpe:invalidMetaDataFile: " + reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"><rewriteURI uriStartString=\"http://example.com/pkg/\"", "tpe:invalidCatalogFile: not well-formed XML")]
    [InlineData("<catalog/>", "tpe:invalidCatalogFile: the root element is <catalog> in ''")]
    [InlineData("<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"><rewriteURI uriStartString=\"http://example.com/pkg/\" rewritePrefix=\"../../../\"/></catalog>", "tpe:invalidCatalogFile: the rewritePrefix '../../../' leads outside the package")]
    [InlineData("<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"><rewriteURI uriStartString=\"http://example.com/pkg/\" rewritePrefix=\"../files/\"/><rewriteURI uriStartString=\"http://example.com/pkg/\" rewritePrefix=\"../\"/></catalog>", "tpe:multipleRewriteURIsForStartString:")]
    public void A_malformed_or_escaping_catalog_is_refused(string catalog, string reason)
    {
        var entries = Good();
        entries["pkg/META-INF/catalog.xml"] = catalog;

        var error = Assert.Throws<ImportException>(() => Import(Zip(entries)));

        Assert.EndsWith("pkg/META-INF/catalog.xml", error.FilePath, StringComparison.Ordinal);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_url_that_climbs_out_through_the_catalog_is_refused_at_the_reference()
    {
        var entries = Good();
        entries["pkg/files/ex.xsd"] = Schema.Replace("<xs:element", "<xs:import namespace=\"http://example.com/x\" schemaLocation=\"http://example.com/pkg/../../../../etc/x.xsd\"/>\n<xs:element", StringComparison.Ordinal);

        var zip = Zip(entries);
        var error = Assert.Throws<ImportException>(() => Import(zip));

        Assert.Equal(zip + "/pkg/files/ex.xsd", error.FilePath);
        Assert.Equal(2, error.Line);
        Assert.Contains("): tpe:invalidCatalogFile: the URL 'http://example.com/pkg/../../../../etc/x.xsd', rewritten by the catalog, leads outside the package", "): " + error.Reason, StringComparison.Ordinal);
        Assert.Equal("tpe:invalidCatalogFile", Assert.Single(error.Findings).Code);
    }

    [Fact]
    public void An_unknown_entry_point_lists_the_packages_entry_points()
    {
        var error = Assert.Throws<ArgumentException>(() => TaxonomyImporter.Import(new ImportOptions { SchemaPath = SrtPackageFixture.Package, EntryPoint = "everything", OutputPath = temp.Path }));

        Assert.Contains("No entry point of the package is named or has the document 'everything'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Elements only: https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_imported_with_the_base_taxonomys_package_reads_the_declarations_of_the_concepts_it_uses()
    {
        var folder = TestData.SecFiling("aapl-10q-2025");
        var result = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = Path.Combine(folder, "aapl-20250329.xsd"),
            InstancePath = Path.Combine(folder, "aapl-20250329_htm.xml"),
            OutputPath = temp.Path,
            Packages = [SrtPackageFixture.Package],
        });

        var srt = result.Summary.Files.Single(f => f.Prefix == "srt");
        Assert.Contains("as srt-2024.xsd declares them (read from a taxonomy package)", result.Files[srt.Path], StringComparison.Ordinal);
        Assert.Equal(0, srt.InferredAttributes);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == TypedTaxonomy.Schema.Diagnostics.SchemaSeverity.Error);
    }

    [Fact]
    public void An_extension_imported_against_the_imported_SRT_names_its_concepts_and_writes_no_srt_file()
    {
        // SRT imported whole from its package first, as `import srt-2024 --entry-point ... --output base` does.
        var baseFolder = srt.Folder;
        var folder = TestData.SecFiling("aapl-10q-2025");
        ImportResult Run(params string[] bases) => TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = Path.Combine(folder, "aapl-20250329.xsd"),
            InstancePath = Path.Combine(folder, "aapl-20250329_htm.xml"),
            OutputPath = temp.File("extension"),
            BaseTaxonomies = bases,
        });

        var alone = Run();
        var against = Run(baseFolder);

        // Alone, the import writes the srt concepts the filing uses, with what it could not read inferred; against
        // the imported SRT it names them and writes nothing for srt.
        Assert.Contains(alone.Summary.Files, f => f.Prefix == "srt");
        Assert.DoesNotContain(against.Summary.Files, f => f.Prefix == "srt");
        Assert.DoesNotContain(against.Summary.Inferred, i => i.Concept.StartsWith("srt:", StringComparison.Ordinal));
        Assert.DoesNotContain(against.Diagnostics, d => d.Severity == TypedTaxonomy.Schema.Diagnostics.SchemaSeverity.Error);
        var extension = against.Files[against.Summary.Files[0].Path];
        Assert.Contains("imports: [dei, ecd, srt, us-gaap]", extension, StringComparison.Ordinal);
        Assert.Contains("srt:ProductOrServiceAxis", extension, StringComparison.Ordinal);

        // Together, the base and the extension load as one set, as the generator and `check` see them.
        TaxonomyImporter.WriteFiles(against);
        foreach (var file in Directory.EnumerateFiles(baseFolder))
        {
            File.Copy(file, Path.Combine(temp.File("extension"), Path.GetFileName(file)));
        }

        var loaded = OutputSet.Load(temp.File("extension"));
        Assert.True(!loaded.Errors.Any(), loaded.Describe());
        Assert.True(loaded.Taxonomy("srt").Concepts.Count > 500);
    }

    [Fact]
    public void The_instance_may_be_the_filing_as_filed_an_htm_or_a_report_package()
    {
        var folder = TestData.SecFiling("aapl-10q-2025");
        var xbri = temp.File("aapl.xbri");
        using (var zip = ZipFile.Open(xbri, ZipArchiveMode.Create))
        {
            using (var json = zip.CreateEntry("filing/META-INF/reportPackage.json").Open())
            {
                json.Write(Encoding.UTF8.GetBytes("{\"documentInfo\":{\"documentType\":\"https://xbrl.org/report-package/2023/xbri\"}}"));
            }

            zip.CreateEntryFromFile(Path.Combine(folder, "aapl-20250329.htm"), "filing/reports/aapl-20250329.htm");
        }

        ImportResult Run(string instance) => TaxonomyImporter.Import(new ImportOptions { SchemaPath = Path.Combine(folder, "aapl-20250329.xsd"), InstancePath = instance, OutputPath = temp.Path });
        var extracted = Run(Path.Combine(folder, "aapl-20250329_htm.xml"));

        foreach (var instance in new[] { Path.Combine(folder, "aapl-20250329.htm"), xbri })
        {
            var filed = Run(instance);
            Assert.Equal(760, filed.Summary.FactsRead);
            Assert.Equal(extracted.Files.Keys, filed.Files.Keys);
            foreach (var (path, text) in extracted.Files)
            {
                // The same file, but for the instance's name in the comments that cite it.
                Assert.Equal(text.Replace("aapl-20250329_htm.xml", Path.GetFileName(instance), StringComparison.Ordinal), filed.Files[path]);
            }
        }
    }

    private static Dictionary<string, string> Good() => new(StringComparer.Ordinal)
    {
        ["pkg/META-INF/taxonomyPackage.xml"] = Metadata,
        ["pkg/META-INF/catalog.xml"] = Catalog,
        ["pkg/files/ex.xsd"] = Schema,
    };

    private ImportResult Import(string package) => TaxonomyImporter.Import(new ImportOptions { SchemaPath = package, OutputPath = temp.File("out") });

    private string Zip(Dictionary<string, string> entries)
    {
        var path = temp.File("pkg.zip");
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        return path;
    }
}
