using System.Text.Json.Nodes;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Daemon.Tests.Sync;

/// <summary>
/// The embedded default with one more recipe beside the shipped ones: "branded-blog", a site with a published Branding
/// item and no commerce, like a tenant a marketer sets up before it sells anything.
/// </summary>
public sealed class StoreProvisioningHost : SyncDemoHost
{
    private readonly string _recipes = Path.Combine(Path.GetTempPath(), "oc-recipes-" + Guid.NewGuid().ToString("N"));

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            Directory.CreateDirectory(_recipes);
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Recipes, "*.recipe.json"))
                File.Copy(file, Path.Combine(_recipes, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(_recipes, "branded-blog.recipe.json"), BrandedBlog().ToJsonString());
            return new Dictionary<string, string?> { ["OrchardCommerce:RecipesPath"] = _recipes };
        }
    }

    private static JsonObject BrandedBlog()
    {
        var acme = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Recipes, "acme.recipe.json")))!;
        var definitions = acme["steps"]!.AsArray().First(s => (string?)s!["name"] == "ContentDefinition")!;
        JsonNode Only(string list) => new JsonArray(definitions[list]!.AsArray().Where(t => (string?)t!["Name"] == "Branding").Select(t => t!.DeepClone()).ToArray());
        return new JsonObject
        {
            ["name"] = "branded-blog", ["displayName"] = "Branded blog", ["issetuprecipe"] = true, ["version"] = "1.0.0",
            ["steps"] = new JsonArray(
                new JsonObject { ["name"] = "feature", ["enable"] = new JsonArray("OrchardCore.Contents", "OrchardCore.Title", "OrchardCore.ContentFields"), ["disable"] = new JsonArray() },
                new JsonObject { ["name"] = "ContentDefinition", ["ContentTypes"] = Only("ContentTypes"), ["ContentParts"] = Only("ContentParts") },
                new JsonObject
                {
                    ["name"] = "Content",
                    ["data"] = new JsonArray(new JsonObject
                    {
                        ["ContentItemId"] = "outletbranding", ["ContentType"] = "Branding", ["DisplayText"] = "Outlet branding",
                        ["Latest"] = true, ["Published"] = true, ["TitlePart"] = new JsonObject { ["Title"] = "Outlet branding" },
                        ["Branding"] = new JsonObject
                        {
                            ["SiteName"] = new JsonObject { ["Text"] = "Outlet Co." },
                            ["PrimaryColor"] = new JsonObject { ["Text"] = "#123456" },
                        },
                    }),
                }),
        };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_recipes, recursive: true);
    }
}
