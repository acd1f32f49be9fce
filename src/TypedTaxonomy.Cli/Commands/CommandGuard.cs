using System;
using System.IO;
using TypedTaxonomy.Import;

namespace TypedTaxonomy.Cli.Commands;

/// <summary>
/// The boundary between a command and the person running it: every failure (malformed or missing input, a bad
/// argument, an internal error) becomes one located line and exit code <see cref="ExitCodes.Usage"/>. Users of a
/// command line tool get a message, never a stack trace.
/// </summary>
internal static class CommandGuard
{
    public static int Run(TextWriter error, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ImportException e)
        {
            error.WriteLine(e.Message);
        }
        catch (ArgumentException e)
        {
            error.WriteLine("typed-taxonomy: error: " + e.Message.Replace(" (Parameter 'options')", string.Empty));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine("typed-taxonomy: error: " + e.Message);
        }
#pragma warning disable CA1031 // The top of a command: anything unexpected is reported as a message and exit code, by design.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"typed-taxonomy: error: internal error ({e.GetType().Name}): {e.Message}; please report it with the input files.");
        }

        return ExitCodes.Usage;
    }
}
