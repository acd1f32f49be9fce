using System.CommandLine;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Cli.Commands;

/// <summary><c>typed-taxonomy import &lt;taxonomy.xsd&gt; [--instance] [--output] [--name] [--csharp-namespace] [--allow-path]...</c>.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var schema = new Argument<string>("taxonomy.xsd")
        {
            Description = "The XBRL taxonomy schema to import; its linkbases are found through its linkbaseRefs and as <stem>_lab.xml, _pre.xml, _cal.xml, _def.xml next to it.",
        };
        var instance = new Option<string?>("--instance", "-i")
        {
            Description = "An instance document of the taxonomy (XBRL XML, Inline XBRL .htm or xBRL-JSON); the period and data types of base taxonomy concepts (us-gaap, srt, dei) are inferred from its facts.",
            HelpName = "instance.xml",
        };
        var outputPath = new Option<string?>("--output", "-o")
        {
            Description = "A directory, or the extension's <name>.taxonomy.yaml file; base taxonomies' files go next to it. Default: the current directory.",
            HelpName = "dir or file.taxonomy.yaml",
        };
        var name = new Option<string?>("--name")
        {
            Description = "The taxonomy name (a C# identifier); default: the prefix in PascalCase.",
            HelpName = "TaxonomyName",
        };
        var csharpNamespace = new Option<string?>("--csharp-namespace")
        {
            Description = "The C# namespace of the generated code; base taxonomies get <namespace>.<Name>.",
            HelpName = "ns",
        };
        var allowPath = new Option<string[]>("--allow-path")
        {
            Description = "A folder besides the schema's own that its linkbaseRefs and locators may lead into (repeatable); a reference anywhere else is an error and nothing is read from it.",
            HelpName = "dir",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("import", "Import an XBRL taxonomy (.xsd and its linkbases) into *.taxonomy.yaml files.")
        {
            schema,
            instance,
            outputPath,
            name,
            csharpNamespace,
            allowPath,
        };
        command.SetAction(parseResult => CommandGuard.Run(error, () =>
        {
            var result = TaxonomyImporter.Import(new ImportOptions
            {
                SchemaPath = parseResult.GetValue(schema)!,
                InstancePath = parseResult.GetValue(instance),
                OutputPath = parseResult.GetValue(outputPath),
                TaxonomyName = parseResult.GetValue(name),
                CSharpNamespace = parseResult.GetValue(csharpNamespace),
                AllowedPaths = parseResult.GetValue(allowPath) ?? [],
                Progress = line => error.WriteLine(line),
            });
            error.WriteLine($"writing {result.Files.Count} file{(result.Files.Count == 1 ? string.Empty : "s")}");
            TaxonomyImporter.WriteFiles(result);
            output.Write(result.Summary.ToText());
            if (result.Notes.Count > 0)
            {
                output.WriteLine($"Notes: {result.Notes.Count}");
                foreach (var note in result.Notes)
                {
                    output.WriteLine("  " + note);
                }
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            var errors = result.Diagnostics.Count(d => d.Severity == SchemaSeverity.Error);
            var warnings = result.Diagnostics.Count(d => d.Severity == SchemaSeverity.Warning);
            output.WriteLine($"Check of the output: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}.");
            return errors > 0 ? 1 : 0;
        }));
        return command;
    }
}
