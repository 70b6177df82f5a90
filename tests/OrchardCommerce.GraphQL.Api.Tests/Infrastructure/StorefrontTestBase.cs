using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data.Versions;

namespace OrchardCommerce.GraphQL.Api.Tests.Infrastructure;

/// <summary>
/// A tenant with Contents, Commerce (unless <see cref="WithCommerce"/> is false) and GraphQL.Api, migrated in that
/// order and activated as a shell build would, on a SQLite file or a PostgreSQL schema, with the storefront model.
/// </summary>
public abstract class StorefrontTestBase() : ModuleTestBase(new Startup())
{
    protected virtual bool WithCommerce => true;
    protected ContentManager Content => Services.GetRequiredService<ContentManager>();
    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        new Contents.Startup().ConfigureServices(services);
        if (WithCommerce) new Commerce.Startup().ConfigureServices(services);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StorefrontVersionTriggers.EnsureAsync(Get<TenantDatabase>());
        await RunStepAsync(StorefrontModel.DemoDefinition());
        await RunStepAsync(StorefrontModel.BlogDefinition());
    }

    protected async Task<ContentItem> ImportAsync(JsonObject item) => await Content.ImportAsync(item);

    /// <summary>An active product with one variant per SKU (priced in USD and EUR), <paramref name="stock"/> units of each at "main".</summary>
    protected async Task<Product> ProductAsync(string handle, string[] skus, long stock = 5, string[]? categories = null, string[]? collections = null,
        string status = ProductStatus.Active)
    {
        await Get<LocationService>().SaveAsync("main", "Main warehouse");
        var product = await Get<ProductService>().CreateAsync(new ProductInput(handle, $"Title of {handle}", $"About {handle}.", status,
            skus.Length > 1 ? [new ProductOption("Size", [.. skus.Select((_, i) => $"S{i}")])] : [],
            [.. skus.Select((sku, i) => new VariantInput(sku, null,
                skus.Length > 1 ? new Dictionary<string, string> { ["Size"] = $"S{i}" } : new Dictionary<string, string>(),
                new Dictionary<string, long> { ["USD"] = 1000 + i, ["EUR"] = 900 + i }))],
            categories ?? [], collections ?? []));
        foreach (var sku in skus) await Get<StockAdmin>().SetOnHandAsync(sku, "main", stock);
        return product;
    }

    /// <summary>A ProductContent item mirroring a product by handle and/or SKU, as the demo recipes write them.</summary>
    protected static JsonObject ProductContent(string id, string title, string? handle, string sku, bool published = true) => new()
    {
        ["ContentItemId"] = id, ["ContentItemVersionId"] = id + "v1", ["ContentType"] = "ProductContent", ["DisplayText"] = title,
        ["Latest"] = true, ["Published"] = published,
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["ProductContent"] = new JsonObject
        {
            ["Sku"] = new JsonObject { ["Text"] = sku },
            ["Handle"] = new JsonObject { ["Text"] = handle },
            ["SeoTitle"] = new JsonObject { ["Text"] = "SEO " + title },
        },
        ["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = "About **" + title + "**" },
    };
}
