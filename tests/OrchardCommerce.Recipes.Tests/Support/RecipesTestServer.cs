using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Security;

namespace OrchardCommerce.Recipes.Tests.Support;

/// <summary>
/// Kestrel on 127.0.0.1 with the Recipes module, the test-rows feature and header-based test users, so the API
/// is tested through real HTTP without depending on the Users module.
/// </summary>
public sealed class RecipesTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _appData;

    private RecipesTestServer(WebApplication app, string appData)
    {
        _app = app;
        _appData = appData;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
    }

    public Uri Address { get; }
    public string RecipesPath => Path.Combine(_appData, "recipes");

    public static async Task<RecipesTestServer> StartAsync()
    {
        var appData = Directory.CreateTempSubdirectory("oc-recipes-api-").FullName;
        Directory.CreateDirectory(Path.Combine(appData, "recipes"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = appData, EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["OrchardCommerce:AppDataPath"] = appData });
        builder.Services.AddOrchardCommerce(builder.Configuration, new Startup(), new TestRowsModule());
        builder.Services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization(options =>
        {
            foreach (var permission in Permissions.All)
                options.AddPolicy(permission, policy => policy.RequireClaim(TestAuthenticationHandler.PermissionClaim, permission));
        });
        var app = builder.Build();
        app.UseOrchardCommerce();
        await app.Services.InitializeShellsAsync();
        await app.StartAsync();
        return new RecipesTestServer(app, appData);
    }

    public HttpClient CreateClient(params string[] permissions)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Host = "localhost";
        if (permissions.Length > 0) client.DefaultRequestHeaders.Add(TestAuthenticationHandler.Header, string.Join(",", permissions));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_appData, recursive: true); } catch (IOException) { }
    }
}
