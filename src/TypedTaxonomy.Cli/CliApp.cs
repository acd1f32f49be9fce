using System.CommandLine;
using System.IO;
using TypedTaxonomy.Cli.Commands;

namespace TypedTaxonomy.Cli;

/// <summary>The <c>typed-taxonomy</c> command line, runnable in-process with any output writers (tests use that).</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code (<see cref="ExitCodes"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where problems and progress go.</param>
    /// <param name="interactive">Whether both go to a terminal, so progress is shown.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive = false)
    {
        var root = new RootCommand("typed-taxonomy: import XBRL taxonomies into TypedTaxonomy schema files, check schema files and validate reports against them.")
        {
            ImportCommand.Create(output, error),
            CheckCommand.Create(output, error, interactive),
            RenderCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            SchemaCommand.Create(output, error),
        };
        var parseResult = root.Parse(args);
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // System.CommandLine reports a parse error (an unknown option, a value not allowed) with exit code 1, which is for findings.
        return parseResult.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
    }
}
