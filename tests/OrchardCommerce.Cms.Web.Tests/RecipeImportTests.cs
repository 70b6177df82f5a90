using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Cms.Web.Tests;

[Collection(DemoCollection.Name)]
public sealed class RecipeImportTests(DemoHost demo)
{
    [Fact]
    public async Task Import_OrchardBlogRecipe_CreatesSupportedTypesAndNamesTheRest()
    {
        var host = await demo.CreateTenantAsync("blogimport", "empty");
        using var client = demo.Client(host, await demo.TokenAsync(host));
        var recipe = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Fixtures, "orchard", "blog.recipe.json"));

        var response = await client.PostAsync("/api/recipes/import", new StringContent(recipe, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var report = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Names(report["unknownSteps"]).Should().Contain(["themes", "lucene-index", "layers", "queries", "AdminTrees"]);
        Names(report["unknownFeatures"]).Should().Contain(["TheBlogTheme", "OrchardCore.Lucene", "OrchardCore.Flows"]);
        var skipped = report["skipped"]!.AsArray().Select(s => $"{s!["kind"]}:{s["name"]}").ToList();
        skipped.Should().Contain(["part:ListPart", "part:FlowPart", "part:LiquidPart"]);

        var export = (await client.GetFromJsonAsync<JsonObject>("/api/recipes/export"))!;
        var types = Step(export, "ContentDefinition")["ContentTypes"]!.AsArray().Select(t => (string)t!["Name"]!).ToList();
        types.Should().Contain(["Article", "BlogPost", "Blog", "Page"]);
        var blogPost = Step(export, "ContentDefinition")["ContentTypes"]!.AsArray().First(t => (string)t!["Name"]! == "BlogPost")!;
        blogPost["ContentTypePartDefinitionRecords"]!.AsArray().Select(p => (string)p!["PartName"]!)
            .Should().BeEquivalentTo(["BlogPost", "AutoroutePart", "MarkdownBodyPart", "TitlePart"]);

        var post = await client.GetFromJsonAsync<JsonObject>("/api/content/by-route?path=" + Uri.EscapeDataString("/blog/post-1"));
        ((string)post!["BlogPost"]!["Subtitle"]!["Text"]!).Should().Be("Problems look mighty small from 150 miles up");
        ((string)post["Owner"]!).Should().Be("admin");
    }

    [Fact]
    public async Task ExportImportExport_DemoTenant_IsIdentical()
    {
        using var acme = demo.Client("acme.localhost", await demo.TokenAsync("acme.localhost"));
        var first = await acme.GetStringAsync("/api/recipes/export");
        var host = await demo.CreateTenantAsync("roundtrip", "empty");
        using var copy = demo.Client(host, await demo.TokenAsync(host));

        var import = await copy.PostAsync("/api/recipes/import", new StringContent(first, Encoding.UTF8, "application/json"));
        import.StatusCode.Should().Be(HttpStatusCode.OK, await import.Content.ReadAsStringAsync());
        var second = await copy.GetStringAsync("/api/recipes/export");

        Normalize(second).Should().Be(Normalize(first));
        Step(JsonNode.Parse(first)!.AsObject(), "Content")["data"]!.AsArray().Should().HaveCountGreaterThan(5);
    }

    public static TheoryData<string, string> MalformedRecipes() => new()
    {
        { "bad JSON", """{ "name": "bad", "steps": [ { "name": "Content", "data": [ } ] }""" },
        { "unknown field kind", """{ "name": "bad", "steps": [ { "name": "ContentDefinition", "ContentTypes": [], "ContentParts": [ { "Name": "Thing", "Settings": {}, "ContentPartFieldDefinitionRecords": [ { "FieldName": "FancyTeleportField", "Name": "X", "Settings": {} } ] } ] } ] }""" },
        { "item without ContentType", """{ "name": "bad", "steps": [ { "name": "Content", "data": [ { "ContentItemId": "abc", "DisplayText": "no type" } ] } ] }""" },
        { "failing js expression", """{ "name": "bad", "steps": [ { "name": "Settings", "SiteName": "[js: nosuchfunction()]" } ] }""" },
    };

    [Theory]
    [MemberData(nameof(MalformedRecipes))]
    public async Task Import_MalformedRecipe_IsRejectedAndLeavesTenantUnchanged(string why, string recipe)
    {
        using var acme = demo.Client("acme.localhost", await demo.TokenAsync("acme.localhost"));
        var before = await acme.GetStringAsync("/api/recipes/export");
        // A first, valid step that would change the tenant: it must be rolled back with the rest.
        var withValidFirstStep = recipe.Replace("\"steps\": [", "\"steps\": [ { \"name\": \"Settings\", \"SiteName\": \"Changed by a bad recipe\" },");

        var response = await acme.PostAsync("/api/recipes/import", new StringContent(withValidFirstStep, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, why);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string?)problem["reason"]).Should().NotBeNullOrWhiteSpace(why);
        (await acme.GetStringAsync("/api/recipes/export")).Should().Be(before, why);
    }

    private static JsonObject Step(JsonObject recipe, string name) =>
        recipe["steps"]!.AsArray().First(s => string.Equals((string?)s!["name"], name, StringComparison.OrdinalIgnoreCase))!.AsObject();

    private static List<string> Names(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();

    // The export names its tenant; everything else must match byte for byte.
    private static string Normalize(string export)
    {
        var recipe = JsonNode.Parse(export)!.AsObject();
        recipe.Remove("name");
        recipe.Remove("displayName");
        recipe.Remove("description");
        return recipe.ToJsonString();
    }
}
