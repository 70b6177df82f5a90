using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Cms.Web;
using OrchardCommerce.Data;
using OrchardCommerce.Tenants.Services;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Tenants.Tests;

/// <summary>
/// Cms.Web on real Kestrel with <see cref="RecordingRecipeRunner"/> as the recipe engine (CmsTestHost cannot add
/// services yet). The Default tenant is auto-set-up with admin / <see cref="AdminPassword"/> unless told otherwise.
/// </summary>
internal sealed class TenantsTestHost : IAsyncDisposable
{
    public const string AdminPassword = "Admin#Pass1";
    private readonly WebApplication _app;

    private TenantsTestHost(WebApplication app, string appData, ListLoggerProvider logs)
    {
        Logs = logs;
        _app = app;
        AppDataPath = appData;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public string AppDataPath { get; }
    public ListLoggerProvider Logs { get; }
    public Uri Address { get; }
    public IServiceProvider Services => _app.Services;
    public RecordingRecipeRunner Runner => Services.GetRequiredService<RecordingRecipeRunner>();

    public static async Task<TenantsTestHost> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null)
    {
        var appData = Directory.CreateTempSubdirectory("oc-tenants-").FullName;
        var config = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Testing",
            ["OrchardCommerce:AppDataPath"] = appData,
            ["OrchardCommerce:DatabaseProvider"] = provider.ToString(),
            ["OrchardCommerce:AutoSetup:AdminPassword"] = AdminPassword,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:OrchardCommerce.Tenants"] = "Information",
        };
        if (provider == DatabaseProvider.Postgres)
            config["OrchardCommerce:ConnectionString"] = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var logs = new ListLoggerProvider();
        var app = await CmsApp.StartAsync(config.Select(kv => $"--{kv.Key}={kv.Value}").ToArray(), builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.AddSingleton<RecordingRecipeRunner>();
            builder.Services.AddSingleton<ITenantSetupRecipeRunner>(sp => sp.GetRequiredService<RecordingRecipeRunner>());
        });
        return new TenantsTestHost(app, appData, logs);
    }

    public HttpClient CreateClient(string host = "localhost", string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Host = host;
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> GetTokenAsync(string host = "localhost", string userName = "admin", string password = AdminPassword)
    {
        var response = await CreateClient(host).PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }

    public Task<HttpResponseMessage> CreateTenantAsync(string token, string name, string host, string recipe = "blank", string? adminPassword = AdminPassword) =>
        CreateClient(token: token).PostAsJsonAsync("/api/tenants", new
        {
            name, hosts = new[] { host }, recipe, adminUserName = "admin", adminEmail = "admin@" + host, adminPassword,
        });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(AppDataPath, recursive: true); } catch (IOException) { }
    }
}
