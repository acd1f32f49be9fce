using System.CommandLine;
using System.IO;
using System.Linq;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Cli.Commands;

/// <summary><c>typed-taxonomy check &lt;files or dirs...&gt;</c>: parses and resolves schema files and prints located diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Schema files (*.taxonomy.yaml, *.taxonomy.yml, *.taxonomy.json) or directories to search for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("check", "Parse and resolve taxonomy schema files together; print diagnostics as file(line,col): severity id: message. Exit code 1 when there are errors.")
        {
            paths,
        };
        command.SetAction(parseResult => CommandGuard.Run(error, () =>
        {
            var result = SchemaChecker.Check(parseResult.GetValue(paths) ?? System.Array.Empty<string>());
            foreach (var problem in result.Problems)
            {
                error.WriteLine(problem);
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            var errors = result.Diagnostics.Count(d => d.Severity == SchemaSeverity.Error);
            var warnings = result.Diagnostics.Count(d => d.Severity == SchemaSeverity.Warning);
            output.WriteLine($"Checked {result.Files.Count} file{(result.Files.Count == 1 ? string.Empty : "s")}: {errors} error{(errors == 1 ? string.Empty : "s")}, {warnings} warning{(warnings == 1 ? string.Empty : "s")}.");
            return errors > 0 || result.Problems.Count > 0 ? 1 : 0;
        }));
        return command;
    }
}
