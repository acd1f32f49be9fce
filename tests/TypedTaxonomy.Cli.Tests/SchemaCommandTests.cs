using System.IO;
using System.Text.Json;
using TypedTaxonomy.Import.Tests;

namespace TypedTaxonomy.Cli.Tests;

/// <summary><c>typed-taxonomy schema</c> writes the repository's JSON Schema of the format, byte for byte.</summary>
public sealed class SchemaCommandTests
{
    private static string RepositorySchema => File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "schema", "taxonomy.schema.json"));

    [Fact]
    public void Schema_output_writes_the_json_schema_to_the_file()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "nested", "taxonomy.schema.json");

        var (exitCode, output, error) = CliRunner.Run("schema", "--output", path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(path, error, System.StringComparison.Ordinal);
        Assert.Equal(RepositorySchema, File.ReadAllText(path));
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(document.RootElement.GetProperty("properties").TryGetProperty("$schema", out _), "JSON schema files may name their JSON Schema");
    }

    [Fact]
    public void Schema_output_into_a_folder_writes_taxonomy_schema_json_there()
    {
        using var temp = new TempDirectory();

        var (exitCode, _, _) = CliRunner.Run("schema", "-o", temp.Path);

        Assert.Equal(0, exitCode);
        Assert.Equal(RepositorySchema, File.ReadAllText(temp.File("taxonomy.schema.json")));
    }

    [Fact]
    public void Schema_without_output_prints_the_json_schema()
    {
        var (exitCode, output, _) = CliRunner.Run("schema");

        Assert.Equal(0, exitCode);
        Assert.Equal(RepositorySchema, output);
    }

    [Fact]
    public void Schema_into_an_unwritable_place_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var blocker = temp.File("file");
        File.WriteAllText(blocker, "not a folder");

        var (exitCode, _, error) = CliRunner.Run("schema", "--output", Path.Combine(blocker, "taxonomy.schema.json"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("typed-taxonomy: error: ", error, System.StringComparison.Ordinal);
    }
}
