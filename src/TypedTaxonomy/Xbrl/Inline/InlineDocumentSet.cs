using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>An <c>ix:relationship</c>: from facts to footnotes (or other facts).</summary>
internal sealed record InlineRelationship(string[] FromRefs, string[] ToRefs, string Arcrole, string LinkRole, SourceLocation Location);

/// <summary>
/// What the documents of an Inline XBRL Document Set share while they are read (contexts, units, elements by id,
/// relationships, errors), and the building of the report once all are read: continuation chains, tuples, footnotes
/// and the facts of the chosen target, each check with the code Arelle and the conformance suite give it.
/// </summary>
internal sealed class InlineDocumentSet(XbrlReaderOptions options)
{
    /// <summary>A format that is not known, or whose name does not resolve.</summary>
    public const string InvalidTransformation = InlineTransforms.InvalidTransformationCode;

    /// <summary>A fact whose context is missing (XBRL 2.1 section 4.6.1).</summary>
    public const string MissingContext = "xbrl.4.6.1:itemContextRef";

    /// <summary>A numeric fact whose unit is missing (XBRL 2.1 section 4.6.2).</summary>
    public const string MissingUnit = "xbrl.4.6.2:numericUnit";

    private readonly List<InlineElement> elements = [];
    private readonly List<XbrlFormatError> errors = [];
    private readonly Dictionary<string, List<string>> schemaRefsByTarget = new(StringComparer.Ordinal);
    private readonly HashSet<string> referenceTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> continuationModes = new(StringComparer.Ordinal);
    private bool hasDefaultReferences;
    private int tupleCount;
    private int itemCount;
    private int unrepresentableCount;
    private string? firstUnrepresentable;
    private int nonDimensionalCount;
    private string? firstNonDimensional;
    private string? firstDocument;

    public Dictionary<string, ContextInfo> Contexts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Unit> Units { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Namespaces { get; } = new(StringComparer.Ordinal);

    public List<InlineRelationship> Relationships { get; } = [];

    public bool HasHeader { get; set; }

    /// <summary>Whether a document could not be read to its end.</summary>
    public bool HasFatalError { get; set; }

    public int LinkbaseRefCount { get; set; }

    public void Add(InlineElement element)
    {
        firstDocument ??= element.Document;
        if (element.IsItem && ++itemCount > options.MaxFacts)
        {
            AddError(null, string.Create(CultureInfo.InvariantCulture, $"The document set has more than {options.MaxFacts} facts (XbrlReaderOptions.MaxFacts)."), element.Document, element.Line, element.Column);
            element.IsInvalid = true;
        }

        elements.Add(element);
    }

    public int NextTupleNumber() => ++tupleCount;

    public void AddError(string? code, string reason, string document, int line, int column)
    {
        firstDocument ??= document;
        errors.Add(new XbrlFormatError(code, reason, new SourceLocation(document, line, column, null)));
    }

    /// <summary>Records that the continuation <paramref name="id"/> is reached from an element read as markup (true) or as text (false).</summary>
    public void NoteContinuationMode(string? id, bool? markup)
    {
        if (id is not null && markup is not null)
        {
            continuationModes.TryAdd(id, markup.Value);
        }
    }

    /// <summary>Whether the continuation <paramref name="id"/> is read as markup, as text, or not known yet (null).</summary>
    public bool? ContinuationMode(string? id) => id is not null && continuationModes.TryGetValue(id, out var markup) ? markup : null;

    public void AddReferences(string? target)
    {
        if (target is null)
        {
            hasDefaultReferences = true;
        }
        else
        {
            referenceTargets.Add(target);
        }
    }

    public void AddSchemaRef(string? target, string href)
    {
        var key = target ?? string.Empty;
        if (!schemaRefsByTarget.TryGetValue(key, out var list))
        {
            schemaRefsByTarget.Add(key, list = []);
        }

        list.Add(href);
    }

    public void AddUnrepresentable(int count, string? first)
    {
        unrepresentableCount += count;
        firstUnrepresentable ??= first;
    }

    public void AddNonDimensional(int count, string? first)
    {
        nonDimensionalCount += count;
        firstNonDimensional ??= first;
    }

    /// <summary>Makes the report, or throws every error found with what could be read.</summary>
    public XbrlReport Build()
    {
        var target = options.InlineTarget;
        if (!HasHeader && !HasFatalError)
        {
            AddError("ix11.8.1.3:missingHeader", "No ix:header element was found in the document set; this is not Inline XBRL.", firstDocument ?? string.Empty, 0, 0);
        }

        var continuations = IndexContinuations();
        ResolveContinuations(continuations);
        var tuplesById = IndexTuples();

        var facts = new List<Fact>();
        var factsById = new Dictionary<string, int>(StringComparer.Ordinal);
        var elementsById = new Dictionary<string, InlineElement>(StringComparer.Ordinal);
        var footnotesById = new Dictionary<string, InlineElement>(StringComparer.Ordinal);
        var otherTargetFacts = 0;
        var tupleFacts = 0;
        foreach (var element in elements)
        {
            if (element.Id is { } elementId)
            {
                if (element.Kind == InlineKind.Footnote)
                {
                    footnotesById.TryAdd(elementId, element);
                }
                else if (element.IsItem || element.Kind == InlineKind.Tuple)
                {
                    elementsById.TryAdd(elementId, element);
                }
            }

            if (!element.IsItem)
            {
                continue;
            }

            if (element.Target != target)
            {
                otherTargetFacts++;
                continue;
            }

            var enclosing = EnclosingTuples(element, tuplesById);
            if (element.IsInvalid || MakeFact(element, continuations, enclosing) is not { } fact)
            {
                continue;
            }

            if (!enclosing.IsEmpty)
            {
                tupleFacts++;
            }

            if (element.Id is { } factId)
            {
                factsById.TryAdd(factId, facts.Count);
            }

            facts.Add(fact);
        }

        var factToFact = AttachFootnotes(facts, factsById, elementsById, footnotesById, continuations);
        if (target is not null ? !referenceTargets.Contains(target) : !hasDefaultReferences && !HasFatalError)
        {
            AddError("ix11.12.1.2:missingReferenceTargets", $"No ix:references element has the target {(target is null ? "(default)" : Excerpt.Quote(target))}.", firstDocument ?? string.Empty, 0, 0);
        }

        var notes = Notes(otherTargetFacts, tupleFacts, factToFact);
        var report = new XbrlReport(facts, Namespaces, firstDocument, schemaRefsByTarget.GetValueOrDefault(target ?? string.Empty) ?? [], notes)
        {
            ContextCount = Contexts.Count,
            UnitCount = Units.Count,
        };
        if (errors.Count > 0)
        {
            throw new XbrlFormatException(errors, report);
        }

        return report;
    }

    private Fact? MakeFact(InlineElement element, Dictionary<string, InlineElement> continuations, ImmutableArray<int> enclosing)
    {
        var section = Section(element.Kind);
        if (element.ContextRef is null || !Contexts.TryGetValue(element.ContextRef, out var context))
        {
            Error(element, MissingContext, element.ContextRef is null
                ? $"The fact {element.Concept} has no contextRef."
                : $"The fact {element.Concept} refers to context {Excerpt.Quote(element.ContextRef)}, which is not in the document set.");
            return null;
        }

        Unit? unit = null;
        if (element.Kind is InlineKind.NonFraction or InlineKind.Fraction
            && (element.UnitRef is null || !Units.TryGetValue(element.UnitRef, out unit)))
        {
            Error(element, MissingUnit, element.UnitRef is null
                ? $"The numeric fact {element.Concept} has no unitRef."
                : $"The fact {element.Concept} refers to unit {Excerpt.Quote(element.UnitRef)}, which is not in the document set.");
            return null;
        }

        string? value = element.Value;
        if (element.Kind == InlineKind.NonNumeric && !element.IsNil)
        {
            var content = Content(element, continuations, markup: element.Escape);
            if (element.FormatNamespace is not null)
            {
                var outcome = InlineTransforms.Apply(element.FormatNamespace, element.FormatLocalName!, content);
                if (!outcome.Succeeded)
                {
                    Error(element, outcome.ErrorCode, $"The ix:nonNumeric {element.Concept} displays {Excerpt.Quote(content.Trim())}, which the format {element.FormatText} cannot read: {outcome.Message}");
                    return null;
                }

                content = outcome.Value!;
            }

            value = content;
        }

        if (element.OrderText is null && !enclosing.IsEmpty)
        {
            Error(element, section + ":tupleMemberOrderMissing", $"The fact {element.Concept} is in a tuple but has no order.");
        }

        return new Fact
        {
            ConceptName = element.Concept,
            Entity = context.Entity,
            Period = context.Period,
            Unit = unit,
            Value = element.IsNil ? null : value,
            NumericValue = element.IsNil ? null : element.NumericValue,
            Decimals = element.Decimals,
            Precision = element.Precision,
            IsPrecisionInfinite = element.IsPrecisionInfinite,
            IsNil = element.IsNil,
            Dimensions = context.Dimensions,
            TypedDimensions = context.TypedDimensions,
            NonDimensionalContent = context.NonDimensionalContent,
            Id = element.Id,
            Language = element.Kind == InlineKind.NonNumeric ? element.Language : null,
            Location = element.Location,
            EnclosingTuples = enclosing,
        };
    }

    private Dictionary<string, InlineElement> IndexContinuations()
    {
        var byId = new Dictionary<string, InlineElement>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (element.Kind == InlineKind.Continuation)
            {
                if (element.Id is null)
                {
                    Error(element, "ix11.4.1.1:continuationId", "An ix:continuation has no id.");
                }
                else if (!byId.TryAdd(element.Id, element))
                {
                    Error(element, "ix11.4.1.2:continuationIdDuplication", $"Two ix:continuation elements have the id {Excerpt.Quote(element.Id)}.");
                }
            }
        }

        return byId;
    }

    /// <summary>
    /// Follows every chain from an ix:nonNumeric or ix:footnote through its continuations: a missing continuation, a
    /// cycle, a continuation reached from two places or from none are errors (Inline XBRL 1.1 section 4.1.2).
    /// </summary>
    private void ResolveContinuations(Dictionary<string, InlineElement> continuations)
    {
        foreach (var head in elements)
        {
            if (head.Kind is not (InlineKind.NonNumeric or InlineKind.Footnote) || head.ContinuedAt is null)
            {
                continue;
            }

            var chain = new HashSet<InlineElement> { head };
            var current = head;
            while (current.ContinuedAt is { } next)
            {
                if (!continuations.TryGetValue(next, out var continuation))
                {
                    Error(current, Section(current.Kind) + ":continuationMissing", $"{Describe(current)} continues at {Excerpt.Quote(next)}, which is no ix:continuation in the document set.");
                    head.IsInvalid = true;
                    break;
                }

                continuation.ReferenceCount++;
                if (continuation.ReferenceCount == 2)
                {
                    Error(continuation, "ix11.4.1.2:continuationReferences", $"The ix:continuation {Excerpt.Quote(next)} is reached by more than one continuedAt; only one is allowed.");
                }

                if (!chain.Add(continuation))
                {
                    Error(current, Section(current.Kind) + ":continuationCycle", $"{Describe(current)} continues at {Excerpt.Quote(next)}, which is already in its chain: the chain is a cycle.");
                    head.IsInvalid = true;
                    break;
                }

                current = continuation;
            }
        }

        foreach (var continuation in continuations.Values)
        {
            if (continuation.ReferenceCount == 0)
            {
                Error(continuation, "ix11.4.1.2:continuationNotReferenced", $"The ix:continuation {Excerpt.Quote(continuation.Id!)} is not reached by any ix:nonNumeric, ix:footnote or ix:continuation.");
            }
        }
    }

    /// <summary>The text (or markup) of an ix:nonNumeric or ix:footnote followed by that of its continuations.</summary>
    private static string Content(InlineElement head, Dictionary<string, InlineElement> continuations, bool markup)
    {
        var own = markup ? head.Markup : head.Text;
        if (head.ContinuedAt is null)
        {
            return own?.ToString() ?? string.Empty;
        }

        var parts = new List<ContentRange>();
        if (own is not null)
        {
            parts.Add(own);
        }

        var seen = new HashSet<InlineElement> { head };
        var current = head;
        while (current.ContinuedAt is { } next && continuations.TryGetValue(next, out var continuation) && seen.Add(continuation))
        {
            if ((markup ? continuation.Markup : continuation.Text) is { } part)
            {
                parts.Add(part);
            }

            current = continuation;
        }

        return ContentLog.Join(parts);
    }

    private Dictionary<string, InlineElement> IndexTuples()
    {
        var byId = new Dictionary<string, InlineElement>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (element.Kind == InlineKind.Tuple && element.TupleId is { } tupleId && !byId.TryAdd(tupleId, element))
            {
                Error(element, "ix11.15.1.2:tupleIdDuplication", $"Two ix:tuple elements have the tupleID {Excerpt.Quote(tupleId)}.");
            }
        }

        foreach (var element in elements)
        {
            if (element.TupleRef is { } reference && !byId.ContainsKey(reference))
            {
                Error(element, Section(element.Kind) + ":tupleRefMissing", $"{Describe(element)} refers to the tuple {Excerpt.Quote(reference)}, which is no ix:tuple's tupleID in the document set.");
                element.IsInvalid = true;
            }
        }

        return byId;
    }

    /// <summary>The numbers of the tuples enclosing an element, outermost first, by nesting or <c>tupleRef</c>.</summary>
    private ImmutableArray<int> EnclosingTuples(InlineElement element, Dictionary<string, InlineElement> tuplesById)
    {
        List<int>? numbers = null;
        var current = element;
        var steps = 0;
        while (Parent(current) is { } parent)
        {
            if (++steps > tupleCount)
            {
                Error(element, "ix11.15.1.2:tupleNestingCycle", $"The tuples enclosing {Describe(element)} form a cycle.");
                element.IsInvalid = true;
                return [];
            }

            (numbers ??= []).Add(parent.TupleNumber);
            current = parent;
        }

        if (numbers is null)
        {
            return [];
        }

        numbers.Reverse();
        return [.. numbers];

        InlineElement? Parent(InlineElement e) =>
            e.TupleRef is { } reference ? tuplesById.GetValueOrDefault(reference) : e.ParentTuple;
    }

    /// <summary>Attaches each ix:footnote to the facts its relationships come from; returns how many fact-to-fact links were left out.</summary>
    private int AttachFootnotes(
        List<Fact> facts,
        Dictionary<string, int> factsById,
        Dictionary<string, InlineElement> elementsById,
        Dictionary<string, InlineElement> footnotesById,
        Dictionary<string, InlineElement> continuations)
    {
        var factToFact = 0;
        var attached = new Dictionary<int, List<Footnote>>();
        foreach (var relationship in Relationships)
        {
            var missing = relationship.ToRefs.Where(t => !footnotesById.ContainsKey(t) && !elementsById.ContainsKey(t)).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new XbrlFormatError("ix11.13.1.2:relationshipToRef", $"The ix:relationship refers to {string.Join(", ", missing.Select(Excerpt.Quote))}, which is no footnote or fact in the document set.", relationship.Location));
            }

            var missingFrom = relationship.FromRefs.Where(f => !elementsById.ContainsKey(f)).ToList();
            if (missingFrom.Count > 0)
            {
                errors.Add(new XbrlFormatError("ix11.13.1.2:relationshipFromRef", $"The ix:relationship comes from {string.Join(", ", missingFrom.Select(Excerpt.Quote))}, which is no fact in the document set.", relationship.Location));
            }

            foreach (var to in relationship.ToRefs)
            {
                if (!footnotesById.TryGetValue(to, out var note))
                {
                    factToFact += elementsById.ContainsKey(to) ? relationship.FromRefs.Length : 0;
                    continue;
                }

                if (note.IsInvalid)
                {
                    continue;
                }

                var footnote = new Footnote(Content(note, continuations, markup: true), note.Language, note.Id, note.Role ?? Footnote.StandardRole, relationship.Arcrole, relationship.LinkRole);
                foreach (var from in relationship.FromRefs)
                {
                    if (factsById.TryGetValue(from, out var index))
                    {
                        if (!attached.TryGetValue(index, out var list))
                        {
                            attached.Add(index, list = []);
                        }

                        list.Add(footnote);
                    }
                }
            }
        }

        foreach (var (index, list) in attached)
        {
            facts[index] = facts[index].WithFootnotes([.. list]);
        }

        return factToFact;
    }

    private List<string> Notes(int otherTargetFacts, int tupleFacts, int factToFact)
    {
        var notes = new List<string>();
        var inv = CultureInfo.InvariantCulture;
        if (otherTargetFacts > 0)
        {
            notes.Add(string.Create(inv, $"{otherTargetFacts} fact(s) of other targets than {(options.InlineTarget is null ? "the default" : Excerpt.Quote(options.InlineTarget))} left out (XbrlReaderOptions.InlineTarget)."));
        }

        if (tupleCount > 0)
        {
            notes.Add(string.Create(inv, $"{tupleCount} tuple(s): their {tupleFacts} fact(s) are listed like other facts, in document order, each with the tuples that enclose it (Fact.EnclosingTuples)."));
        }

        if (factToFact > 0)
        {
            notes.Add(string.Create(inv, $"{factToFact} ix:relationship link(s) from a fact to another fact ignored; footnotes are attached to their facts (Fact.Footnotes)."));
        }

        if (LinkbaseRefCount > 0)
        {
            notes.Add(XbrlXmlSession.LinkbaseRefsNote(LinkbaseRefCount));
        }

        if (nonDimensionalCount > 0)
        {
            notes.Add(XbrlXmlSession.NonDimensionalNote(nonDimensionalCount, firstNonDimensional));
        }

        if (unrepresentableCount > 0)
        {
            notes.Add(XbrlNumber.UnrepresentableNote(unrepresentableCount, firstUnrepresentable!));
        }

        return notes;
    }

    private void Error(InlineElement element, string? code, string reason) =>
        errors.Add(new XbrlFormatError(code, reason, element.Location));

    private static string Describe(InlineElement element) => element.Kind switch
    {
        InlineKind.Continuation => $"The ix:continuation {Excerpt.Quote(element.Id ?? string.Empty)}",
        InlineKind.Footnote => $"The ix:footnote {Excerpt.Quote(element.Id ?? string.Empty)}",
        InlineKind.Tuple => $"The ix:tuple {element.Concept}",
        _ => $"The fact {element.Concept}",
    };

    /// <summary>The Inline XBRL 1.1 section whose validation rules an element's errors come under, as Arelle names them.</summary>
    internal static string Section(InlineKind kind) => kind switch
    {
        InlineKind.Continuation => "ix11.4.1.2",
        InlineKind.Footnote => "ix11.6.1.2",
        InlineKind.Fraction or InlineKind.Numerator or InlineKind.Denominator => "ix11.7.1.3",
        InlineKind.NonFraction => "ix11.10.1.2",
        InlineKind.NonNumeric => "ix11.11.1.2",
        _ => "ix11.15.1.2",
    };
}
