using System;
using System.IO;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Cli.Check;

/// <summary>The outcome of validating one report.</summary>
/// <param name="Path">The report's path.</param>
/// <param name="Report">The report read; null when it could not be read.</param>
/// <param name="Validation">What validating it found; null when it could not be read.</param>
/// <param name="ErrorMessage">Why it could not be read, naming the place (<c>file(line,col): reason</c>); null when it was.</param>
/// <param name="ErrorLocation">Where it could not be read; null when it was.</param>
public sealed record ReportCheck(string Path, XbrlReport? Report, ReportValidation? Validation, string? ErrorMessage, SourceLocation? ErrorLocation = null);

/// <summary>
/// Reads a report, XBRL 2.1 XML or xBRL-JSON (told apart by the first character, not the file name), and validates
/// it against rules built from schema files, as a consumer's generated <c>{Name}Taxonomy.Validate</c> would.
/// </summary>
public static class ReportChecker
{
    /// <summary>Reads and validates <paramref name="path"/>. Never throws for a missing, unreadable or malformed report.</summary>
    public static ReportCheck Check(string path, SchemaRules rules, CalculationMode mode)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        XbrlReport report;
        try
        {
            report = IsJson(path)
                ? new XbrlJsonReader(new XbrlReaderOptions { IsNumericConcept = rules.IsNumericConcept }).ReadFile(path)
                : new XbrlInstanceReader().ReadFile(path);
        }
        catch (XbrlFormatException e)
        {
            return new ReportCheck(path, null, null, e.Message, e.Location);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReportCheck(path, null, null, $"{path}: {e.Message}", new SourceLocation(path, 0, 0, null));
        }

        return new ReportCheck(path, report, ReportValidator.Validate(report.Facts, rules.Rules, mode), null);
    }

    /// <summary>xBRL-JSON starts with an object; an XML instance with a declaration, a comment or an element.</summary>
    private static bool IsJson(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        var head = new byte[1024];
        var read = stream.Read(head, 0, head.Length);
        var start = read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        for (var i = start; i < read; i++)
        {
            if (head[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return head[i] == (byte)'{';
            }
        }

        return false;
    }
}
