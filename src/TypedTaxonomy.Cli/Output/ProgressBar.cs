using System;
using System.Globalization;
using System.IO;

namespace TypedTaxonomy.Cli.Output;

/// <summary>
/// A progress bar on one line of a terminal (<c>[#######.............] 12/80 reports</c>), redrawn in place. Only
/// made when both output streams are a terminal: a redirected run (CI, a pipe, a file) gets no progress at all.
/// Callers serialise the calls.
/// </summary>
internal sealed class ProgressBar
{
    private const int Width = 30;
    private readonly TextWriter terminal;
    private readonly int total;
    private bool shown;

    public ProgressBar(TextWriter terminal, int total)
    {
        this.terminal = terminal;
        this.total = total;
    }

    /// <summary>Draws the bar with <paramref name="done"/> reports of the total done.</summary>
    public void Show(int done)
    {
        var filled = total == 0 ? Width : (int)((long)done * Width / total);
        terminal.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} reports"));
        terminal.Flush();
        shown = true;
    }

    /// <summary>Erases the bar, before other output is written to the terminal or at the end.</summary>
    public void Clear()
    {
        if (shown)
        {
            terminal.Write("\r" + new string(' ', Width + 40) + "\r");
            terminal.Flush();
            shown = false;
        }
    }

    /// <summary>Whether this process writes to a terminal: neither output stream is redirected.</summary>
    public static bool IsTerminal => !Console.IsOutputRedirected && !Console.IsErrorRedirected;
}
