using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// Pipeline values must be plain data: a symbol, syntax node, location or compilation held in a model
/// would defeat caching and keep whole compilations alive.
/// </summary>
public sealed class ModelPurityTests
{
    [Fact]
    public void NoPipelineValueHoldsRoslynObjects()
    {
        var files = GeneratorHarness.FromDisk(GeneratorHarness.ShippedSchemaFiles()).ToList();
        Assert.NotEmpty(files);
        var run = GeneratorHarness.Run(files);
        var values = run.Result.Results.Single().TrackedSteps.Values.SelectMany(steps => steps).SelectMany(step => step.Outputs).Select(o => o.Value);

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var value in values)
        {
            Walk(value, "output", visited);
        }
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel,
            $"{path} holds a {type.Name}");
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{index++}]", visited);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            Walk(property.GetValue(value), $"{path}.{property.Name}", visited);
        }
    }
}
