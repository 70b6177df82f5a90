using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Cms.Web;
using OrchardCommerce.Data;
using OrchardCommerce.Modules;
using OrchardCommerce.Shells;
using OrchardCommerce.Testing;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Commerce.Tests.Infrastructure;

/// <summary>
/// Cms.Web on Kestrel with two tenants that have Commerce enabled: "shop" (host shop.test) and "other" (host
/// other.test), each with an administrator and an API token, so every HTTP test can also probe isolation.
/// </summary>
public abstract class CommerceHttpTestBase : IAsyncLifetime
{
    protected const string ShopHost = "shop.test";
    protected const string OtherHost = "other.test";

    protected abstract DatabaseProvider Provider { get; }
    protected CmsTestHost Host { get; private set; } = null!;
    protected HttpClient Anonymous { get; private set; } = null!;
    protected HttpClient Admin { get; private set; } = null!;
    protected HttpClient OtherAdmin { get; private set; } = null!;
    protected string AdminToken { get; private set; } = null!;
    protected string OtherAdminToken { get; private set; } = null!;

    /// <summary>Configuration for the host (e.g. payment webhook secrets); none by default.</summary>
    protected virtual Dictionary<string, string?> Settings => [];

    /// <summary>
    /// Test-only modules (doubles) hosted next to Cms.Web's own and enabled on both tenants. Their host services are
    /// not registered; they only add tenant services, after the features they depend on.
    /// </summary>
    protected virtual IReadOnlyList<ModuleStartup> TestModules => [];

    public virtual async Task InitializeAsync()
    {
        var modules = TestModules;
        Host = await CmsTestHost.StartAsync(Provider, Settings, modules.Count == 0 ? null
            : builder => builder.Services.AddSingleton(new ModuleCatalog([.. CmsModules.All(), .. modules])));
        AdminToken = await CreateTenantAsync("shop", ShopHost);
        OtherAdminToken = await CreateTenantAsync("other", OtherHost);
        Anonymous = Host.CreateClient(ShopHost);
        Admin = Host.CreateClient(ShopHost, AdminToken);
        OtherAdmin = Host.CreateClient(OtherHost, OtherAdminToken);
    }

    private async Task<string> CreateTenantAsync(string name, string host)
    {
        await Host.Services.GetRequiredService<ShellHost>().SaveAsync(new ShellSettings
        {
            Name = name, State = ShellState.Running, RequestUrlHosts = [host],
            Features = ["OrchardCommerce.Commerce", .. TestModules.Select(m => m.Manifest.Id)], CreatedUtc = DateTime.UtcNow,
        });
        return await WithTenantAsync(name, async services =>
        {
            var (user, _) = await services.GetRequiredService<UserSetupService>().CreateAdministratorAsync("admin", "admin@example.com", "Admin#Pass1");
            return (await services.GetRequiredService<ApiTokenService>().CreateAsync(user, "tests", TimeSpan.FromHours(1))).Token;
        });
    }

    /// <summary>Runs <paramref name="action"/> in a scope of tenant <paramref name="tenant"/>, as a request would.</summary>
    protected async Task<T> WithTenantAsync<T>(string tenant, Func<IServiceProvider, Task<T>> action)
    {
        var shells = Host.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetShellAsync(shells.Find(tenant)!);
        await using var scope = shell.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public virtual async Task DisposeAsync()
    {
        Anonymous.Dispose();
        Admin.Dispose();
        OtherAdmin.Dispose();
        await Host.DisposeAsync();
    }
}
