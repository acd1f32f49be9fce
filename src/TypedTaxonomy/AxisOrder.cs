using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy;

/// <summary>
/// The one order of a context's dimensions (by axis namespace, then axis name), so that contexts listing the
/// same members in another order compare equal wherever facts are grouped.
/// </summary>
internal static class AxisOrder
{
    public static T[] Sort<T>(IEnumerable<T> dimensions, Func<T, QName> axis) =>
        dimensions.OrderBy(d => axis(d).NamespaceUri, StringComparer.Ordinal).ThenBy(d => axis(d).LocalName, StringComparer.Ordinal).ToArray();
}
