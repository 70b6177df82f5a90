using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Orders;

public abstract class OrdersApiTests : CommerceHttpTestBase
{
    private string _variant = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _variant = await WithTenantAsync("shop", services => CatalogSeed.VariantAsync(services, "BAG-1", 10));
    }

    private Task VerifyPaymentAsync(string orderId) => WithTenantAsync("shop", async services =>
    {
        await services.GetRequiredService<IOrderPayments>().PaymentVerifiedAsync(orderId, "pay_1", "Approved.");
        return 0;
    });

    private Task<(long OnHand, long Reserved)> LevelsAsync() => WithTenantAsync("shop", services => CatalogSeed.LevelsAsync(services, _variant));

    [Fact]
    public async Task Actions_LegalPath_EndCompletedWithHistoryAndCommittedStock()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1", 3);
        await VerifyPaymentAsync(orderId);

        (await Admin.PostAsync($"/api/commerce/orders/{orderId}/reserve-inventory", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Admin.PostAsync($"/api/commerce/orders/{orderId}/fulfill", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Admin.PostAsync($"/api/commerce/orders/{orderId}/complete", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var workflow = await Admin.PutAsJsonAsync($"/api/commerce/orders/{orderId}/workflow", new { processInstanceKey = "2251799813685249", currentStep = "notify" });

        workflow.StatusCode.Should().Be(HttpStatusCode.OK);
        var order = await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/orders/{orderId}");
        ((string)order!["status"]!, (string)order["fulfillmentStatus"]!, (string)order["processInstanceKey"]!, (string)order["currentStep"]!)
            .Should().Be(("completed", "fulfilled", "2251799813685249", "notify"));
        order["history"]!.AsArray().Select(h => (string)h!["to"]!).Should()
            .Equal("pending", "confirmed", "payment_verified", "inventory_reserved", "fulfilled", "completed");
        ((string)order["history"]![3]!["actor"]!).Should().Be("admin");
        (await LevelsAsync()).Should().Be((7L, 0L));
    }

    [Theory]
    [InlineData("complete", "pending", "completed")]
    [InlineData("reserve-inventory", "pending", "inventory_reserved")]
    public async Task Action_IllegalFromPending_409NamingFromAndTo(string action, string from, string to)
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");

        var response = await Admin.PostAsync($"/api/commerce/orders/{orderId}/{action}", null);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((string)problem["from"]!, (string)problem["to"]!).Should().Be((from, to));
        (await LevelsAsync()).Should().Be((10L, 1L));
    }

    [Fact]
    public async Task Fail_AfterCancel_409AndCancelReleasedStock()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1", 4);
        var cancel = await Admin.PostAsJsonAsync($"/api/commerce/orders/{orderId}/cancel", new { reason = "Fraud check." });

        var fail = await Admin.PostAsJsonAsync($"/api/commerce/orders/{orderId}/fail", new { reason = "Too late." });

        cancel.StatusCode.Should().Be(HttpStatusCode.OK);
        fail.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await LevelsAsync()).Should().Be((10L, 0L));
    }

    [Fact]
    public async Task Cancel_WithoutReason_400NamingReason()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");

        var response = await Admin.PostAsJsonAsync($"/api/commerce/orders/{orderId}/cancel", new { });

        await response.ShouldNameFieldAsync("reason");
    }

    [Fact]
    public async Task List_FilteredByStatusAndEmail_ReturnsMatchingPage()
    {
        var first = await Anonymous.PlaceOrderAsync("BAG-1");
        await Anonymous.PlaceOrderAsync("BAG-1");
        await Admin.PostAsJsonAsync($"/api/commerce/orders/{first}/cancel", new { reason = "Test." });

        var cancelled = await Admin.GetFromJsonAsync<JsonObject>("/api/commerce/orders?status=cancelled&email=ANN@example.com");
        var page = await Admin.GetFromJsonAsync<JsonObject>("/api/commerce/orders?page=2&pageSize=1");

        cancelled!["items"]!.AsArray().Select(o => (string)o!["id"]!).Should().Equal(first);
        ((long)page!["totalCount"]!).Should().Be(2);
        page["items"]!.AsArray().Should().ContainSingle().Which!["id"]!.GetValue<string>().Should().Be(first);
    }

    [Fact]
    public async Task AdminApis_WithoutTokenOrFromOtherTenant_RefusedOrNotFound()
    {
        var orderId = await Anonymous.PlaceOrderAsync("BAG-1");

        (await Anonymous.GetAsync($"/api/commerce/orders/{orderId}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Anonymous.PostAsync($"/api/commerce/orders/{orderId}/complete", null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Anonymous.GetAsync("/api/commerce/inventory/BAG-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await OtherAdmin.GetAsync($"/api/commerce/orders/{orderId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await OtherAdmin.PostAsJsonAsync($"/api/commerce/orders/{orderId}/cancel", new { reason = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await OtherAdmin.GetAsync("/api/commerce/inventory/BAG-1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InventoryPut_BelowReservedThenAbove_409Then200()
    {
        await Anonymous.PlaceOrderAsync("BAG-1", 6);

        var below = await Admin.PutAsJsonAsync("/api/commerce/inventory/BAG-1/main", new { onHand = 5 });
        var above = await Admin.PutAsJsonAsync("/api/commerce/inventory/BAG-1/main", new { onHand = 20 });

        below.StatusCode.Should().Be(HttpStatusCode.Conflict);
        above.StatusCode.Should().Be(HttpStatusCode.OK);
        var stock = await Admin.GetFromJsonAsync<JsonObject>("/api/commerce/inventory/BAG-1");
        ((long)stock!["onHand"]!, (long)stock["reserved"]!, (long)stock["available"]!).Should().Be((20L, 6L, 14L));
        await (await Admin.PutAsJsonAsync("/api/commerce/inventory/BAG-1/main", new { onHand = -1 })).ShouldNameFieldAsync("onHand");
    }
}

public sealed class SqliteOrdersApiTests : OrdersApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresOrdersApiTests : OrdersApiTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
