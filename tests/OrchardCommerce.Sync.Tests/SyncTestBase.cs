using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Sync.Tests;

/// <summary>The Sync module with Contents and Commerce (its dependencies) on a migrated tenant database and a ProductContent type like the demo recipes'.</summary>
public abstract class SyncTestBase() : ModuleTestBase(new Startup())
{
    protected ContentManager Content => Services.GetRequiredService<ContentManager>();

    protected override void ConfigureServices(IServiceCollection services)
    {
        new Contents.Startup().ConfigureServices(services);
        new Commerce.Startup().ConfigureServices(services);
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RunStepAsync(JsonNode.Parse("""
            { "name": "ContentDefinition",
              "ContentTypes": [
                { "Name": "ProductContent", "DisplayName": "Product content", "Settings": {},
                  "ContentTypePartDefinitionRecords": [
                    { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
                    { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": {} },
                    { "PartName": "ProductContent", "Name": "ProductContent", "Settings": {} },
                    { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": {} } ] } ],
              "ContentParts": [
                { "Name": "ProductContent", "Settings": {}, "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Sku", "Settings": {} },
                    { "FieldName": "TextField", "Name": "Handle", "Settings": {} },
                    { "FieldName": "NumericField", "Name": "Price", "Settings": { "NumericFieldSettings": { "Scale": 2 } } },
                    { "FieldName": "NumericField", "Name": "Stock", "Settings": { "NumericFieldSettings": { "Scale": 0, "Minimum": 0 } } },
                    { "FieldName": "TextField", "Name": "Availability", "Settings": {} },
                    { "FieldName": "MediaField", "Name": "Images", "Settings": {} },
                    { "FieldName": "TextField", "Name": "SeoTitle", "Settings": {} },
                    { "FieldName": "TextField", "Name": "SeoDescription", "Settings": {} } ] } ] }
            """)!.AsObject());
    }

    /// <summary>A ProductContent item as a marketer (or a recipe) would make it, published.</summary>
    protected async Task<ContentItem> NewProductContentAsync(string handle, string sku, string body = "Hand-made.")
    {
        var item = await Content.NewAsync("ProductContent");
        item.Part("TitlePart")["Title"] = "Mug " + handle;
        item.Part("AutoroutePart")["Path"] = "/products/" + handle;
        item.Part("ProductContent")["Handle"] = new JsonObject { ["Text"] = handle };
        item.Part("ProductContent")["Sku"] = new JsonObject { ["Text"] = sku };
        item.Part("ProductContent")["SeoTitle"] = new JsonObject { ["Text"] = "Buy the " + handle };
        item.Part("ProductContent")["Images"] = new JsonObject { ["Paths"] = new JsonArray("products/mug.svg") };
        item.Part("MarkdownBodyPart")["Markdown"] = body;
        return await Content.CreateAsync(item, publish: true);
    }

    protected Task<Product> NewProductAsync(string handle, string sku) =>
        Services.GetRequiredService<ProductService>().CreateAsync(new ProductInput(handle, "Mug", null, "active", [],
            [new VariantInput(sku, null, new Dictionary<string, string>(), new Dictionary<string, long> { ["EUR"] = 1500 })], [], []));
}
