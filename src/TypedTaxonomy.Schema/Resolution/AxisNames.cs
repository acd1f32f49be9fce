using System;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>
/// The C# names an axis gets: <c>PlatformAxis</c> becomes the enum <c>PlatformMember</c>, the statement
/// property <c>Platform</c> and the class <c>PlatformAxis</c>. The enum's suffix keeps names such as
/// <c>RangeAxis</c> from shadowing <c>System.Range</c>.
/// </summary>
public static class AxisNames
{
    /// <summary>The axis name without its <c>Axis</c> suffix.</summary>
    public static string PropertyName(string axisLocalName) =>
        axisLocalName.EndsWith("Axis", StringComparison.Ordinal) && axisLocalName.Length > 4
            ? axisLocalName.Substring(0, axisLocalName.Length - 4)
            : axisLocalName;

    /// <summary>The enum of the axis's members.</summary>
    public static string EnumName(string axisLocalName) => PropertyName(axisLocalName) + "Member";

    /// <summary>The static class with the axis's QNames.</summary>
    public static string ClassName(string axisLocalName) => PropertyName(axisLocalName) + "Axis";
}
