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
    public static string PropertyName(string axisLocalName)
    {
        var name = Parsing.NameRules.ToCSharpIdentifier(axisLocalName);
        return name.EndsWith("Axis", StringComparison.Ordinal) && name.Length > 4 ? name.Substring(0, name.Length - 4) : name;
    }

    /// <summary>The enum of the axis's members.</summary>
    public static string EnumName(string axisLocalName) => PropertyName(axisLocalName) + "Member";

    /// <summary>The static class with the axis's QNames.</summary>
    public static string ClassName(string axisLocalName) => PropertyName(axisLocalName) + "Axis";

    /// <summary>The enum member of an axis member: its C# name without the <c>Member</c> suffix.</summary>
    public static string MemberName(string memberLocalName)
    {
        var name = Parsing.NameRules.ToCSharpIdentifier(memberLocalName);
        return name.EndsWith("Member", StringComparison.Ordinal) && name.Length > 6 ? name.Substring(0, name.Length - 6) : name;
    }
}
