using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Cli.Render;
using TypedTaxonomy.Rendering;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Cli.Commands;

/// <summary>
/// <c>typed-taxonomy render &lt;schema files or dirs...&gt; --report &lt;report&gt; --output &lt;folder&gt;</c>: the report's
/// facts on the pages of the schema files' presentation, as HTML (one page per statement, an index, a stylesheet).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Schema files (*.taxonomy.yaml, *.taxonomy.yml, *.taxonomy.json) or directories to search for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var report = new Option<string>("--report", "-r")
        {
            Description = "The report to render (an XBRL 2.1 instance or xBRL-JSON).",
            HelpName = "report",
            Required = true,
        };
        var folder = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the pages into (created when missing): R1.htm, R2.htm, ... in the taxonomy's role order, index.html and report.css.",
            HelpName = "dir",
            Required = true,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "html: a page per role, an index and a stylesheet; markdown: every page as a table in one index.md.",
            DefaultValueFactory = _ => "html",
        };
        format.AcceptOnlyFromAmong("html", "markdown");
        var command = new Command("render", "Render a report's facts as the statements of its taxonomy, the way the SEC shows a filing: one HTML page per presentation role, an index, and the facts no role shows. Exit code 0 written, 2 usage error, schema errors or unreadable input.")
        {
            paths,
            report,
            folder,
            format,
        };
        command.SetAction(parseResult => CommandGuard.Run(error, () =>
        {
            var schema = SchemaChecker.Check(parseResult.GetValue(paths) ?? Array.Empty<string>());
            foreach (var problem in schema.Problems)
            {
                error.WriteLine(problem);
            }

            foreach (var diagnostic in schema.Diagnostics.Where(d => d.Severity == Schema.Diagnostics.SchemaSeverity.Error))
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (schema.HasErrors)
            {
                error.WriteLine("typed-taxonomy: error: nothing is rendered: the schema files have errors or could not all be read.");
                return ExitCodes.Usage;
            }

            var path = parseResult.GetValue(report)!;
            var rules = SchemaRules.For(schema.Set, null);
            XbrlReport read;
            try
            {
                read = ReportChecker.Read(path, rules.IsNumericConcept);
            }
            catch (Exception e) when (e is XbrlFormatException or XbrlPackageException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(e is XbrlFormatException or XbrlPackageException ? e.Message : $"{path}: {e.Message}");
                return ExitCodes.Usage;
            }

            var pages = ReportRenderer.Render(read.Facts, SchemaPresentation.For(schema.Set));
            var target = parseResult.GetValue(folder)!;
            var index = parseResult.GetValue(format) == "markdown"
                ? MarkdownPageWriter.WriteAll(pages, target, Path.GetFileName(path))
                : Path.Combine(target, HtmlPageWriter.IndexName);
            if (index.EndsWith(HtmlPageWriter.IndexName, StringComparison.Ordinal))
            {
                HtmlPageWriter.WriteAll(pages, target, Path.GetFileName(path));
            }

            output.WriteLine($"{pages.Count} page{(pages.Count == 1 ? string.Empty : "s")} of {read.Facts.Count} facts written to {index}");
            return ExitCodes.Clean;
        }));
        return command;
    }
}
