using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Recipes.Tests.Support;
using OrchardCommerce.Security;

namespace OrchardCommerce.Recipes.Tests.Api;

public sealed class RecipesApiTests : IAsyncLifetime
{
    private RecipesTestServer _server = null!;

    public async Task InitializeAsync() => _server = await RecipesTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task Import_FailingExpression_ReturnsProblemAndLeavesFeaturesOff()
    {
        var client = _server.CreateClient(Permissions.ImportRecipes);

        var failed = await client.PostAsync("/api/recipes/import", Json("""
            { "steps": [ { "name": "feature", "enable": ["OrchardCore.TestRows"] },
              { "name": "writeRow", "value": "[js: parameters('v')]" } ] }
            """));
        var after = await client.PostAsync("/api/recipes/import", Json("""{ "steps": [ { "name": "writeRow", "value": "x" } ] }"""));

        failed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = (await failed.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string?)problem["reason"]).Should().Contain("parameter 'v' is not defined");
        ((int?)problem["line"]).Should().Be(2);
        var report = (await after.Content.ReadFromJsonAsync<JsonObject>())!;
        report["unknownSteps"]!.AsArray().Select(n => (string?)n).Should().Equal("writeRow");
    }

    [Fact]
    public async Task Import_FeatureAndSteps_EnablesFeatureAndReportsUnknowns()
    {
        var client = _server.CreateClient(Permissions.ImportRecipes, Permissions.ExportRecipes);

        var response = await client.PostAsync("/api/recipes/import?v=hello", Json("""
            { "steps": [ { "name": "feature", "enable": ["OrchardCore.TestRows", "TheTheme"] },
              { "name": "writeRow", "value": "[js: parameters('v')]" }, { "name": "Queries" } ] }
            """));
        var export = await client.GetStringAsync("/api/recipes/export");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        report["stepsRun"]!.AsArray().Select(n => (string?)n).Should().Equal("feature", "writeRow");
        report["unknownSteps"]!.AsArray().Select(n => (string?)n).Should().Equal("Queries");
        report["unknownFeatures"]!.AsArray().Select(n => (string?)n).Should().Equal("TheTheme");
        ((int?)report["counts"]!["rows"]).Should().Be(1);
        report["skipped"]!.AsArray().Should().BeEmpty();
        var steps = JsonNode.Parse(export)!["steps"]!.AsArray();
        steps[0]!["enable"]!.AsArray().Select(n => (string?)n).Should().Contain(TestRowsModule.Id);
        steps.Should().Contain(s => (string?)s!["name"] == "writeRow" && (string?)s["value"] == "hello");
        ((string?)JsonNode.Parse(export)!["name"]).Should().Be("default-export");
    }

    [Fact]
    public async Task Import_MalformedJson_ReturnsProblemWithLine()
    {
        var client = _server.CreateClient(Permissions.ImportRecipes);

        var response = await client.PostAsync("/api/recipes/import", Json("{\n  \"steps\": [\n    { \"name\": \"x\" }\n    { \"name\": \"y\" }\n  ]\n}"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string?)problem["title"]).Should().Be("Invalid recipe");
        ((int?)problem["line"]).Should().Be(4);
        ((string?)problem["file"]).Should().Be("request body");
        ((string?)problem["reason"]).Should().StartWith("malformed JSON");
    }

    [Fact]
    public async Task Import_EmptyBody_NamesTheBody()
    {
        var response = await _server.CreateClient(Permissions.ImportRecipes).PostAsync("/api/recipes/import", Json(""));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        problem["errors"]!["body"].Should().NotBeNull();
    }

    [Fact]
    public async Task Endpoints_WithoutPermission_AreRefused()
    {
        var anonymous = _server.CreateClient();
        var exporterOnly = _server.CreateClient(Permissions.ExportRecipes);

        (await anonymous.GetAsync("/api/recipes/export")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await exporterOnly.PostAsync("/api/recipes/import", Json("""{ "steps": [] }"""))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await exporterOnly.GetAsync("/api/recipes")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task List_ReturnsHarvestedRecipes()
    {
        await File.WriteAllTextAsync(Path.Combine(_server.RecipesPath, "blog.recipe.json"),
            """{ "name": "blog", "displayName": "Blog", "description": "A blog", "issetuprecipe": true, "steps": [] }""");

        var list = (await _server.CreateClient(Permissions.ImportRecipes).GetFromJsonAsync<JsonArray>("/api/recipes"))!;

        list.Should().HaveCount(1);
        ((string?)list[0]!["name"]).Should().Be("blog");
        ((string?)list[0]!["description"]).Should().Be("A blog");
        ((bool?)list[0]!["isSetupRecipe"]).Should().BeTrue();
    }
}
