using System;
using System.CommandLine;
using System.Linq;
using TypedTaxonomy.Cli.Output;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Cli.Commands;

/// <summary>The options <c>check</c> and <c>validate</c> share, with their names, help and parsing in one place.</summary>
internal static class CommonOptions
{
    private const string RoundToNearest = "round-to-nearest";
    private const string Classic = "classic";
    private const string Truncate = "truncate";

    /// <summary><c>--mode</c>: how summations are checked.</summary>
    public static Option<string> Mode() => Mode(RoundToNearest);

    /// <summary><c>--mode</c> with another default.</summary>
    public static Option<string> Mode(string defaultMode)
    {
        var mode = new Option<string>("--mode")
        {
            Description = "How summations are checked: Calculations 1.1 round-to-nearest or truncate, or classic XBRL 2.1.",
            DefaultValueFactory = _ => defaultMode,
        };
        mode.AcceptOnlyFromAmong(RoundToNearest, Truncate, Classic);
        return mode;
    }

    /// <summary>The mode a <c>--mode</c> value names.</summary>
    public static CalculationMode ModeOf(string? value) => value switch
    {
        Classic => CalculationMode.Classic,
        Truncate => CalculationMode.Truncate,
        _ => CalculationMode.RoundToNearest,
    };

    /// <summary><c>--format</c>: text, json or sarif.</summary>
    public static Option<string> Format(string description)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(Enum.GetNames<OutputFormat>().Select(Lower).ToArray());
        return format;
    }

    /// <summary><c>--fail-on</c>: the lowest level of finding that gives exit code 1.</summary>
    public static Option<string> FailOn()
    {
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest level of finding that gives exit code 1: error, inconsistency (calculations that do not add up, and errors), warning (and above), or none.",
            DefaultValueFactory = _ => Lower(nameof(Cli.FailOn.Error)),
        };
        failOn.AcceptOnlyFromAmong(Enum.GetNames<FailOn>().Select(Lower).ToArray());
        return failOn;
    }

    /// <summary><c>--package</c>, <c>-P</c>: taxonomy packages for the XBRL 2.1 processor (<c>validate</c>, <c>check --dts</c>).</summary>
    public static Option<string[]> Packages(string description) => new("--package", "-P")
    {
        Description = description + " Nothing is fetched from the network: a remote document no package holds is one warning, and what lies in it is not judged.",
        HelpName = "package",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>The output writer a <c>--format</c> value names.</summary>
    public static CheckOutput Output(string? format, System.IO.TextWriter output) =>
        CheckOutput.Create(Enum.Parse<OutputFormat>(format ?? "text", ignoreCase: true), output);

    /// <summary>The threshold a <c>--fail-on</c> value names.</summary>
    public static FailOn FailOnOf(string? value) => Enum.Parse<FailOn>(value ?? nameof(Cli.FailOn.Error), ignoreCase: true);

    private static string Lower(string name) => name.ToLowerInvariant();
}
