using System.CommandLine;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Cli.Commands;

/// <summary><c>typed-taxonomy import &lt;taxonomy.xsd|package&gt; [--entry-point] [--package]... [--instance] [--output] [--name] [--csharp-namespace] [--allow-path]... [--allow-invalid]</c>.</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var schema = new Argument<string>("taxonomy.xsd|package")
        {
            Description = "The XBRL taxonomy schema to import (its linkbases are found through its linkbaseRefs and as <stem>_lab.xml, _pre.xml, _cal.xml, _def.xml next to it), or a taxonomy package (a folder or .zip with META-INF/taxonomyPackage.xml) to import whole through --entry-point.",
        };
        var entryPoint = new Option<string?>("--entry-point", "-e")
        {
            Description = "For a taxonomy package: the entry point to import, by its name, its document's URL or file name (the package's entry points are listed when this is missing or fits none).",
            HelpName = "name|url",
        };
        var package = new Option<string[]>("--package", "-p")
        {
            Description = "A taxonomy package (folder or .zip) of a base taxonomy the schema imports, such as SRT or US-GAAP (repeatable): the URLs its catalog maps are read from it, so its concepts are declared, not inferred.",
            HelpName = "folder|zip",
            AllowMultipleArgumentsPerToken = false,
        };
        var baseTaxonomy = new Option<string[]>("--base")
        {
            Description = "Schema files of a base taxonomy imported before, or a folder of them (repeatable): its concepts are named, not written again or inferred.",
            HelpName = "dir|file.taxonomy.yaml",
            AllowMultipleArgumentsPerToken = false,
        };
        var instance = new Option<string?>("--instance", "-i")
        {
            Description = "A report of the taxonomy (XBRL XML, xBRL-JSON, Inline XBRL .htm/.xhtml, or a report package .xbri/.xbr/.zip); the period and data types of base taxonomy concepts (us-gaap, srt, dei) are inferred from its facts.",
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
        var allowInvalid = new Option<bool>("--allow-invalid")
        {
            Description = "Import a taxonomy that breaks rules of XBRL 2.1 (each error is then a note); by default such a taxonomy is not imported and every error is listed.",
        };
        var command = new Command("import", "Import an XBRL taxonomy (.xsd and its linkbases) into *.taxonomy.yaml files.")
        {
            schema,
            entryPoint,
            package,
            baseTaxonomy,
            instance,
            outputPath,
            name,
            csharpNamespace,
            allowPath,
            allowInvalid,
        };
        command.SetAction(parseResult => CommandGuard.Run(error, () =>
        {
            var result = TaxonomyImporter.Import(new ImportOptions
            {
                SchemaPath = parseResult.GetValue(schema)!,
                EntryPoint = parseResult.GetValue(entryPoint),
                Packages = parseResult.GetValue(package) ?? [],
                BaseTaxonomies = parseResult.GetValue(baseTaxonomy) ?? [],
                InstancePath = parseResult.GetValue(instance),
                OutputPath = parseResult.GetValue(outputPath),
                TaxonomyName = parseResult.GetValue(name),
                CSharpNamespace = parseResult.GetValue(csharpNamespace),
                AllowedPaths = parseResult.GetValue(allowPath) ?? [],
                AllowInvalid = parseResult.GetValue(allowInvalid),
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
