using OrchardCommerce.Commerce.Catalog;

namespace OrchardCommerce.Commerce.Tests.Catalog;

/// <summary>Products the catalog tests build on: a jacket in two sizes priced in USD and EUR.</summary>
internal static class CatalogSamples
{
    public static ProductInput Jacket(string handle = "summit-down-jacket", string skuPrefix = "SDJ", string status = ProductStatus.Active) => new(
        handle, "Summit Down Jacket", "800-fill down.", status,
        [new ProductOption("Size", ["M", "L"])],
        [
            new VariantInput($"{skuPrefix}-M", null, new Dictionary<string, string> { ["Size"] = "M" }, new Dictionary<string, long> { ["USD"] = 24900, ["EUR"] = 22900 }),
            new VariantInput($"{skuPrefix}-L", "Large", new Dictionary<string, string> { ["Size"] = "L" }, new Dictionary<string, long> { ["USD"] = 25900 }),
        ],
        [], []);

    public static string JacketJson(string handle = "summit-down-jacket", string eur = "22900", string status = "active") => $$"""
        {
          "handle": "{{handle}}", "title": "Summit Down Jacket", "description": "800-fill down.", "status": "{{status}}",
          "options": [ { "name": "Size", "values": ["M", "L"] } ],
          "variants": [
            { "sku": "{{handle}}-M", "options": { "Size": "M" }, "prices": { "USD": 24900 } },
            { "sku": "{{handle}}-L", "options": { "Size": "L" }, "prices": { "USD": 25900, "EUR": {{eur}} } }
          ]
        }
        """;
}
