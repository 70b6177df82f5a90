using System.Text.Json.Nodes;
using OrchardCommerce.Recipes.Scripting;

namespace OrchardCommerce.Recipes.Tests.Scripting;

/// <summary>Shared helpers; the tests are split by theme over the other RecipeScriptEvaluatorTests.*.cs files.</summary>
public sealed partial class RecipeScriptEvaluatorTests
{
    private static RecipeScriptEvaluator Create(
        JsonObject? variables = null,
        Dictionary<string, object?>? parameters = null,
        Dictionary<string, string>? configuration = null,
        Func<string>? idGenerator = null)
    {
        var settings = configuration ?? [];
        return new RecipeScriptEvaluator(new RecipeScriptContext(
            variables,
            parameters,
            key => settings.TryGetValue(key, out var value) ? value : null,
            idGenerator ?? SequentialIds()));
    }

    /// <summary>Deterministic ids: id00000000000000000000001, id00000000000000000000002, ...</summary>
    private static Func<string> SequentialIds()
    {
        var next = 0;
        return () => $"id{++next:D24}";
    }

    private static JsonObject Variables(string json) => JsonNode.Parse(json)!.AsObject();

    private static RecipeScriptException AssertFails(RecipeScriptEvaluator evaluator, string expression)
    {
        var error = Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate(expression));
        Assert.Equal(expression, error.Expression);
        Assert.Contains($"at position {error.Position}", error.Message);
        return error;
    }
}
