using System;
using System.IO;
using System.Linq;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Cli.Check;

/// <summary>The outcome of validating one report.</summary>
/// <param name="Path">The report's path.</param>
/// <param name="Report">The report read; null when it could not be read.</param>
/// <param name="Validation">What validating it found; null when it could not be read.</param>
/// <param name="ErrorMessage">Why it could not be read, naming the place (<c>file(line,col): reason</c>); null when it was.</param>
/// <param name="ErrorLocation">Where it could not be read; null when it was.</param>
public sealed record ReportCheck(string Path, XbrlReport? Report, ReportValidation? Validation, string? ErrorMessage, SourceLocation? ErrorLocation = null);

/// <summary>
/// Reads a report, XBRL 2.1 XML, Inline XBRL or xBRL-JSON (told apart by <see cref="XbrlReportFile"/> from the content, not the file name), and validates
/// it against rules built from schema files, as a consumer's generated <c>{Name}Taxonomy.Validate</c> would.
/// </summary>
public static class ReportChecker
{
    /// <summary>
    /// Reads and validates <paramref name="path"/>, opened once and read as a stream, so a pipe (<c>/dev/stdin</c>)
    /// works. Never throws for a missing, unreadable, empty or malformed report, or a directory.
    /// </summary>
    public static ReportCheck Check(string path, SchemaRules rules, CalculationMode mode)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        if (Directory.Exists(path))
        {
            return new ReportCheck(path, null, null, $"{path}: error: this is a directory, not a report; give an XBRL instance, an Inline XBRL document or an xBRL-JSON file");
        }

        XbrlReport report;
        try
        {
            report = Read(path, rules.IsNumericConcept);
        }
        catch (XbrlFormatException e) when (e.Reason == XbrlReportFile.EmptyReason)
        {
            return new ReportCheck(path, null, null, $"{path}: error: {XbrlReportFile.EmptyReason}; give an XBRL instance, an Inline XBRL document or an xBRL-JSON file");
        }
        catch (XbrlPackageException e)
        {
            return new ReportCheck(path, null, null, e.Message, e.Location);
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

    /// <summary>
    /// Reads the report a command line path names: a file of any kind <see cref="XbrlReportFile"/> reads, opened once as a
    /// stream, or a report package (its only report, or the one the path names inside it). The one place the command
    /// line opens a report (<c>check</c>, <c>render</c>).
    /// </summary>
    /// <exception cref="XbrlFormatException">The report is empty or malformed.</exception>
    /// <exception cref="XbrlPackageException">The package is not a valid report package, or holds no such report.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static XbrlReport Read(string path, Func<QName, bool> isNumericConcept)
    {
        ArgumentNullException.ThrowIfNull(path);
        var options = new XbrlReaderOptions { IsNumericConcept = isNumericConcept };
        if (ReportPackage.Locate(path) is not { } packaged)
        {
            return XbrlReportFile.Read(path, options);
        }

        using var package = ReportPackage.Open(packaged.Package);
        return package.Read(package.Report(packaged.Report), options);
    }
}
