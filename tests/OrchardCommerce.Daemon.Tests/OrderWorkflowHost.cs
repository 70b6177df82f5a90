using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Daemon.Orders;
using OrchardCommerce.Data;
using OrchardCommerce.Jobs;
using OrchardCommerce.Security;
using OrchardCommerce.Shells;
using OrchardCommerce.Users.Services;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Daemon.Tests;

/// <summary>
/// The embedded default as users run it: Cms.Web with the embedded engine, the in-process daemon (feed follower,
/// order workers) and the bundled bpmn/ files; one tenant "shop" with commerce, an administrator and a stocked SKU.
/// </summary>
public class OrderWorkflowHost : IAsyncLifetime
{
    public const string ShopHost = "shop.test";
    public const string Sku = "MUG-1";

    public CmsTestHost Cms { get; private set; } = null!;
    public HttpClient Store { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>The order process's wait for an asynchronous payment (ISO 8601), or the process's default.</summary>
    protected virtual string? PaymentTimeout => null;

    /// <summary>How long an order-placed message stays buffered (its message id guarding twins), or the default day.</summary>
    protected virtual string? StartMessageTimeToLive => null;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Workflows:Orders:BpmnPath"] = Path.Combine(RepoPaths.Root, "bpmn"),
            ["Daemon:TenantRefreshInterval"] = "00:00:01",
            ["Daemon:FeedWait"] = "00:00:05",
        };
        if (PaymentTimeout is { } timeout) settings["Workflows:Orders:PaymentTimeout"] = timeout;
        if (StartMessageTimeToLive is { } ttl) settings["Workflows:Orders:StartMessageTimeToLive"] = ttl;
        Cms = await CmsTestHost.StartAsync(settings: settings);
        await Cms.Services.GetRequiredService<ShellHost>().SaveAsync(new ShellSettings
        {
            Name = "shop", State = ShellState.Running, RequestUrlHosts = [ShopHost], Features = ["OrchardCommerce.Commerce"],
            CreatedUtc = DateTime.UtcNow,
        });
        var token = await InTenantAsync(async services =>
        {
            var (user, _) = await services.GetRequiredService<UserSetupService>().CreateAdministratorAsync("admin", "admin@example.com", "Admin#Pass1");
            return (await services.GetRequiredService<ApiTokenService>().CreateAsync(user, "tests", TimeSpan.FromHours(1))).Token;
        });
        Store = Cms.CreateClient(ShopHost);
        Admin = Cms.CreateClient(ShopHost, token);
        await SeedAsync();
    }

    public async Task DisposeAsync() => await Cms.DisposeAsync();

    private async Task SeedAsync()
    {
        var product = new
        {
            handle = "mug", title = "Mug", status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku = Sku, options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["EUR"] = 1500 } } },
        };
        (await Admin.PostAsJsonAsync("/api/commerce/products", product)).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync("/api/commerce/locations", new { handle = "main", name = "Main" })).EnsureSuccessStatusCode();
        (await Admin.PutAsJsonAsync($"/api/commerce/inventory/{Sku}/main", new { onHand = 100 })).EnsureSuccessStatusCode();
    }

    public async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        var shells = Cms.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetShellAsync(shells.Find("shop")!);
        await using var scope = shell.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>Checks out a cart with <paramref name="quantity"/> mugs, paying with a test-provider token.</summary>
    public async Task<string> PlaceOrderAsync(string paymentToken, int quantity = 2)
    {
        var cart = await Store.PostAsJsonAsync("/api/store/carts", new { currency = "EUR" });
        var cartId = (string)(await cart.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        (await Store.PostAsJsonAsync($"/api/store/carts/{cartId}/lines", new { sku = Sku, quantity })).EnsureSuccessStatusCode();
        using var checkout = new HttpRequestMessage(HttpMethod.Post, $"/api/store/carts/{cartId}/checkout")
        {
            Content = JsonContent.Create(new
            {
                email = "ann@example.com",
                shippingAddress = new { name = "Ann Example", line1 = "1 Main Street", city = "Berlin", postalCode = "10115", country = "DE" },
                payment = new { provider = "test", token = paymentToken },
            }),
        };
        checkout.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var placed = await Store.SendAsync(checkout);
        placed.StatusCode.Should().Be(HttpStatusCode.Created, await placed.Content.ReadAsStringAsync());
        return (string)(await placed.Content.ReadFromJsonAsync<JsonObject>())!["order"]!["id"]!;
    }

    public async Task<JsonObject> OrderAsync(string orderId) => (await Admin.GetFromJsonAsync<JsonObject>($"/api/commerce/orders/{orderId}"))!;

    /// <summary>Polls the order until <paramref name="done"/> holds (the workflow runs in the background), at most 30 s.</summary>
    public async Task<JsonObject> WaitForOrderAsync(string orderId, Func<JsonObject, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var order = await OrderAsync(orderId);
            if (done(order)) return order;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Order {orderId} is still {order.ToJsonString()}");
            await Task.Delay(50);
        }
    }

    /// <summary>The payment provider's signed callback confirming (or failing) the order's payment.</summary>
    public async Task<HttpResponseMessage> PaymentWebhookAsync(string orderId, bool confirmed)
    {
        var secret = (string)(await Admin.GetFromJsonAsync<JsonObject>("/api/commerce/payments/webhook-secret"))!["secret"]!;
        var body = new JsonObject
        {
            ["id"] = "evt_" + Guid.NewGuid().ToString("N"), ["type"] = confirmed ? "payment.confirmed" : "payment.failed", ["orderId"] = orderId,
        }.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/store/payments/test/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(secret, body, DateTimeOffset.UtcNow));
        return await Store.SendAsync(request);
    }

    /// <summary>Runs the daemon's start job for an order again, as a redelivery, retry or replay would.</summary>
    public async Task RunStartJobAsync(string orderId, int attempt, DateTime placedUtc)
    {
        var order = await OrderAsync(orderId);
        await using var scope = Cms.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StartOrderWorkflowHandler>().HandleAsync(
            new StartOrderWorkflow("shop", orderId, order["total"]!.DeepClone(), (string)order["currency"]!, placedUtc),
            new JobContext { Type = OrderWorkflowRoute.StartJob, Attempt = attempt }, CancellationToken.None);
    }

    /// <summary>How many process instances the engine has for the order (by their orderId variable).</summary>
    public async Task<int> InstancesOfAsync(string orderId)
    {
        var variables = await Cms.Services.GetRequiredService<CamundaClient>().SearchVariablesAsync(
            new VariableFilter { Name = "orderId", Value = JsonSerializer.Serialize(orderId) });
        return variables.Items.Select(v => v.ProcessInstanceKey).Distinct().Count();
    }

    public Task<(long OnHand, long Reserved)> StockAsync() => InTenantAsync(async services =>
    {
        var connection = await services.GetRequiredService<DbSession>().GetConnectionAsync();
        return await Dapper.SqlMapper.QuerySingleAsync<(long, long)>(connection,
            "SELECT CAST(SUM(on_hand) AS BIGINT), CAST(SUM(reserved) AS BIGINT) FROM commerce_inventory_levels");
    });
}

/// <summary>The same host with a one-second wait for asynchronous payments.</summary>
public sealed class ShortPaymentTimeoutHost : OrderWorkflowHost
{
    protected override string? PaymentTimeout => "PT1S";
}

/// <summary>The same host with order-placed messages buffered for one second only.</summary>
public sealed class ShortStartMessageHost : OrderWorkflowHost
{
    protected override string? StartMessageTimeToLive => "00:00:01";
}
