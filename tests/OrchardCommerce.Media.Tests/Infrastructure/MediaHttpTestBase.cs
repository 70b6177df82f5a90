using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Media.Services;
using OrchardCommerce.Shells;
using OrchardCommerce.Testing;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Media.Tests.Infrastructure;

/// <summary>
/// Cms.Web on Kestrel with a tenant "shop" (host shop.test) that has Media enabled, an administrator, and an API
/// token for it; the file limit is <see cref="MaxFileBytes"/>.
/// </summary>
public abstract class MediaHttpTestBase : IAsyncLifetime
{
    protected const string TenantHost = "shop.test";
    protected const long MaxFileBytes = 64 * 1024;

    protected abstract DatabaseProvider Provider { get; }
    protected CmsTestHost Host { get; private set; } = null!;
    protected HttpClient Anonymous { get; private set; } = null!;
    protected HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await CmsTestHost.StartAsync(Provider, new Dictionary<string, string?>
        {
            [$"{MediaOptions.Section}:MaxFileBytes"] = MaxFileBytes.ToString(),
        });
        var shells = Host.Services.GetRequiredService<ShellHost>();
        await shells.SaveAsync(new ShellSettings
        {
            Name = "shop", State = ShellState.Running, RequestUrlHosts = [TenantHost],
            Features = ["OrchardCommerce.Media"], CreatedUtc = DateTime.UtcNow,
            // Media only: no store recipe run by the in-process daemon in the background (see ContentsHttpTestBase).
            ProvisionStore = false,
        });
        var token = await WithTenantAsync(async services =>
        {
            var (user, _) = await services.GetRequiredService<UserSetupService>().CreateAdministratorAsync("admin", "admin@example.com", "Admin#Pass1");
            return (await services.GetRequiredService<ApiTokenService>().CreateAsync(user, "tests", TimeSpan.FromHours(1))).Token;
        });
        Anonymous = Host.CreateClient(TenantHost);
        Admin = Host.CreateClient(TenantHost, token);
    }

    /// <summary>Runs <paramref name="action"/> in a scope of the tenant, as a request would.</summary>
    protected async Task<T> WithTenantAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        var shells = Host.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetShellAsync(shells.Find("shop")!);
        await using var scope = shell.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected Task SaveAsync(string path, byte[] data) =>
        WithTenantAsync(services => services.GetRequiredService<MediaStore>().SaveAsync(path, data));

    protected static MultipartFormDataContent Upload(string? path, byte[] data, string fileName = "upload.bin")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(data);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (path is not null) form.Add(new StringContent(path), "path");
        return form;
    }

    public async Task DisposeAsync()
    {
        Anonymous.Dispose();
        Admin.Dispose();
        await Host.DisposeAsync();
    }
}
