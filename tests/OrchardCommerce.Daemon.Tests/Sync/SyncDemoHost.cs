using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Daemon.Tests.Sync;

/// <summary>
/// The embedded default as `dotnet run` starts it: Default, acme and globex set up from recipes/, the daemon in-process
/// following every tenant's feeds. Tests work on acme's admin APIs with its administrator's token.
/// </summary>
public class SyncDemoHost : IAsyncLifetime
{
    public const string AcmeHost = "acme.localhost";
    public const string AdminPassword = "Demo-Passw0rd!";

    public CmsTestHost Cms { get; private set; } = null!;
    public HttpClient Acme { get; private set; } = null!;

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["OrchardCommerce:AutoSetup:Enabled"] = "true",
            ["OrchardCommerce:AutoSetup:AdminPassword"] = AdminPassword,
            ["Daemon:TenantRefreshInterval"] = "00:00:01",
            ["Daemon:FeedWait"] = "00:00:05",
        };
        foreach (var (key, value) in Settings) settings[key] = value;
        Cms = await CmsTestHost.StartAsync(settings: settings);
        await WaitUntilUpAsync(AcmeHost);
        using var anonymous = Cms.CreateClient(AcmeHost);
        var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = AdminPassword });
        token.EnsureSuccessStatusCode();
        Acme = Cms.CreateClient(AcmeHost, (string)(await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!);
    }

    public virtual async Task DisposeAsync()
    {
        Acme.Dispose();
        await Cms.DisposeAsync();
    }

    /// <summary>Polls <paramref name="read"/> until it returns a value, for up to <paramref name="seconds"/>.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> read, string what, int seconds = 30) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (await read() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {seconds} s for {what}.");
            await Task.Delay(50);
        }
    }

    private async Task WaitUntilUpAsync(string host)
    {
        using var client = Cms.CreateClient(host);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if ((await client.GetAsync("/")).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{host} did not come up within 60 s.");
    }
}
