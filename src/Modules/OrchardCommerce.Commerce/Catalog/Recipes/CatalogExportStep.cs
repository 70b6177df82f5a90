using System.Text.Json.Nodes;
using Dapper;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Commerce.Catalog.Recipes;

/// <summary>
/// Exports the catalog as one Catalog step in a fixed order (handles, positions, currencies) and without ids,
/// versions or dates, so export → import into a fresh tenant → export gives the same JSON.
/// </summary>
public sealed class CatalogExportStep(DbSession session, ProductReader products, CategoryService categories,
    CollectionService collections) : IRecipeExportStep
{
    public int Order => 30;

    public async Task ExportAsync(JsonArray steps, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var locations = (await connection.QueryAsync<(string Id, string Handle, string Name)>(
            "SELECT id, handle, name FROM commerce_locations ORDER BY handle", transaction: session.Transaction)).ToList();
        var levels = (await connection.QueryAsync<(string VariantId, string LocationId, long OnHand)>(
            "SELECT variant_id, location_id, on_hand FROM commerce_inventory_levels", transaction: session.Transaction))
            .ToLookup(l => l.VariantId);
        var categoryList = await categories.ListAsync(cancellationToken);
        var collectionList = await collections.ListAsync(cancellationToken);
        var productList = await products.ListAllAsync(cancellationToken);
        if (locations.Count + categoryList.Count + collectionList.Count + productList.Count == 0) return;

        var handles = locations.ToDictionary(l => l.Id, l => l.Handle);
        steps.Add(new JsonObject
        {
            ["name"] = CatalogStep.StepName,
            ["locations"] = Array(locations.Select(l => new JsonObject { ["handle"] = l.Handle, ["name"] = l.Name })),
            ["categories"] = Array(categoryList.Select(c => new JsonObject { ["handle"] = c.Handle, ["title"] = c.Title, ["parent"] = c.Parent })),
            ["collections"] = Array(collectionList.Select(c => new JsonObject { ["handle"] = c.Handle, ["title"] = c.Title })),
            ["products"] = Array(productList.Select(p => new JsonObject
            {
                ["handle"] = p.Handle,
                ["title"] = p.Title,
                ["description"] = p.Description,
                ["seoTitle"] = p.SeoTitle,
                ["seoDescription"] = p.SeoDescription,
                ["media"] = Array(p.Media.Select(m => JsonValue.Create(m))),
                ["status"] = p.Status,
                ["options"] = Array(p.Options.Select(o => new JsonObject { ["name"] = o.Name, ["values"] = Array(o.Values.Select(v => JsonValue.Create(v))) })),
                ["variants"] = Array(p.Variants.Select(v => new JsonObject
                {
                    ["sku"] = v.Sku,
                    ["title"] = v.Title,
                    ["options"] = Object(v.Options.Select(o => (o.Key, (JsonNode?)o.Value))),
                    ["prices"] = Object(v.Prices.Select(x => (x.Key, (JsonNode?)x.Value))),
                    ["inventory"] = Object(levels[v.Id].Select(l => (handles[l.LocationId], (JsonNode?)l.OnHand)).OrderBy(l => l.Item1, StringComparer.Ordinal)),
                })),
                ["categories"] = Array(p.Categories.Select(c => JsonValue.Create(c))),
                ["collections"] = Array(p.Collections.Select(c => JsonValue.Create(c))),
            })),
        });
    }

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new(items.ToArray());

    private static JsonObject Object(IEnumerable<(string Key, JsonNode? Value)> members)
    {
        var result = new JsonObject();
        foreach (var (key, value) in members) result[key] = value;
        return result;
    }
}
