using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;
using OrchardCommerce.Sync.Links;
using OrchardCommerce.Sync.Mirror;

namespace OrchardCommerce.Sync.Tests;

public abstract class ProductMirrorServiceTests : SyncTestBase
{
    private ProductMirrorService Mirrors => Services.GetRequiredService<ProductMirrorService>();
    private ProductLinkStore Links => Services.GetRequiredService<ProductLinkStore>();

    private static ProductMirror Mirror(long version, decimal price = 15m, string handle = "mug") => new(version, handle, "Mug", "MUG-1", price);

    private async Task<List<(long Version, string Action)>> LogAsync(string productId)
    {
        var connection = await Services.GetRequiredService<DbSession>().GetConnectionAsync();
        return (await connection.QueryAsync<(long, string)>(
            "SELECT commerce_version, action FROM sync_mirror_log WHERE product_id = @productId ORDER BY id", new { productId })).ToList();
    }

    private async Task<int> ContentEventCountAsync() =>
        (await Services.GetRequiredService<ChangeFeed<ContentStream>>().ReadAsync(0, 500, TimeSpan.Zero)).Events.Count;

    [Fact]
    public async Task Apply_NewProduct_CreatesUnpublishedDraftShowingCommerceFields()
    {
        var result = await Mirrors.ApplyAsync("prod_1", Mirror(1));

        result.Should().BeEquivalentTo(new { Applied = true, Action = "created", CommerceVersion = 1L });
        var draft = (await Content.GetAsync(result.ContentItemId!, VersionOptions.Latest))!;
        draft.ContentType.Should().Be("ProductContent");
        draft.DisplayText.Should().Be("Mug");
        (MirrorFields.Handle(draft), MirrorFields.Sku(draft), MirrorFields.Price(draft)).Should().Be(("mug", "MUG-1", 15m));
        (await Content.GetAsync(result.ContentItemId!, VersionOptions.Published)).Should().BeNull();
        (await Links.GetAsync("prod_1"))!.ContentItemId.Should().Be(result.ContentItemId);
        (await LogAsync("prod_1")).Should().Equal((1L, "created"));
    }

    [Fact]
    public async Task Apply_SameVersionAgain_ChangesNothing()
    {
        await Mirrors.ApplyAsync("prod_1", Mirror(1));

        var again = await Mirrors.ApplyAsync("prod_1", Mirror(1));

        again.Should().BeEquivalentTo(new { Applied = false, Action = "unchanged" });
        (await LogAsync("prod_1")).Should().HaveCount(1);
    }

    [Fact]
    public async Task Apply_OlderVersion_DroppedAsStale()
    {
        await Mirrors.ApplyAsync("prod_1", Mirror(3, price: 30m));

        var stale = await Mirrors.ApplyAsync("prod_1", Mirror(2, price: 20m));

        stale.Should().BeEquivalentTo(new { Applied = false, Action = "stale", CommerceVersion = 3L });
        MirrorFields.Price((await Content.GetAsync(stale.ContentItemId!, VersionOptions.Latest))!).Should().Be(30m);
    }

    [Fact]
    public async Task Apply_NewerVersionOnPublishedItem_ChangesPublishedAndDraftInPlaceWithoutFeedEvent()
    {
        var item = await NewProductContentAsync("mug", "MUG-1");
        await Mirrors.ApplyAsync("prod_1", Mirror(1));
        var edit = (await Content.GetAsync(item.ContentItemId, VersionOptions.Latest))!.Clone();
        edit.Part("MarkdownBodyPart")["Markdown"] = "Draft copy.";
        await Content.UpdateDraftAsync(edit);
        var events = await ContentEventCountAsync();

        var result = await Mirrors.ApplyAsync("prod_1", Mirror(2, price: 19.5m));

        result.Should().BeEquivalentTo(new { Applied = true, Action = "updated", ContentItemId = item.ContentItemId });
        var published = (await Content.GetAsync(item.ContentItemId, VersionOptions.Published))!;
        var draft = (await Content.GetAsync(item.ContentItemId, VersionOptions.Draft))!;
        MirrorFields.Price(published).Should().Be(19.5m);
        MirrorFields.Price(draft).Should().Be(19.5m);
        ((string?)draft.Part("MarkdownBodyPart")["Markdown"]).Should().Be("Draft copy.", "the editor's draft keeps its own changes");
        (await ContentEventCountAsync()).Should().Be(events, "a mirror write is not a publish");
    }

    [Fact]
    public async Task Apply_ExistingItemWithTheHandle_LinksItInsteadOfCreatingAnother()
    {
        var item = await NewProductContentAsync("mug", "OLD-SKU");

        var result = await Mirrors.ApplyAsync("prod_1", Mirror(1));

        result.Should().BeEquivalentTo(new { Applied = true, Action = "linked", ContentItemId = item.ContentItemId });
        (await Content.QueryAsync("ProductContent", VersionOptions.Latest, 1, 10)).Total.Should().Be(1);
        MirrorFields.Sku((await Content.GetAsync(item.ContentItemId, VersionOptions.Published))!).Should().Be("MUG-1");
    }

    [Fact]
    public async Task Apply_DriftedItemAtSameVersion_Repaired()
    {
        var created = await Mirrors.ApplyAsync("prod_1", Mirror(1));
        using (Services.GetRequiredService<MirrorWriteScope>().Enter())
            await Content.PatchCurrentAsync(created.ContentItemId!, item => MirrorFields.Write(item, Mirror(1, price: 1m)));

        var repaired = await Mirrors.ApplyAsync("prod_1", Mirror(1));

        repaired.Should().BeEquivalentTo(new { Applied = true, Action = "repaired" });
        MirrorFields.Price((await Content.GetAsync(created.ContentItemId!, VersionOptions.Latest))!).Should().Be(15m);
        (await LogAsync("prod_1")).Should().Equal((1L, "created"), (1L, "repaired"));
    }

    [Fact]
    public async Task Archive_Linked_UnpublishesKeepsItemAndIsDoneOnce()
    {
        var item = await NewProductContentAsync("mug", "MUG-1");
        await Mirrors.ApplyAsync("prod_1", Mirror(1));

        var archived = await Mirrors.ArchiveAsync("prod_1", 2);
        var again = await Mirrors.ArchiveAsync("prod_1", 2);

        archived.Should().BeEquivalentTo(new { Applied = true, Action = "archived" });
        again.Applied.Should().BeFalse();
        (await Content.GetAsync(item.ContentItemId, VersionOptions.Published)).Should().BeNull();
        (await Content.GetAsync(item.ContentItemId, VersionOptions.Latest)).Should().NotBeNull("archived, not destroyed");
        (await Links.GetAsync("prod_1"))!.Archived.Should().BeTrue();
    }

    [Fact]
    public async Task Apply_StockAtSameProductVersion_NewerAppliesOlderDropped()
    {
        var created = await Mirrors.ApplyAsync("prod_1", Mirror(2) with { StockVersion = 5, Stock = 7, Availability = "in_stock" });

        var sold = await Mirrors.ApplyAsync("prod_1", Mirror(2) with { StockVersion = 6, Stock = 0, Availability = "out_of_stock" });
        var late = await Mirrors.ApplyAsync("prod_1", Mirror(2) with { StockVersion = 5, Stock = 7, Availability = "in_stock" });

        sold.Should().BeEquivalentTo(new { Applied = true, Action = "updated" });
        late.Should().BeEquivalentTo(new { Applied = false, Action = "stale" });
        var draft = (await Content.GetAsync(created.ContentItemId!, VersionOptions.Latest))!;
        (MirrorFields.Stock(draft), MirrorFields.Availability(draft)).Should().Be((0L, "out_of_stock"));
        (await Links.GetAsync("prod_1"))!.StockVersion.Should().Be(6);
    }

    [Fact]
    public async Task EditorUpdate_ChangesCommerceOwnedStock_RefusedNamingTheField()
    {
        var item = await NewProductContentAsync("mug", "MUG-1");
        await Mirrors.ApplyAsync("prod_1", Mirror(1) with { StockVersion = 1, Stock = 3, Availability = "in_stock" });
        var edit = (await Content.GetAsync(item.ContentItemId, VersionOptions.Latest))!.Clone();
        edit.Part("ProductContent")["Stock"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = 99 };
        edit.Part("ProductContent")["Availability"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "in_stock" };

        var act = () => Content.UpdateDraftAsync(edit);

        (await act.Should().ThrowAsync<ContentValidationException>()).Which.Errors.Keys.Should().Equal("ProductContent.Stock");
    }

    [Fact]
    public async Task EditorUpdate_ChangesCommerceOwnedPrice_RefusedNamingTheField()
    {
        var item = await NewProductContentAsync("mug", "MUG-1");
        await Mirrors.ApplyAsync("prod_1", Mirror(1));
        var edit = (await Content.GetAsync(item.ContentItemId, VersionOptions.Latest))!.Clone();
        edit.Part("ProductContent")["Price"] = new System.Text.Json.Nodes.JsonObject { ["Value"] = 1 };

        var act = () => Content.UpdateDraftAsync(edit);

        (await act.Should().ThrowAsync<ContentValidationException>()).Which.Errors.Should().ContainKey("ProductContent.Price");
    }

    [Fact]
    public async Task EditorUpdate_ContentOwnedFields_Allowed()
    {
        var item = await NewProductContentAsync("mug", "MUG-1");
        await Mirrors.ApplyAsync("prod_1", Mirror(1));
        var edit = (await Content.GetAsync(item.ContentItemId, VersionOptions.Latest))!.Clone();
        edit.Part("MarkdownBodyPart")["Markdown"] = "New copy.";

        var draft = await Content.UpdateDraftAsync(edit);

        ((string?)draft.Part("MarkdownBodyPart")["Markdown"]).Should().Be("New copy.");
    }

    [Fact]
    public async Task ContentSide_PublishedItemOfAProduct_ReadsOwnedFieldsVersionAndProduct()
    {
        var product = await NewProductAsync("mug", "MUG-1");
        var item = await NewProductContentAsync("mug", "MUG-1", body: "Stoneware.");

        var view = (await Services.GetRequiredService<ContentSideReader>().GetAsync(item.ContentItemId))!;

        view.ProductId.Should().Be(product.Id);
        view.Version.Should().Be(1);
        view.Published.Should().BeEquivalentTo(new ContentOwnedFields("Stoneware.", "Buy the mug", null, ["products/mug.svg"]));
    }
}

public sealed class ProductMirrorServiceSqliteTests : ProductMirrorServiceTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class ProductMirrorServicePostgresTests : ProductMirrorServiceTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
