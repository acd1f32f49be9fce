using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Schema.Yaml;

/// <summary>
/// A YAML (or JSON) value with the place it was written. Our own small tree rather than YamlDotNet's
/// <c>YamlStream</c>: it keeps exact spans for every node, never expands aliases, and is several times
/// faster on large taxonomies.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(SourceSpan span) => Span = span;

    /// <summary>Where the node is written.</summary>
    public SourceSpan Span { get; }

    /// <summary>What a person calls this kind of node in a message.</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar: text, number, boolean or null.</summary>
public sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, bool isPlain, SourceSpan span)
        : base(span)
    {
        Value = value;
        IsPlain = isPlain;
    }

    /// <summary>The scalar's text, unquoted.</summary>
    public string Value { get; }

    /// <summary>True when written without quotes: only plain scalars can mean null, booleans or numbers.</summary>
    public bool IsPlain { get; }

    /// <summary>A plain <c>null</c>, <c>~</c> or nothing at all.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <inheritdoc />
    public override string KindName => IsNull ? "null" : "a scalar";
}

/// <summary>A mapping, its entries in the order written.</summary>
public sealed class YamlMapping : YamlNode
{
    public YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries, SourceSpan span)
        : base(span) => EntryArray = entries as KeyValuePair<YamlScalar, YamlNode>[] ?? entries.ToArray();

    /// <summary>The entries; keys are unique (duplicates were reported and dropped while reading).</summary>
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries => EntryArray;

    /// <summary>The entries as an array: the parser reads them by index, without an enumerator for each key it looks up.</summary>
    internal KeyValuePair<YamlScalar, YamlNode>[] EntryArray { get; }

    /// <inheritdoc />
    public override string KindName => "a mapping";
}

/// <summary>A sequence, in the order written.</summary>
public sealed class YamlSequence : YamlNode
{
    public YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span)
        : base(span) => ItemArray = items as YamlNode[] ?? items.ToArray();

    /// <summary>The items.</summary>
    public IReadOnlyList<YamlNode> Items => ItemArray;

    /// <summary>The items as an array.</summary>
    internal YamlNode[] ItemArray { get; }

    /// <inheritdoc />
    public override string KindName => "a list";
}
