using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OrchardCommerce.Cms.Web;

namespace OrchardCommerce.Bench;

/// <summary>Cms.Web as `dotnet run` starts it, on a free port, with its own App_Data, quiet logs.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    public const string AdminPassword = "Bench-Passw0rd!";

    private BenchHost(WebApplication app, Uri address, string appData)
    {
        App = app;
        Address = address;
        AppData = appData;
    }

    public WebApplication App { get; }
    public Uri Address { get; }
    public string AppData { get; }

    public static async Task<BenchHost> StartAsync(string? appData = null)
    {
        appData ??= Directory.CreateTempSubdirectory("oc-bench-").FullName;
        var app = await CmsApp.StartAsync(
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            $"--OrchardCommerce:AppDataPath={appData}",
            $"--OrchardCommerce:RecipesPath={FindRecipes()}",
            $"--OrchardCommerce:AutoSetup:AdminPassword={AdminPassword}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchHost(app, new Uri(address), appData);
    }

    public HttpClient Client(string host, string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Host = host;
        if (token is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public async Task<string> TokenAsync(string host)
    {
        using var client = Client(host);
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = AdminPassword });
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
    }

    public async Task WaitForAsync(string host, string path = "/")
    {
        using var client = Client(host);
        for (var i = 0; i < 1200; i++)
        {
            if ((await client.GetAsync(path)).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{host}{path} did not answer 200 within 120 s");
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private static string FindRecipes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "recipes")) && File.Exists(Path.Combine(dir.FullName, "OrchardCommerce.sln")))
                return Path.Combine(dir.FullName, "recipes");
        throw new DirectoryNotFoundException("recipes/ not found above " + AppContext.BaseDirectory);
    }
}
