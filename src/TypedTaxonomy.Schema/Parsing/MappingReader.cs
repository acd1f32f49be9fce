using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Yaml;

namespace TypedTaxonomy.Schema.Parsing;

/// <summary>
/// Reads the keys of one mapping of the format: reports unknown keys (with a suggestion) once, and
/// turns values into typed ones, reporting the node when the shape or value is wrong.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlMapping mapping;
    private readonly string ownerText;
    private readonly string? ownerName;
    private readonly List<SchemaDiagnostic> diagnostics;
    private string? owner;

    /// <summary>Each unknown key with the known key it is a typo of (or null), and the index of its diagnostic.</summary>
    /// <remarks>Made at the first unknown key, as the misplaced keys: most mappings have none.</remarks>
    private List<(YamlScalar Key, string? Meant, int Diagnostic)>? unknown;
    private List<(string Key, SourceSpan Span, int Diagnostic)>? misplacedKeys;

    /// <summary>
    /// Reads <paramref name="mapping"/>, reporting each key that is not in <paramref name="knownKeys"/> once: with the
    /// known key it is a typo of, or, when it is a key of another level (<paramref name="misplaced"/>: keys and what to
    /// say of them), or follows a key left empty, with a word on its indentation.
    /// </summary>
    public MappingReader(YamlMapping mapping, string owner, IReadOnlyCollection<string> knownKeys, List<SchemaDiagnostic> diagnostics, params (IReadOnlyCollection<string> Keys, string Hint)[] misplaced)
        : this(mapping, owner, null, knownKeys, diagnostics, misplaced)
    {
    }

    /// <summary>
    /// Reads the mapping of the element <paramref name="ownerName"/>, a <paramref name="ownerKind"/> ("the concept
    /// 'Revenue'" in messages): the words are put together only for a diagnostic.
    /// </summary>
    public MappingReader(YamlMapping mapping, string ownerKind, string? ownerName, IReadOnlyCollection<string> knownKeys, List<SchemaDiagnostic> diagnostics, (IReadOnlyCollection<string> Keys, string Hint)[] misplaced)
    {
        this.mapping = mapping;
        ownerText = ownerKind;
        this.ownerName = ownerName;
        this.diagnostics = diagnostics;
        string? emptyKey = null;
        foreach (var entry in mapping.EntryArray)
        {
            if (knownKeys.Contains(entry.Key.Value))
            {
                emptyKey = entry.Value is YamlScalar { IsNull: true } ? entry.Key.Value : null;
                continue;
            }

            var meant = NameRules.Closest(entry.Key.Value, knownKeys);
            var hint = meant is not null ? $" (did you mean '{meant}'?)" : null;
            foreach (var (keys, what) in misplaced)
            {
                if (hint is null && keys.Contains(entry.Key.Value))
                {
                    hint = $" ({what})";
                    (misplacedKeys ??= new()).Add((entry.Key.Value, entry.Key.Span, diagnostics.Count));
                }
            }

            if (hint is null && emptyKey is not null && entry.Key.Span.StartColumn == KeyColumn(emptyKey))
            {
                hint = $" (is it meant to be under '{emptyKey}', which is empty here? Indent it further)";
            }

            (unknown ??= new()).Add((entry.Key, meant, diagnostics.Count));
            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.UnknownKey, entry.Key.Span, entry.Key.Value, Owner, hint ?? string.Empty));
        }
    }

    /// <summary>What the mapping is, as a message names it: "the taxonomy file", "the concept 'Revenue'".</summary>
    public string Owner => owner ??= ownerName is null ? ownerText : "the " + ownerText + " '" + ownerName + "'";

    /// <summary><see cref="Owner"/> at the start of a sentence: "The concept 'Revenue'".</summary>
    public string OwnerAtStart => Capitalized(Owner);

    /// <summary>The unknown keys that are keys of another level, with the index of their diagnostic.</summary>
    public IReadOnlyList<(string Key, SourceSpan Span, int Diagnostic)> Misplaced =>
        (IReadOnlyList<(string Key, SourceSpan Span, int Diagnostic)>?)misplacedKeys ?? Array.Empty<(string Key, SourceSpan Span, int Diagnostic)>();

    private int KeyColumn(string key) => KeySpan(key)?.StartColumn ?? -1;

    /// <summary>
    /// Whether the absent <paramref name="key"/> is explained by a typo of it reported as an unknown key: then that one
    /// diagnostic stands for both, and <paramref name="consequence"/> (what is not generated) is added to it.
    /// </summary>
    public bool Misspelt(string key, string? consequence)
    {
        foreach (var (_, meant, index) in unknown ?? Enumerable.Empty<(YamlScalar Key, string? Meant, int Diagnostic)>())
        {
            if (meant == key)
            {
                Amend(index, consequence);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The mapping of <paramref name="key"/>, or, when it is absent, of a key reported as a typo of it, whose diagnostic
    /// then says its entries are read as <paramref name="key"/>'s: a misspelt section costs one diagnostic, not one at
    /// every use of what it declares.
    /// </summary>
    public YamlMapping? MappingOrTypo(string key)
    {
        if (Has(key))
        {
            return Mapping(key);
        }

        foreach (var (typo, meant, index) in unknown ?? Enumerable.Empty<(YamlScalar Key, string? Meant, int Diagnostic)>())
        {
            if (meant == key && Node(typo.Value) is YamlMapping mapping)
            {
                Amend(index, $"; its entries are read as '{key}' until this is fixed");
                return mapping;
            }
        }

        return null;
    }

    /// <summary>Adds <paramref name="consequence"/> to the message of the diagnostic at <paramref name="index"/>.</summary>
    public void Amend(int index, string? consequence)
    {
        if (!string.IsNullOrEmpty(consequence) && !diagnostics[index].Message.EndsWith(consequence, StringComparison.Ordinal))
        {
            diagnostics[index] = diagnostics[index] with { Message = diagnostics[index].Message + consequence };
        }
    }

    public SourceSpan Span => mapping.Span;

    public YamlNode? Node(string key)
    {
        var index = IndexOf(key);
        return index < 0 ? null : mapping.EntryArray[index].Value;
    }

    public SourceSpan? KeySpan(string key)
    {
        var index = IndexOf(key);
        return index < 0 ? null : mapping.EntryArray[index].Key.Span;
    }

    /// <summary>The index of the entry with <paramref name="key"/>, or -1.</summary>
    private int IndexOf(string key)
    {
        var entries = mapping.EntryArray;
        for (var i = 0; i < entries.Length; i++)
        {
            if (string.Equals(entries[i].Key.Value, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Has(string key) => Node(key) is not null;

    public YamlScalar? Scalar(string key)
    {
        var node = Node(key);
        if (node is null || (node is YamlScalar { IsNull: true }))
        {
            return null;
        }

        if (node is YamlScalar scalar)
        {
            return scalar;
        }

        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, node.Span, $"'{key}' of {Owner}", "a scalar", node.KindName));
        return null;
    }

    public string? String(string key) => Scalar(key)?.Value;

    public Located<string>? Located(string key)
    {
        var scalar = Scalar(key);
        return scalar is null ? null : new Located<string>(scalar.Value, scalar.Span);
    }

    /// <summary>
    /// The value of a required key; its absence is reported (TAX0003) unless a typo of the key was (TAX0002), with
    /// <paramref name="consequence"/>, what is not generated, added to the one diagnostic.
    /// </summary>
    public Located<string>? RequiredLocated(string key, string? consequence = null)
    {
        var value = Located(key);
        if (value is null && !Has(key))
        {
            if (!Misspelt(key, consequence))
            {
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, mapping.Span, OwnerAtStart, key));
                Amend(diagnostics.Count - 1, consequence);
            }
        }
        else if (value is null && Node(key) is YamlScalar { IsNull: true } empty)
        {
            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.MissingKey, KeySpan(key) ?? empty.Span, OwnerAtStart, key + "' with a value, not an empty '" + key));
            Amend(diagnostics.Count - 1, consequence);
        }

        return value;
    }

    public bool? Bool(string key)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        switch (scalar.Value)
        {
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, scalar.Span, scalar.Value, $"value of '{key}'", "true or false"));
                return null;
        }
    }

    public decimal? Decimal(string key)
    {
        var scalar = Scalar(key);
        return scalar is null ? null : ParseDecimal(scalar, $"value of '{key}'", diagnostics);
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> values, string what)
        where T : struct
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (values.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        diagnostics.Add(SchemaDiagnostic.Create(
            SchemaDiagnosticDescriptors.InvalidValue,
            scalar.Span,
            scalar.Value,
            what,
            "one of " + string.Join(", ", values.Keys) + NameRules.DidYouMean(scalar.Value, values.Keys)));
        return null;
    }

    public YamlMapping? Mapping(string key) => As<YamlMapping>(key, "a mapping");

    public YamlSequence? Sequence(string key) => As<YamlSequence>(key, "a list");

    /// <summary>A list of scalars; a single scalar is accepted as a list of one.</summary>
    public List<Located<string>> ScalarList(string key)
    {
        var result = new List<Located<string>>();
        var node = Node(key);
        switch (node)
        {
            case null:
            case YamlScalar { IsNull: true }:
                break;
            case YamlScalar scalar:
                result.Add(new Located<string>(scalar.Value, scalar.Span));
                break;
            case YamlSequence sequence:
                foreach (var item in sequence.ItemArray)
                {
                    if (item is YamlScalar { IsNull: false } itemScalar)
                    {
                        result.Add(new Located<string>(itemScalar.Value, itemScalar.Span));
                    }
                    else
                    {
                        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, item.Span, $"An item of '{key}' of {Owner}", "a name", item.KindName));
                    }
                }

                break;
            default:
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, node.Span, $"'{key}' of {Owner}", "a list", node.KindName));
                break;
        }

        return result;
    }

    public static decimal? ParseDecimal(YamlScalar scalar, string what, ICollection<SchemaDiagnostic> diagnostics)
    {
        if (decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidValue, scalar.Span, scalar.Value, what, "a number"));
        return null;
    }

    private T? As<T>(string key, string expected)
        where T : YamlNode
    {
        var node = Node(key);
        if (node is null || node is YamlScalar { IsNull: true })
        {
            return null;
        }

        if (node is T typed)
        {
            return typed;
        }

        diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.WrongNodeKind, node.Span, $"'{key}' of {Owner}", expected, node.KindName));
        return null;
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
