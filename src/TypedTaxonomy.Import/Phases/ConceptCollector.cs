using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Import.Schema;

namespace TypedTaxonomy.Import.Phases;

/// <summary>
/// Gathers every concept the schema declares or the linkbases and the instance name, with its labels,
/// references, facts and how the networks use it.
/// </summary>
internal static class ConceptCollector
{
    public static void Run(ImportModel model)
    {
        foreach (var schema in model.Schemas.Main)
        {
            var prefix = model.PrefixOf(schema);
            foreach (var element in schema.Elements)
            {
                Declare(model, new ConceptName(prefix, element.Name), element);
            }
        }

        foreach (var name in model.Linkbases.Concepts)
        {
            model.Get(name);
        }

        if (model.Facts is { } facts)
        {
            foreach (var (name, evidence) in facts.Evidence)
            {
                model.Get(name).Facts = evidence;
            }

            foreach (var (axis, member) in facts.ExplicitMembers.Keys)
            {
                model.Get(axis);
                model.Get(member);
            }
        }

        DeclareUsedBaseConcepts(model);
        foreach (var label in model.Linkbases.Labels)
        {
            model.Get(label.Concept).Labels.Add(label);
        }

        foreach (var reference in model.Linkbases.References)
        {
            model.Get(reference.Concept).References.Add(reference);
        }

        foreach (var relationship in model.Linkbases.Calculation)
        {
            model.Get(relationship.From).InCalculation = true;
            model.Get(relationship.To).InCalculation = true;
        }

        MarkPresentationUse(model);
    }

    private static void Declare(ImportModel model, ConceptName name, ElementDeclaration element)
    {
        switch (element.Kind)
        {
            case ElementKind.Item:
            case ElementKind.Hypercube:
            case ElementKind.Dimension:
                model.Get(name).Declaration = element;
                model.Declared.Add((name, element));
                break;
            case ElementKind.Tuple:
                var tuple = model.Get(name);
                tuple.Declaration = element;
                tuple.IsLeftOut = true;
                model.Declared.Add((name, element));
                model.Log.Leave(name.ToString(), "a tuple; the format has no tuples (the items inside it are imported on their own)");
                break;
        }
    }

    /// <summary>The concepts of base taxonomies read from packages that the linkbases or the instance use get their declarations, and are not inferred.</summary>
    private static void DeclareUsedBaseConcepts(ImportModel model)
    {
        foreach (var concept in model.Concepts.Values.Where(c => c.Declaration is null).ToList())
        {
            if (model.Prefixes.NamespaceOf(concept.Name.Prefix) is { } ns && model.Schemas.Declaration(ns, concept.Name.LocalName) is { } declared && !model.Schemas.Main.Contains(declared.Schema))
            {
                Declare(model, concept.Name, declared.Element);
            }
        }
    }

    /// <summary>
    /// Orders concepts by their first place in the presentation trees and notes how each is used there. This is the
    /// first walk over the trees, so it is the one that bounds them (<see cref="ImportLimits"/>): the later phases recurse over trees this walk accepted.
    /// </summary>
    private static void MarkPresentationUse(ImportModel model)
    {
        var index = new RelationshipIndex(model.Linkbases.Presentation);
        var order = 0;
        foreach (var (role, roots) in PresentationTrees.Roots(model))
        {
            var places = 0;
            foreach (var root in roots)
            {
                // Depth first, iteratively: a frame is a concept on the current path and the index of its next child.
                var path = new HashSet<ConceptName>();
                var stack = new Stack<(ConceptName Node, List<Relationship> Children, int Next)>();
                Enter(root, null);
                while (stack.Count > 0)
                {
                    var (node, children, next) = stack.Pop();
                    if (next == children.Count)
                    {
                        path.Remove(node);
                        continue;
                    }

                    stack.Push((node, children, next + 1));
                    var child = children[next];
                    if (LabelRoles.Preferred(child.PreferredLabel, out _) is "periodStart" or "periodEnd")
                    {
                        model.Get(child.To).HasPeriodStartOrEndLabel = true;
                    }

                    if (!path.Contains(child.To))
                    {
                        Enter(child.To, child);
                    }
                }

                void Enter(ConceptName node, Relationship? arc)
                {
                    if (arc is not null)
                    {
                        ImportLimits.CheckDepth(arc, stack.Count, "presentation tree");
                        ImportLimits.CheckPlaces(arc, ++places);
                    }

                    path.Add(node);
                    var concept = model.Get(node);
                    if (concept.PresentationOrder == int.MaxValue)
                    {
                        concept.PresentationOrder = order++;
                    }

                    var children = index.Children(role, Arcroles.ParentChild, node);
                    if (children.Count == 0)
                    {
                        concept.IsPresentationLeaf = true;
                    }
                    else
                    {
                        concept.IsPresentationParent = true;
                    }

                    stack.Push((node, children, 0));
                }
            }
        }
    }
}
