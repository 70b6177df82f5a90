using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Shells;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Webhooks.Tests.Api;

/// <summary>
/// Cms.Web with two tenants that have Webhooks enabled ("shop", "other"), one without it ("plain"), an administrator
/// token for each, and a known service token (the daemon's). No in-process daemon: these tests drive the API only.
/// </summary>
public sealed class WebhooksApiHost : IAsyncLifetime
{
    public const string ServiceToken = "ocd_test_service_token_0123456789abcdef";

    public CmsTestHost Cms { get; private set; } = null!;
    public HttpClient Shop { get; private set; } = null!;
    public HttpClient Other { get; private set; } = null!;
    public HttpClient Plain { get; private set; } = null!;
    public string ShopToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cms = await CmsTestHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Jobs:InProcess"] = "false", ["Workflows:Embedded"] = "false", ["Daemon:ServiceToken"] = ServiceToken,
        });
        ShopToken = await CreateTenantAsync("shop", "shop.test", "OrchardCommerce.Webhooks");
        Shop = Cms.CreateClient("shop.test", ShopToken);
        Other = Cms.CreateClient("other.test", await CreateTenantAsync("other", "other.test", "OrchardCommerce.Webhooks"));
        Plain = Cms.CreateClient("plain.test", await CreateTenantAsync("plain", "plain.test", "OrchardCommerce.Commerce"));
    }

    public HttpClient Client(string host, string? token) => Cms.CreateClient(host, token);

    private async Task<string> CreateTenantAsync(string name, string host, string feature)
    {
        var shells = Cms.Services.GetRequiredService<ShellHost>();
        await shells.SaveAsync(new ShellSettings
        {
            Name = name, State = ShellState.Running, RequestUrlHosts = [host], Features = [feature], CreatedUtc = DateTime.UtcNow,
        });
        var shell = await shells.GetShellAsync(shells.Find(name)!);
        await using var scope = shell.Services.CreateAsyncScope();
        var (user, _) = await scope.ServiceProvider.GetRequiredService<UserSetupService>().CreateAdministratorAsync("admin", "admin@example.com", "Admin#Pass1");
        return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user, "tests", TimeSpan.FromHours(1))).Token;
    }

    public async Task DisposeAsync()
    {
        Shop.Dispose();
        Other.Dispose();
        Plain.Dispose();
        await Cms.DisposeAsync();
    }
}
