using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Daemon.Webhooks;
using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard.Tests;
using OrchardCommerce.Shells;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

/// <summary>
/// The embedded default (Cms.Web with the in-process daemon) and a receiver: tenant "shop" with Commerce and Webhooks
/// and an administrator token; deliveries retry 3 times with a tiny backoff; subscriptions are read afresh each time.
/// </summary>
public sealed class WebhookHost : IAsyncLifetime
{
    public const string ShopHost = "shop.test";
    public const string OpsToken = "ops-token-for-the-webhook-tests";

    public CmsTestHost Cms { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public WebhookReceiver Receiver { get; private set; } = null!;
    public WebhookDeliveryLog Log => Cms.Services.GetRequiredService<WebhookDeliveryLog>();
    public IJobMonitor Jobs => Cms.Services.GetRequiredService<IJobMonitor>();

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        Cms = await CmsTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Daemon:TenantRefreshInterval"] = "00:00:01",
            ["Daemon:FeedWait"] = "00:00:05",
            ["Daemon:Webhooks:MaxAttempts"] = "3",
            ["Daemon:Webhooks:RetryDelay"] = "00:00:00.050",
            ["Daemon:Webhooks:MaxRetryDelay"] = "00:00:00.200",
            ["Daemon:Webhooks:SubscriptionCacheTime"] = "00:00:00",
            ["Daemon:Webhooks:AllowPrivateNetworks"] = "true", // the receiver listens on 127.0.0.1
            ["Jobs:DashboardToken"] = OpsToken,
        });
        var shells = Cms.Services.GetRequiredService<ShellHost>();
        await shells.SaveAsync(new ShellSettings
        {
            Name = "shop", State = ShellState.Running, RequestUrlHosts = [ShopHost],
            Features = ["OrchardCommerce.Commerce", "OrchardCommerce.Webhooks"], CreatedUtc = DateTime.UtcNow,
        });
        var shell = await shells.GetShellAsync(shells.Find("shop")!);
        await using var scope = shell.Services.CreateAsyncScope();
        var (user, _) = await scope.ServiceProvider.GetRequiredService<UserSetupService>().CreateAdministratorAsync("admin", "admin@example.com", "Admin#Pass1");
        Admin = Cms.CreateClient(ShopHost, (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user, "tests", TimeSpan.FromHours(1))).Token);
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        await Cms.DisposeAsync();
        await Receiver.DisposeAsync();
    }

    /// <summary>A subscription to a new hook of the receiver, through the API; the hook verifies with the secret the API returned.</summary>
    public async Task<(string Id, string Secret)> SubscribeAsync(string hook, string[] events, int status = 200, string? receiverSecret = null)
    {
        var response = await Admin.PostAsJsonAsync("/api/webhooks/subscriptions", new { url = Receiver.Url(hook), events });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.ReadJsonAsync();
        var secret = (string)created["secret"]!;
        Receiver.Configure(hook, receiverSecret ?? secret, status);
        return ((string)created["id"]!, secret);
    }

    /// <summary>Creates a product through the commerce API; returns its id (the events' aggregate id).</summary>
    public async Task<string> CreateProductAsync(string handle)
    {
        var product = new
        {
            handle, title = "Product " + handle, status = "active", options = Array.Empty<object>(),
            variants = new[] { new { sku = handle.ToUpperInvariant(), options = new Dictionary<string, string>(), prices = new Dictionary<string, long> { ["EUR"] = 900 } } },
        };
        var response = await Admin.PostAsJsonAsync("/api/commerce/products", product);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)(await response.ReadJsonAsync())["id"]!;
    }

    /// <summary>Polls <paramref name="probe"/> until <paramref name="done"/> holds, at most 30 s.</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still waiting for {what}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until no job is waiting, running or due for a retry: every delivery has come to its end.</summary>
    public Task QuiescentAsync() => WaitAsync(() => Jobs.GetCountersAsync(),
        counters => new[] { JobState.Enqueued, JobState.Scheduled, JobState.Processing, JobState.Failed }.All(s => counters.ByState.GetValueOrDefault(s) == 0),
        "the jobs to settle");

    /// <summary>The delivery job of an event to a subscription, from the delivery log.</summary>
    public async Task<WebhookDeliveryAttempt?> DeliveryAsync(string subscriptionId, string eventId) =>
        (await Log.ListAsync("shop", null, 1, 500)).Items.FirstOrDefault(d => d.SubscriptionId == subscriptionId && d.EventId == eventId && d.RedeliveryOf is null);

    /// <summary>A browser-like client of the dashboard, signed in with the ops token.</summary>
    public async Task<DashboardHttpClient> DashboardAsync()
    {
        var client = new DashboardHttpClient(Cms.Address);
        (await client.LoginAsync(OpsToken)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return client;
    }
}
