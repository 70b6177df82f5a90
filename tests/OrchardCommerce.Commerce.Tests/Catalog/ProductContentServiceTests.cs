using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract partial class ProductContentServiceTests : CommerceTestBase
{
    private ProductContentService Contents => Services.GetRequiredService<ProductContentService>();
    private ProductService Products => Services.GetRequiredService<ProductService>();
    private ProductReader Reader => Services.GetRequiredService<ProductReader>();
    private DbSession Session => Services.GetRequiredService<DbSession>();

    private static ProductContentInput Content(long version, string seoTitle = "Summit jacket | Acme", params string[] media) =>
        new(version, "## Warm\n800-fill down.", seoTitle, "The warmest jacket we make.", media.Length == 0 ? ["products/jacket.svg"] : media);

    [Fact]
    public async Task Apply_NewerVersion_StoresFieldsBumpsVersionAndEmitsOneUpdatedEvent()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        Clock.Advance(TimeSpan.FromMinutes(5));

        var result = (await Contents.ApplyAsync(created.Id, Content(7, "Summit - Acme", "products/a.svg", "products/b.svg")))!;

        result.Applied.Should().BeTrue();
        var stored = (await Reader.GetAsync(created.Id))!;
        stored.Should().BeEquivalentTo(result.Product);
        (stored.Description, stored.SeoTitle, stored.SeoDescription, stored.ContentVersion)
            .Should().Be(("## Warm\n800-fill down.", "Summit - Acme", "The warmest jacket we make.", 7L));
        stored.Media.Should().Equal("products/a.svg", "products/b.svg");
        stored.Version.Should().Be(created.Version + 1);
        stored.UpdatedUtc.Should().Be(Clock.GetUtcNow().UtcDateTime);
        stored.Variants.Should().BeEquivalentTo(created.Variants, "commerce-owned fields stay");
        var events = await EventsAfterCreateAsync();
        events.Should().ContainSingle();
        (events[0].Type, events[0].AggregateId, events[0].Version).Should().Be((CommerceEvents.ProductUpdated, created.Id, 2L));
        events[0].Payload.Should().Contain("\"seoTitle\":\"Summit - Acme\"").And.Contain("\"media\":[\"products/a.svg\",\"products/b.svg\"]")
            .And.Contain("\"contentVersion\":7").And.Contain("\"seoDescription\":\"The warmest jacket we make.\"");
    }

    [Fact]
    public async Task Apply_SameVersionSameFields_NotAppliedNoEventNoVersionBump()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        await Contents.ApplyAsync(created.Id, Content(3));

        var replay = (await Contents.ApplyAsync(created.Id, Content(3)))!;

        replay.Applied.Should().BeFalse();
        replay.Product.Version.Should().Be(2);
        (await Reader.GetAsync(created.Id))!.Version.Should().Be(2);
        (await EventsAfterCreateAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Apply_OlderVersion_NotAppliedAndWritesNothing()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        await Contents.ApplyAsync(created.Id, Content(5, "Five"));
        var before = (await Reader.GetAsync(created.Id))!;

        var stale = (await Contents.ApplyAsync(created.Id, Content(4, "Four", "products/old.svg")))!;

        stale.Applied.Should().BeFalse();
        stale.Product.Should().BeEquivalentTo(before);
        (await Reader.GetAsync(created.Id)).Should().BeEquivalentTo(before);
        (await EventsAfterCreateAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Apply_SameVersionDifferentFields_RepairsDrift()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        await Contents.ApplyAsync(created.Id, Content(5, "Five"));
        await Products.UpdateAsync(created.Id, CatalogSamples.Jacket() with { Description = "Edited on the commerce side." });

        var repair = (await Contents.ApplyAsync(created.Id, Content(5, "Five")))!;

        repair.Applied.Should().BeTrue();
        repair.Product.Description.Should().Be("## Warm\n800-fill down.");
        repair.Product.Version.Should().Be(4);
        (await EventsAfterCreateAsync()).Select(e => e.Version).Should().Equal(2L, 3L, 4L);
    }

    [Fact]
    public async Task Apply_NewerVersionSameFields_RecordsVersionWithoutProductVersionOrEvent()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        await Contents.ApplyAsync(created.Id, Content(1));

        var result = (await Contents.ApplyAsync(created.Id, Content(2)))!;
        var older = (await Contents.ApplyAsync(created.Id, Content(1, "Stale title")))!;

        result.Applied.Should().BeTrue();
        result.Product.ContentVersion.Should().Be(2);
        older.Applied.Should().BeFalse("version 2 was recorded, so version 1 is stale");
        var stored = (await Reader.GetAsync(created.Id))!;
        (stored.ContentVersion, stored.Version, stored.SeoTitle).Should().Be((2L, 2L, "Summit jacket | Acme"));
        (await EventsAfterCreateAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Update_AdminUpdateAfterContent_KeepsContentOwnedFields()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        await Contents.ApplyAsync(created.Id, Content(2));

        var updated = (await Products.UpdateAsync(created.Id, CatalogSamples.Jacket() with { Title = "Summit Jacket II" }))!;

        (updated.SeoTitle, updated.SeoDescription, updated.ContentVersion).Should().Be(("Summit jacket | Acme", "The warmest jacket we make.", 2L));
        updated.Media.Should().Equal("products/jacket.svg");
    }

    [Fact]
    public async Task Apply_UnknownProduct_ReturnsNullAndWritesNothing()
    {
        (await Contents.ApplyAsync("prod_missing", Content(1))).Should().BeNull();

        (await CountAsync("commerce_events")).Should().Be(0);
    }

    public static TheoryData<ProductContentInput, string> InvalidInputs() => new()
    {
        { Content(0), "contentVersion" },
        { Content(-3), "contentVersion" },
        { Content(1) with { Description = new string('d', 20_001) }, "description" },
        { Content(1) with { SeoTitle = new string('t', 301) }, "seoTitle" },
        { Content(1) with { SeoDescription = new string('s', 301) }, "seoDescription" },
        { Content(1, "t", "products/a.svg", "products/b.svg", "../secrets.txt"), "media[2]" },
        { Content(1, "t", "https://evil.example/x.svg"), "media[0]" },
        { Content(1, "t", "/etc/passwd"), "media[0]" },
        { Content(1, "t", "products/" + new string('m', 495)), "media[0]" },
        { Content(1, "t", [.. Enumerable.Range(0, 21).Select(i => $"products/{i}.svg")]), "media" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task Apply_InvalidField_NamesItAndWritesNothing(ProductContentInput input, string field)
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());

        var act = () => Contents.ApplyAsync(created.Id, input);

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().Equal(field);
        (await Reader.GetAsync(created.Id)).Should().BeEquivalentTo(created);
        (await EventsAfterCreateAsync()).Should().BeEmpty();
    }

    private async Task<long> CountAsync(string table) =>
        await (await Session.GetConnectionAsync()).ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");

    // The jacket's creation writes product.created and one price.changed per variant; these are what came after.
    private async Task<List<(string Type, string AggregateId, long Version, string Payload)>> EventsAfterCreateAsync() =>
        (await (await Session.GetConnectionAsync()).QueryAsync<(string, string, long, string)>(
            "SELECT type, aggregate_id, aggregate_version, payload FROM commerce_events ORDER BY sequence")).Skip(3).ToList();
}

public sealed class SqliteProductContentServiceTests : ProductContentServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresProductContentServiceTests : ProductContentServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
