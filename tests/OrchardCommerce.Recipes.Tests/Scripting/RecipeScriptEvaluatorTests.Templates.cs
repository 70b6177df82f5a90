using System.Text.Json.Nodes;
using OrchardCommerce.Recipes.Scripting;

namespace OrchardCommerce.Recipes.Tests.Scripting;

public sealed partial class RecipeScriptEvaluatorTests
{
    [Theory]
    [InlineData("hello")]
    [InlineData("[file: 'x']")]
    [InlineData("[js: 1 + 1")]
    [InlineData("js: 1 + 1]")]
    [InlineData("[jsx: 1]")]
    [InlineData("")]
    public void EvaluateTemplate_NotATemplate_ReturnsOriginalString(string value)
    {
        Assert.Equal(value, Create().EvaluateTemplate(value)!.GetValue<string>());
    }

    [Theory]
    [InlineData("[js:1+1]")]
    [InlineData("[js: 1 + 1]")]
    [InlineData("  [js:   1 + 1  ]  ")]
    [InlineData("[ js : 1 + 1 ]")]
    [InlineData("[js:\n  1 +\n  1\n]")]
    public void EvaluateTemplate_WhitespaceVariants_Evaluates(string value)
    {
        Assert.Equal(2, Create().EvaluateTemplate(value)!.GetValue<int>());
    }

    [Fact]
    public void EvaluateTemplate_ScalarResults_BecomeMatchingJsonKinds()
    {
        var evaluator = Create();

        Assert.Equal("3", evaluator.EvaluateTemplate("[js: 1 + 2]")!.ToJsonString());
        Assert.Equal("2.5", evaluator.EvaluateTemplate("[js: 5 / 2]")!.ToJsonString());
        Assert.Equal("true", evaluator.EvaluateTemplate("[js: 1 == 1]")!.ToJsonString());
        Assert.Equal("\"ab\"", evaluator.EvaluateTemplate("[js: 'a' + 'b']")!.ToJsonString());
        Assert.Null(evaluator.EvaluateTemplate("[js: null]"));
        Assert.Null(evaluator.EvaluateTemplate("[js: 0 / 0]"));
    }

    [Fact]
    public void EvaluateTemplate_Error_PositionIsWithinTrimmedExpression()
    {
        var error = Assert.Throws<RecipeScriptException>(() => Create().EvaluateTemplate("[js:   foo()]"));

        Assert.Equal("foo()", error.Expression);
        Assert.Equal(0, error.Position);
        Assert.Equal("unknown function 'foo'", error.Reason);
    }

    [Fact]
    public void ExpandAll_NestedRecipe_ReplacesEveryTemplateInPlace()
    {
        var recipe = JsonNode.Parse("""
            {
              "name": "Shop",
              "variables": { "productId": "[js: uuid()]", "title": "[js: parameters('title').toUpperCase()]" },
              "steps": [
                {
                  "name": "Content",
                  "data": [
                    {
                      "ContentItemId": "[js: variables('productId')]",
                      "DisplayText": "[js:variables('title')]",
                      "Price": "[js: 10 * 2.5]",
                      "Published": "[js: configuration('Shop:Publish', 'yes') == 'yes']",
                      "Tags": [ "plain", "[js: 'tag-' + 1]", [ "[js: null]" ] ],
                      "Untouched": { "Count": 7, "Flag": true, "Text": "[not a template]", "Empty": null }
                    }
                  ]
                },
                { "name": "Other", "ref": "[js: 'ref-' + variables('productId')]" }
              ]
            }
            """)!.AsObject();
        var evaluator = Create(recipe["variables"]!.AsObject(), parameters: new() { ["title"] = "Mug" });

        evaluator.ExpandAll(recipe);

        var expected = JsonNode.Parse("""
            {
              "name": "Shop",
              "variables": { "productId": "id000000000000000000000001", "title": "MUG" },
              "steps": [
                {
                  "name": "Content",
                  "data": [
                    {
                      "ContentItemId": "id000000000000000000000001",
                      "DisplayText": "MUG",
                      "Price": 25,
                      "Published": true,
                      "Tags": [ "plain", "tag-1", [ null ] ],
                      "Untouched": { "Count": 7, "Flag": true, "Text": "[not a template]", "Empty": null }
                    }
                  ]
                },
                { "name": "Other", "ref": "ref-id000000000000000000000001" }
              ]
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, recipe), recipe.ToJsonString());
        Assert.Equal(25, recipe["steps"]![0]!["data"]![0]!["Price"]!.GetValue<int>());
    }

    [Fact]
    public void ExpandAll_VariablesAfterSteps_KeepsOneIdPerVariable()
    {
        var recipe = JsonNode.Parse("""
            { "steps": [ { "id": "[js: variables('id')]" } ], "variables": { "id": "[js: uuid()]" } }
            """)!.AsObject();
        var evaluator = Create(recipe["variables"]!.AsObject());

        evaluator.ExpandAll(recipe);

        Assert.Equal("id000000000000000000000001", recipe["steps"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("id000000000000000000000001", recipe["variables"]!["id"]!.GetValue<string>());
    }
}
