using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Data;
using OrchardCommerce.Tenants.Services;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Tenants.Tests;

/// <summary>
/// Cms.Web on real Kestrel (<see cref="CmsTestHost"/>) with <see cref="RecordingRecipeRunner"/> as the recipe engine.
/// The Default tenant is auto-set-up with admin / <see cref="AdminPassword"/> unless told otherwise.
/// </summary>
internal sealed class TenantsTestHost : IAsyncDisposable
{
    public const string AdminPassword = "Admin#Pass1";
    private readonly CmsTestHost _host;

    private TenantsTestHost(CmsTestHost host, ListLoggerProvider logs)
    {
        _host = host;
        Logs = logs;
    }

    public string AppDataPath => _host.AppDataPath;
    public ListLoggerProvider Logs { get; }
    public Uri Address => _host.Address;
    public IServiceProvider Services => _host.Services;
    public RecordingRecipeRunner Runner => Services.GetRequiredService<RecordingRecipeRunner>();

    public static async Task<TenantsTestHost> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null)
    {
        var config = new Dictionary<string, string?>
        {
            ["OrchardCommerce:AutoSetup:Enabled"] = "true",
            ["OrchardCommerce:AutoSetup:AdminPassword"] = AdminPassword,
            ["Logging:LogLevel:OrchardCommerce.Tenants"] = "Information",
            // No in-process daemon: it would provision stores on tenant.created, and these tests call that API themselves.
            ["Jobs:InProcess"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) config[key] = value;
        var logs = new ListLoggerProvider();
        var host = await CmsTestHost.StartAsync(provider, config, builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.AddSingleton<RecordingRecipeRunner>();
            builder.Services.AddSingleton<ITenantSetupRecipeRunner>(sp => sp.GetRequiredService<RecordingRecipeRunner>());
        });
        return new TenantsTestHost(host, logs);
    }

    public HttpClient CreateClient(string host = "localhost", string? token = null) => _host.CreateClient(host, token);

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

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
