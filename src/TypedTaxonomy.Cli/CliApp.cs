using System.CommandLine;
using System.IO;
using TypedTaxonomy.Cli.Commands;

namespace TypedTaxonomy.Cli;

/// <summary>The <c>typed-taxonomy</c> command line, runnable in-process with any output writers (tests use that).</summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("typed-taxonomy: import XBRL taxonomies into TypedTaxonomy schema files, check schema files and validate reports against them.")
        {
            ImportCommand.Create(output, error),
            CheckCommand.Create(output, error),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
