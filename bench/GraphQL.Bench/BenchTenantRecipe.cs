using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Bench;

/// <summary>
/// The setup recipe of the bench tenant: acme's features and content definitions, and a catalog of N products, each
/// with a ProductContent item (title, route, SEO text, markdown body) that the storefront schema merges in.
/// </summary>
internal static class BenchTenantRecipe
{
    public static string Create(int products)
    {
        var acme = JsonNode.Parse(File.ReadAllText(Path.Combine(BenchPaths.Repository, "recipes", "acme.recipe.json")))!.AsObject();
        var steps = new JsonArray();
        foreach (var step in acme["steps"]!.AsArray())
            if (step!["name"]!.GetValue<string>() is "feature" or "Settings" or "ContentDefinition") steps.Add(step.DeepClone());
        steps.Add(new JsonObject { ["name"] = "Content", ["data"] = new JsonArray([.. Enumerable.Range(1, products).Select(ContentItem)]) });
        steps.Add(new JsonObject
        {
            ["name"] = "Catalog",
            ["locations"] = new JsonArray(new JsonObject { ["handle"] = "main", ["name"] = "Main warehouse" }),
            ["categories"] = new JsonArray(), ["collections"] = new JsonArray(),
            ["products"] = new JsonArray([.. Enumerable.Range(1, products).Select(Product)]),
        });
        return new JsonObject { ["name"] = "graphql-bench", ["issetuprecipe"] = true, ["steps"] = steps }.ToJsonString();
    }

    private static string Handle(int i) => $"bench-product-{i:D2}";

    private static JsonNode Product(int i) => new JsonObject
    {
        ["handle"] = Handle(i), ["title"] = $"Bench Product {i}", ["description"] = $"Product number {i} of the bench catalog.",
        ["status"] = "active", ["options"] = new JsonArray(), ["categories"] = new JsonArray(), ["collections"] = new JsonArray(),
        ["variants"] = new JsonArray(new JsonObject
        {
            ["sku"] = $"BENCH-{i:D2}", ["title"] = "Default", ["options"] = new JsonObject(),
            ["prices"] = new JsonObject { ["USD"] = 1000 + i * 100 }, ["inventory"] = new JsonObject { ["main"] = 10 + i },
        }),
    };

    private static JsonNode ContentItem(int i) => new JsonObject
    {
        ["ContentItemId"] = $"benchcontent{i:D2}", ["ContentType"] = "ProductContent", ["DisplayText"] = $"Bench Product {i}",
        ["Latest"] = true, ["Published"] = true,
        ["TitlePart"] = new JsonObject { ["Title"] = $"Bench Product {i}" },
        ["AutoroutePart"] = new JsonObject { ["Path"] = $"/products/{Handle(i)}", ["SetHomepage"] = false },
        ["ProductContent"] = new JsonObject
        {
            ["Sku"] = new JsonObject { ["Text"] = $"BENCH-{i:D2}" }, ["Handle"] = new JsonObject { ["Text"] = Handle(i) },
            ["SeoTitle"] = new JsonObject { ["Text"] = $"Bench Product {i} | Bench" },
            ["SeoDescription"] = new JsonObject { ["Text"] = $"The bench's product number {i}, with a few words of SEO text." },
            ["Featured"] = new JsonObject { ["Value"] = i % 3 == 0 },
        },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = $"Product **{i}**: a paragraph of description.\n\n- Weight: {i} kg\n- Recycled" },
    };
}
