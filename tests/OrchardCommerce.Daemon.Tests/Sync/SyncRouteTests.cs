using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Daemon.Cms;
using OrchardCommerce.Daemon.Feeds;
using OrchardCommerce.Daemon.Sync;

namespace OrchardCommerce.Daemon.Tests.Sync;

public sealed class SyncRouteTests
{
    private static readonly CmsTenant Acme = new("acme", "acme.localhost", null);

    private static List<(string Type, string? Id)> Route(string feed, string type, string aggregateId, string data = "{}") =>
        new SyncRoute().Route(Acme, new CmsFeedEvent(1, "evt_1", type, "x", aggregateId, 3, DateTime.UtcNow, JsonDocument.Parse(data).RootElement.Clone())
            { Feed = feed })
            .Select(j => (j.Type, (string?)(j.Payload["productId"] ?? j.Payload["contentItemId"]))).ToList();

    [Theory]
    [InlineData("product.created")]
    [InlineData("product.updated")]
    public void ProductChange_MirrorsTheProduct(string type) =>
        Route("commerce", type, "prod_1").Should().Equal((SyncJobs.ProductToContent, "prod_1"));

    [Fact]
    public void StockChange_MirrorsItsProduct() =>
        Route("commerce", "stock.changed", "var_1", """{"variantId":"var_1","productId":"prod_1","available":3}""").Should()
            .Equal((SyncJobs.ProductToContent, "prod_1"));

    [Fact]
    public void PageWithABurstOnOneProduct_OneMirrorJobPerProduct_TheLast()
    {
        var events = new[]
        {
            Event(1, "product.updated", "prod_1", "{}"),
            Event(2, "stock.changed", "var_1", """{"productId":"prod_1"}"""),
            Event(3, "stock.changed", "var_2", """{"productId":"prod_2"}"""),
            Event(4, "product.deleted", "prod_3", "{}"),
            Event(5, "stock.changed", "var_1", """{"productId":"prod_1"}"""),
        };
        var routed = events.SelectMany(e => new SyncRoute().Route(Acme, e).Select(job => (Event: e, Job: job))).ToList();

        FeedJob.CoalescePage(routed).Select(r => (r.Event.Id, r.Job.Type, (string?)r.Job.Payload["productId"])).Should().Equal(
            ("evt_3", SyncJobs.ProductToContent, "prod_2"),
            ("evt_4", SyncJobs.ProductDeleted, "prod_3"),
            ("evt_5", SyncJobs.ProductToContent, "prod_1"));
    }

    [Fact]
    public void PageWithoutCoalescedJobs_Unchanged()
    {
        var e = Event(1, "product.deleted", "prod_1", "{}");
        var routed = new List<(CmsFeedEvent, FeedJob)> { (e, new FeedJob("a", new JsonObject())), (e, new FeedJob("b", new JsonObject())) };

        FeedJob.CoalescePage(routed).Should().Equal(routed);
    }

    private static CmsFeedEvent Event(long position, string type, string aggregateId, string data) =>
        new(position, $"evt_{position}", type, "x", aggregateId, position, DateTime.UtcNow, JsonDocument.Parse(data).RootElement.Clone()) { Feed = "commerce" };

    [Fact]
    public void PriceChange_LeftToItsProductUpdated() =>
        Route("commerce", "price.changed", "var_1", """{"productId":"prod_1","sku":"A"}""").Should().BeEmpty();

    [Fact]
    public void ProductDeleted_ArchivesWithItsVersion()
    {
        var job = new SyncRoute().Route(Acme, new CmsFeedEvent(1, "evt_1", "product.deleted", "product", "prod_1", 7, DateTime.UtcNow,
            JsonDocument.Parse("{}").RootElement.Clone())).Single();

        (job.Type, (long)job.Payload["version"]!).Should().Be((SyncJobs.ProductDeleted, 7L));
    }

    [Theory]
    [InlineData("ProductContent", 1)]
    [InlineData("Page", 0)]
    public void ContentPublished_OnlyProductContentGoesToCommerce(string contentType, int expected) =>
        Route("content", "content.published", "item1", $$"""{"ContentType":"{{contentType}}"}""").Should()
            .Equal(Enumerable.Repeat((SyncJobs.ContentToProduct, (string?)"item1"), expected));

    [Theory]
    [InlineData("tenant.created", "outlet", 1)]
    [InlineData("tenant.enabled", "outlet", 1)]
    [InlineData("tenant.disabled", "outlet", 0)]
    [InlineData("tenant.updated", "outlet", 0)]
    [InlineData("tenant.created", "Default", 0)]
    public void TenantEvent_CreatedOrEnabledTenantGetsItsStore(string type, string tenant, int expected)
    {
        var jobs = new SyncRoute().Route(CmsTenant.Default, new CmsFeedEvent(1, "evt_1", type, "tenant", tenant, 1,
            DateTime.UtcNow, JsonDocument.Parse("{}").RootElement.Clone()) { Feed = "tenants" }).ToList();

        jobs.Select(j => (j.Type, (string?)j.Payload["tenant"])).Should().Equal(Enumerable.Repeat((SyncJobs.ProvisionStore, (string?)tenant), expected));
    }

    [Fact]
    public void SameTypeOnTheOtherFeed_Ignored() =>
        Route("content", "product.created", "prod_1").Should().BeEmpty();

    [Fact]
    public void Mirror_FirstVariantsPriceInMajorUnits()
    {
        var product = JsonNode.Parse("""
            {"version":4,"handle":"mug","title":"Mug","status":"active","variants":[
              {"sku":"MUG-1","prices":{"USD":1999,"JPY":2500},"available":3,"stockVersion":7},
              {"sku":"MUG-2","prices":{},"available":2,"stockVersion":4}]}
            """)!.AsObject();

        var mirror = ProductToContentHandler.Mirror(product);

        mirror.ToJsonString().Should().Be(
            """{"version":4,"handle":"mug","title":"Mug","sku":"MUG-1","price":2500,"stockVersion":11,"stock":5,"availability":"in_stock"}""");
    }

    [Theory]
    [InlineData("active", 0, "out_of_stock")]
    [InlineData("active", 4, "in_stock")]
    [InlineData("draft", 4, "draft")]
    [InlineData("archived", 0, "archived")]
    public void Availability_StatusAndStock_WhatAStorefrontWouldSay(string status, long stock, string expected) =>
        ProductToContentHandler.Availability(status, stock).Should().Be(expected);
}
