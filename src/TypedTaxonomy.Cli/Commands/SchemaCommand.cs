using System.CommandLine;
using System.IO;

namespace TypedTaxonomy.Cli.Commands;

/// <summary>
/// <c>typed-taxonomy schema [--output &lt;path&gt;]</c>: writes the JSON Schema of the schema file format
/// (<c>schema/taxonomy.schema.json</c>, embedded in the tool), for editors to complete and check schema files with.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>The file name the JSON Schema is written under when <c>--output</c> is a folder.</summary>
    public const string FileName = "taxonomy.schema.json";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var outputPath = new Option<string?>("--output", "-o")
        {
            Description = "The file to write, or a folder to write " + FileName + " into (created if missing). Default: standard output.",
            HelpName = "path",
        };
        var command = new Command("schema", "Write the JSON Schema of *.taxonomy.yaml / *.taxonomy.json files, for editors (YAML: '# yaml-language-server: $schema=taxonomy.schema.json'; JSON: a root \"$schema\" key).")
        {
            outputPath,
        };
        command.SetAction(parseResult => CommandGuard.Run(error, () =>
        {
            var text = JsonSchemaText();
            if (parseResult.GetValue(outputPath) is not { Length: > 0 } path)
            {
                output.Write(text);
                return ExitCodes.Clean;
            }

            if (Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar))
            {
                path = Path.Combine(path, FileName);
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, text);
            error.WriteLine($"wrote {path}");
            return ExitCodes.Clean;
        }));
        return command;
    }

    /// <summary>The JSON Schema as the repository holds it (<c>schema/taxonomy.schema.json</c>, embedded at build time).</summary>
    public static string JsonSchemaText()
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidDataException("The JSON Schema is missing from the tool's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
