using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Recipes.Tests.Services;

public sealed class RecipeReaderTests
{
    private readonly RecipeReader _reader = new();

    [Fact]
    public void Parse_CommentsAndTrailingCommas_ReadsHeaderAndSteps()
    {
        const string text = """
            {
              // Orchard recipes carry comments
              "name": "blog",
              "displayName": "Blog",
              "description": "A blog", /* and block comments */
              "author": "The Orchard Team",
              "website": "https://orchardcore.net",
              "version": "1.0.0",
              "IsSetupRecipe": true,
              "categories": ["default",],
              "tags": ["blog", "theme",],
              "variables": { "now": "[js: new Date().toISOString()]", },
              "steps": [
                { "name": "feature", "enable": ["OrchardCore.Contents",], },
                { "name": "Settings", "SiteName": "My blog", },
              ],
            }
            """;

        var recipe = _reader.Parse(text, "blog.recipe.json");

        recipe.Name.Should().Be("blog");
        recipe.DisplayName.Should().Be("Blog");
        recipe.Description.Should().Be("A blog");
        recipe.Author.Should().Be("The Orchard Team");
        recipe.Website.Should().Be("https://orchardcore.net");
        recipe.Version.Should().Be("1.0.0");
        recipe.IsSetupRecipe.Should().BeTrue();
        recipe.Categories.Should().Equal("default");
        recipe.Tags.Should().Equal("blog", "theme");
        ((string?)recipe.Variables["now"]).Should().Be("[js: new Date().toISOString()]");
        recipe.Steps.Select(s => (string?)s!["name"]).Should().Equal("feature", "Settings");
        recipe.FileName.Should().Be("blog.recipe.json");
    }

    [Fact]
    public void Parse_MalformedJson_ReportsOneBasedLine()
    {
        const string text = "{\n  \"name\": \"x\",\n  \"steps\": [\n    { \"name\": \"Settings\" \"SiteName\": \"y\" }\n  ]\n}";

        var act = () => _reader.Parse(text, "broken.recipe.json");

        var error = act.Should().Throw<RecipeException>().Which;
        error.File.Should().Be("broken.recipe.json");
        error.Line.Should().Be(4);
        error.Reason.Should().StartWith("malformed JSON");
    }

    [Fact]
    public void Parse_NoSteps_Throws()
    {
        var act = () => _reader.Parse("""{ "name": "empty" }""", "empty.recipe.json");

        act.Should().Throw<RecipeException>().Which.Reason.Should().Contain("no \"steps\"");
    }

    [Fact]
    public void Parse_StepWithoutName_NamesTheStepIndex()
    {
        var act = () => _reader.Parse("""{ "steps": [ { "name": "feature" }, { "enable": [] } ] }""", "x.recipe.json");

        act.Should().Throw<RecipeException>().Which.Reason.Should().Be("step 2 has no \"name\"");
    }

    [Fact]
    public void Parse_RootIsArray_Throws()
    {
        var act = () => _reader.Parse("[]", "x.recipe.json");

        act.Should().Throw<RecipeException>().Which.Reason.Should().Contain("JSON object");
    }

    [Fact]
    public void Parse_NoName_UsesFileName()
    {
        var recipe = _reader.Parse("""{ "steps": [] }""", "saas.recipe.json");

        recipe.Name.Should().Be("saas");
        recipe.IsSetupRecipe.Should().BeFalse();
    }

    [Fact]
    public async Task ReadAsync_Stream_ParsesSameAsText()
    {
        await using var stream = new MemoryStream("""{ "name": "s", "steps": [ { "name": "Settings" } ] }"""u8.ToArray());

        var recipe = await _reader.ReadAsync(stream, "s.recipe.json");

        recipe.Name.Should().Be("s");
        recipe.Steps.Should().HaveCount(1);
    }
}
