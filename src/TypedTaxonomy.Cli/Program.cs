using System;
using TypedTaxonomy.Cli.Output;

namespace TypedTaxonomy.Cli;

/// <summary>The entry point of the <c>typed-taxonomy</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the command line with the console's output and error streams.</summary>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error, ProgressBar.IsTerminal);
}
