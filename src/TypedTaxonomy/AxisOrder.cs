using System;
using System.Collections.Immutable;
using System.Linq;

namespace TypedTaxonomy;

/// <summary>
/// The one order of a context's dimensions (by axis namespace, then axis name), so that contexts listing the
/// same members in another order compare equal wherever facts are grouped.
/// </summary>
internal static class AxisOrder
{
    /// <summary>
    /// The dimensions in axis order, as a new array; those already in order (nearly every context: none, one, or
    /// written in order) are copied as they are, without sorting, which gives the same array.
    /// </summary>
    public static T[] Sort<T>(ImmutableArray<T> dimensions, Func<T, QName> axis)
    {
        if (dimensions.IsDefaultOrEmpty)
        {
            return [];
        }

        for (var i = 1; i < dimensions.Length; i++)
        {
            if (QName.ExpandedNameOrder.Compare(axis(dimensions[i - 1]), axis(dimensions[i])) > 0)
            {
                return dimensions.OrderBy(axis, QName.ExpandedNameOrder).ToArray();
            }
        }

        return dimensions.ToArray();
    }
}
