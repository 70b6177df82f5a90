using Microsoft.Extensions.Configuration;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Recipes.Tests.Support;

namespace OrchardCommerce.Recipes.Tests.Services;

public sealed class RecipeExpanderTests
{
    private readonly RecipeExpander _expander = new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Site:Owner"] = "ops@example.com" }).Build(),
        new FixedTimeProvider(TestTenant.Now));

    private static RecipeDescriptor Parse(string text) => new RecipeReader().Parse(text, "x.recipe.json");

    [Fact]
    public void Expand_VariableUsedTwice_HasOneValue()
    {
        var recipe = Parse("""
            { "variables": { "id": "[js: uuid()]" },
              "steps": [ { "name": "a", "id": "[js: variables('id')]" }, { "name": "b", "ref": "[js: 'x-' + variables('id')]" } ] }
            """);

        var expanded = _expander.Expand(recipe);

        var id = (string?)expanded.Steps[0]!["id"];
        id.Should().HaveLength(26);
        ((string?)expanded.Steps[1]!["ref"]).Should().Be("x-" + id);
        ((string?)expanded.Variables["id"]).Should().Be(id);
    }

    [Fact]
    public void Expand_ParametersConfigurationAndDate_AreEvaluated()
    {
        var recipe = Parse("""
            { "steps": [ { "name": "Settings", "SiteName": "[js: parameters('siteName')]",
              "Owner": "[js: configuration('Site:Owner')]", "Created": "[js: new Date().toISOString()]" } ] }
            """);

        var step = _expander.Expand(recipe, new Dictionary<string, object?> { ["siteName"] = "Acme" }).Steps[0]!;

        ((string?)step["SiteName"]).Should().Be("Acme");
        ((string?)step["Owner"]).Should().Be("ops@example.com");
        ((string?)step["Created"]).Should().Be("2024-05-06T07:08:09.123Z");
    }

    [Fact]
    public void Expand_LeavesTheOriginalUntouched()
    {
        var recipe = Parse("""{ "steps": [ { "name": "a", "v": "[js: 1 + 1]" } ] }""");

        _expander.Expand(recipe);

        ((string?)recipe.Steps[0]!["v"]).Should().Be("[js: 1 + 1]");
    }

    [Fact]
    public void Expand_FailingExpression_NamesStepAndLine()
    {
        var recipe = Parse("{\n \"steps\": [\n  { \"name\": \"ok\" },\n  { \"name\": \"Content\",\n    \"v\": \"[js: nope()]\" }\n ]\n}");

        var act = () => _expander.Expand(recipe);

        var error = act.Should().Throw<RecipeException>().Which;
        error.Line.Should().Be(5);
        error.Reason.Should().StartWith("step 2 (Content)").And.Contain("unknown function 'nope'");
    }
}
