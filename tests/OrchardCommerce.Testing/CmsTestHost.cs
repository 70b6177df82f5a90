using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Cms.Web;
using OrchardCommerce.Data;

namespace OrchardCommerce.Testing;

/// <summary>
/// Cms.Web on real Kestrel at 127.0.0.1 on a free port, with its own App_Data folder (SQLite) or its own
/// PostgreSQL database. Reach a tenant with <see cref="CreateClient"/> and its host name.
/// </summary>
public sealed class CmsTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CmsTestHost(WebApplication app, string appData, Uri address)
    {
        _app = app;
        AppDataPath = appData;
        Address = address;
    }

    public string AppDataPath { get; }
    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Extra configuration, as "Section:Key" → value.</param>
    /// <param name="configure">Extra services or logging, applied after the modules' own registrations.</param>
    public static async Task<CmsTestHost> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite,
        IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var appData = Directory.CreateTempSubdirectory("oc-app-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Testing",
            ["OrchardCommerce:AppDataPath"] = appData,
            ["OrchardCommerce:DatabaseProvider"] = provider.ToString(),
            ["OrchardCommerce:RecipesPath"] = RepoPaths.Recipes,
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests make the tenants they need; DemoHost-style fixtures turn the demo setup back on.
            ["OrchardCommerce:AutoSetup:Enabled"] = "false",
        };
        if (provider == DatabaseProvider.Postgres)
            config["OrchardCommerce:ConnectionString"] = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;

        var args = config.Select(kv => $"--{kv.Key}={kv.Value}").ToArray();
        var app = await CmsApp.StartAsync(args, configure);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CmsTestHost(app, appData, new Uri(address));
    }

    /// <summary>A client whose requests carry <paramref name="host"/> as Host header (*.localhost does not resolve here).</summary>
    public HttpClient CreateClient(string host = "localhost", string? bearerToken = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Host = host;
        if (bearerToken is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(AppDataPath, recursive: true); } catch (IOException) { }
    }
}
