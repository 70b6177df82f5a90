using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// Reads a product from JSON (the admin API's body, a recipe's product) into a <see cref="ProductInput"/>, naming
/// every wrongly-typed field by its path. Shapes only: the rules (formats, options matching) are ProductValidator's.
/// </summary>
public static class ProductJsonReader
{
    /// <param name="prefix">Prepended to field paths, e.g. "products[3]." for a recipe.</param>
    /// <returns>The input, or null when <paramref name="errors"/> got something.</returns>
    public static ProductInput? Read(JsonObject json, CatalogErrors errors, string prefix = "")
    {
        var before = errors.Any;
        var handle = JsonFields.String(json, "handle", prefix, errors, required: true);
        var title = JsonFields.String(json, "title", prefix, errors, required: true);
        var description = JsonFields.String(json, "description", prefix, errors, required: false);
        var status = JsonFields.String(json, "status", prefix, errors, required: false) ?? ProductStatus.Draft;
        var options = new List<ProductOption>();
        foreach (var (option, path) in JsonFields.Objects(json, "options", prefix, errors))
            options.Add(new ProductOption(JsonFields.String(option, "name", path, errors, required: true) ?? "",
                JsonFields.Strings(option, "values", path, errors)));
        var variants = new List<VariantInput>();
        foreach (var (variant, path) in JsonFields.Objects(json, "variants", prefix, errors))
            variants.Add(ReadVariant(variant, path, errors));
        var categories = JsonFields.Strings(json, "categories", prefix, errors);
        var collections = JsonFields.Strings(json, "collections", prefix, errors);
        if (errors.Any && !before || handle is null || title is null) return null;
        return new ProductInput(handle, title, description, status, options, variants, categories, collections);
    }

    private static VariantInput ReadVariant(JsonObject variant, string path, CatalogErrors errors)
    {
        var sku = JsonFields.String(variant, "sku", path, errors, required: true) ?? "";
        var title = JsonFields.String(variant, "title", path, errors, required: false);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in JsonFields.Members(variant, "options", path, errors))
        {
            if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String) options[name] = v.GetValue<string>();
            else errors.Add($"{path}options.{name}", "must be a string (one of the option's values).");
        }
        var prices = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (currency, value) in JsonFields.Members(variant, "prices", path, errors))
        {
            if (JsonFields.TryInteger(value, out var amount)) prices[currency] = amount;
            else errors.Add($"{path}prices.{currency}", "must be a whole number of the currency's minor units (cents).");
        }
        return new VariantInput(sku, title, options, prices);
    }
}
