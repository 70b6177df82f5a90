using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Contents.Tests.Handlers;

public abstract class FieldValidationTests : ContentsTestBase
{
    private async Task<ContentItem> ProductAsync(JsonNode? price, string? sku, string? barcode = null)
    {
        var product = await Content.NewAsync("Product");
        product.Part("TitlePart")["Title"] = "Lamp";
        product.Part("Product")["Price"] = new JsonObject { ["Value"] = price };
        product.Part("Product")["Sku"] = new JsonObject { ["Text"] = sku };
        if (barcode is not null) product.Part("Product")["Barcode"] = new JsonObject { ["Text"] = barcode };
        return product;
    }

    private async Task<IReadOnlyDictionary<string, string[]>> ErrorsAsync(ContentItem item)
    {
        var act = () => Content.CreateAsync(item);
        return (await act.Should().ThrowAsync<ContentValidationException>()).Which.Errors;
    }

    [Fact]
    public async Task Create_ValidProduct_Stored()
    {
        var product = await Content.CreateAsync(await ProductAsync(99.95m, "ABC-123", "4006381333931"), publish: true);

        (await Content.GetAsync(product.ContentItemId))!.Part("Product")["Price"]!["Value"]!.GetValue<decimal>().Should().Be(99.95m);
    }

    [Fact]
    public async Task Create_PriceAboveMaximum_ErrorNamesField()
    {
        var errors = await ErrorsAsync(await ProductAsync(1500, "ABC-123"));

        errors.Should().ContainKey("Product.Price").WhoseValue.Should().Equal("Price must be at most 1000.");
    }

    [Fact]
    public async Task Create_PriceBelowMinimumAndTooPrecise_BothReported()
    {
        var errors = await ErrorsAsync(await ProductAsync(-1.005m, "ABC-123"));

        errors["Product.Price"].Should().BeEquivalentTo("Price must be at least 0.", "Price must have at most 2 decimal places.");
    }

    [Fact]
    public async Task Create_MissingRequiredFields_EachNamed()
    {
        var product = await ProductAsync(null, "");
        product.Part("TitlePart")["Title"] = "";

        var errors = await ErrorsAsync(product);

        errors.Keys.Should().BeEquivalentTo("Product.Price", "Product.Sku", "TitlePart.Title");
        errors["Product.Sku"].Should().Equal("SKU is required.");
    }

    [Fact]
    public async Task Create_SkuNotMatchingPattern_ErrorNamesField()
    {
        var errors = await ErrorsAsync(await ProductAsync(10, "abc-123x"));

        errors.Should().ContainKey("Product.Sku").WhoseValue.Single().Should().Contain("format");
    }

    [Fact]
    public async Task Create_OrchardRegexPatternNotMatched_ErrorNamesField()
    {
        var errors = await ErrorsAsync(await ProductAsync(10, "ABC-123", barcode: "12ab"));

        errors.Keys.Should().Equal("Product.Barcode");
    }

    [Fact]
    public async Task Create_TwoPickedItemsOnSinglePicker_ErrorNamesField()
    {
        var product = await ProductAsync(10, "ABC-123");
        product.Part("Product")["Related"] = new JsonObject { ["ContentItemIds"] = new JsonArray("a", "b") };

        (await ErrorsAsync(product)).Keys.Should().Equal("Product.Related");
    }

    [Fact]
    public async Task Create_ScriptLinkAndBadDate_ErrorsNameFields()
    {
        var product = await ProductAsync(10, "ABC-123");
        product.Part("Product")["Manual"] = new JsonObject { ["Url"] = "javascript:alert(1)", ["Text"] = "Manual" };
        product.Part("Product")["LaunchDate"] = new JsonObject { ["Value"] = "next tuesday" };

        (await ErrorsAsync(product)).Keys.Should().BeEquivalentTo("Product.Manual", "Product.LaunchDate");
    }

    [Fact]
    public async Task Create_HtmlBodyWithScript_StoredSanitized()
    {
        var page = await Content.NewAsync("Page");
        page.Part("TitlePart")["Title"] = "X";
        page.Part("HtmlBodyPart")["Html"] = "<p onclick=\"steal()\">Hi</p><script>steal()</script>";

        var saved = await Content.CreateAsync(page, publish: true);

        ((string?)(await Content.GetAsync(saved.ContentItemId))!.Part("HtmlBodyPart")["Html"]).Should().Be("<p>Hi</p>");
    }
}

public sealed class FieldValidationSqliteTests : FieldValidationTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class FieldValidationPostgresTests : FieldValidationTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
