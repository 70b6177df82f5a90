using System.Text.Json.Nodes;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Commerce.Catalog.Recipes;

/// <summary>
/// The "Catalog" step: <c>{ "name": "Catalog", "locations": [...], "categories": [...], "collections": [...],
/// "products": [...] }</c>. Upserts by handle (products, taxonomy, locations) and SKU (variants), sets on-hand stock
/// per location, and writes the same change-feed events as the admin API. Bad data names its path.
/// </summary>
public sealed class CatalogStep(ProductService products, ProductContentService contents, CategoryService categories,
    CollectionService collections, RecipeStockWriter stock) : IRecipeStepHandler
{
    public const string StepName = "Catalog";

    public string Name => StepName;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        var errors = new CatalogErrors();
        foreach (var (location, path) in JsonFields.Objects(step, "locations", "", errors))
        {
            var handle = JsonFields.String(location, "handle", path, errors, required: true);
            var name = JsonFields.String(location, "name", path, errors, required: false) ?? handle;
            if (handle is not null && !CatalogRules.IsHandle(handle)) errors.Add(path + "handle", "handle " + CatalogRules.HandleMessage);
            Fail(context, errors);
            await stock.UpsertLocationAsync(handle!, name!);
            context.Report.Count("commerce locations");
        }
        await new CatalogTaxonomyImport(categories, collections).ImportAsync(context, cancellationToken);
        var locations = await stock.LocationIdsAsync();
        foreach (var (json, path) in JsonFields.Objects(step, "products", "", errors))
        {
            var input = ProductJsonReader.Read(json, errors, path);
            var inventory = ReadInventory(json, path, locations, errors);
            var content = ReadContent(json, path, errors);
            Fail(context, errors);
            var product = await Run(context, path, () => products.UpsertByHandleAsync(input!, cancellationToken));
            if (content is var (seoTitle, seoDescription, media))
                await Run(context, path, () => contents.ImportAsync(product.Product.Id, seoTitle, seoDescription, media, cancellationToken));
            foreach (var (sku, levels) in inventory)
            {
                var variant = product.Product.Variants.Single(v => v.Sku == sku);
                if (!await stock.SetOnHandAsync(variant.Id, sku, levels))
                    throw context.Error($"{path}variants (SKU {sku}).inventory: on hand cannot drop below the units reserved for open orders.");
            }
            context.Report.Count("commerce products");
        }
        Fail(context, errors);
    }

    /// <summary>
    /// seoTitle, seoDescription and media (owned by the ProductContent item, exported with the product); null when the
    /// product names none of them, so a recipe that predates them leaves what sync stored alone.
    /// </summary>
    private static (string? SeoTitle, string? SeoDescription, IReadOnlyList<string> Media)? ReadContent(JsonObject product, string path,
        CatalogErrors errors)
    {
        if (!product.ContainsKey("seoTitle") && !product.ContainsKey("seoDescription") && !product.ContainsKey("media")) return null;
        var seoTitle = JsonFields.String(product, "seoTitle", path, errors, required: false);
        var seoDescription = JsonFields.String(product, "seoDescription", path, errors, required: false);
        var media = JsonFields.Strings(product, "media", path, errors);
        ProductContentValidator.ValidateSeoAndMedia(seoTitle, seoDescription, media, errors, path);
        return (seoTitle, seoDescription, media);
    }

    /// <summary>variants[j].inventory: { "main": 25 } by location id, per SKU.</summary>
    private static Dictionary<string, Dictionary<string, long>> ReadInventory(JsonObject product, string path,
        IReadOnlyDictionary<string, string> locations, CatalogErrors errors)
    {
        var result = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var (variant, variantPath) in JsonFields.Objects(product, "variants", path, new CatalogErrors()))
        {
            if (variant["sku"] is not JsonValue skuValue || !skuValue.TryGetValue<string>(out var sku)) continue;
            var levels = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (location, value) in JsonFields.Members(variant, "inventory", variantPath, errors))
            {
                var field = $"{variantPath}inventory.{location}";
                if (!locations.TryGetValue(location, out var locationId)) errors.Add(field, $"there is no location with the handle '{location}'.");
                else if (!JsonFields.TryInteger(value, out var onHand) || onHand < 0) errors.Add(field, "must be a whole number of units, zero or more.");
                else levels[locationId] = onHand;
            }
            if (levels.Count > 0) result[sku] = levels;
        }
        return result;
    }

    private static async Task<T> Run<T>(RecipeStepContext context, string path, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (CatalogValidationException e)
        {
            throw context.Error(string.Join("; ", e.Errors.Select(x => $"{path}{x.Key}: {string.Join(" ", x.Value)}")));
        }
        catch (CatalogConflictException e)
        {
            throw context.Error($"{path}{e.Field}: {e.Message[(e.Field.Length + 2)..]}");
        }
    }

    internal static void Fail(RecipeStepContext context, CatalogErrors errors)
    {
        if (errors.Any) throw context.Error(string.Join("; ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
    }
}
