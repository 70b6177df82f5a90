using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Cms.Web;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Jobs.Dashboard.Tests;

/// <summary>Cms.Web mounts /jobs on its Default tenant only when the jobs engine is registered in the host.</summary>
public sealed class CmsJobsDashboardMountTests
{
    [Fact]
    public async Task Jobs_WithoutEngine_IsNotMounted()
    {
        await using var host = await CmsTestHost.StartAsync();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/jobs/login");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Jobs_WithEngine_ServesLoginOnTheDefaultTenant()
    {
        var appData = Directory.CreateTempSubdirectory("oc-app-").FullName;
        string[] args =
        [
            "--urls=http://127.0.0.1:0", "--environment=Testing", $"--OrchardCommerce:AppDataPath={appData}",
            $"--OrchardCommerce:RecipesPath={RepoPaths.Recipes}", "--OrchardCommerce:AutoSetup:Enabled=false",
            "--Logging:LogLevel:Default=Warning", $"--Jobs:SqlitePath={Path.Combine(appData, "jobs.db")}",
            $"--Jobs:DashboardToken={DashboardTestHost.Token}",
        ];
        var app = await CmsApp.StartAsync(args, builder => builder.Services.AddJobs(builder.Configuration));
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var client = new DashboardHttpClient(address);

            var login = await client.GetPageAsync("/jobs/login");
            var overview = await client.GetPageAsync("/jobs/");
            var stats = await client.GetJsonAsync("/jobs/api/stats", bearer: DashboardTestHost.Token);

            login.StatusCode.Should().Be(HttpStatusCode.OK);
            overview.StatusCode.Should().Be(HttpStatusCode.Redirect);
            stats.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(appData, recursive: true); } catch (IOException) { }
        }
    }
}
