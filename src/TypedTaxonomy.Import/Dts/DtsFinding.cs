using System.Globalization;

namespace TypedTaxonomy.Import.Dts;

/// <summary>A rule a DTS or an instance breaks, with Arelle's rule code and the place.</summary>
/// <param name="Code">The rule's code as Arelle reports it (<c>xbrl.5.2.5.2:calcInconsistency</c>).</param>
/// <param name="Message">What is wrong, in words.</param>
/// <param name="File">The document.</param>
/// <param name="Line">The line, 1-based, 0 when unknown.</param>
/// <param name="Column">The column, 1-based, 0 when unknown.</param>
/// <param name="IsError">False for a warning, which does not make the DTS or instance invalid.</param>
/// <param name="IsInconsistency">True for a calculation that does not add up (Arelle's inconsistency, an error of the instance).</param>
public sealed record DtsFinding(string Code, string Message, string File, int Line, int Column, bool IsError = true, bool IsInconsistency = false)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{System.IO.Path.GetFileName(File)}({Line},{Column}): {(IsInconsistency ? "inconsistency" : IsError ? "error" : "warning")} {Code}: {Message}");
}
