using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Jobs;
using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Tests.Infrastructure;

/// <summary>
/// A host composed as Sync.Daemon composes its dashboard (AddJobs, AddJobsDashboard, AddWorkflowsDashboardSection, a
/// CamundaClient from configuration) whose Camunda endpoint is another process's: Cms.Web's engine over real HTTP.
/// </summary>
public sealed class RemoteDashboardHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _folder;

    private RemoteDashboardHost(WebApplication app, string folder, Uri address) => (_app, _folder, Address) = (app, folder, address);

    public Uri Address { get; }

    public static async Task<RemoteDashboardHost> StartAsync(Uri engineAddress, string engineToken)
    {
        var folder = Directory.CreateTempSubdirectory("oc-remote-dashboard-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = folder });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jobs:Provider"] = "Sqlite",
            ["Jobs:SqlitePath"] = Path.Combine(folder, "jobs.db"),
            ["Jobs:DashboardToken"] = WorkflowsAdminHost.OpsToken,
            ["Camunda:RestAddress"] = engineAddress.ToString(),
            ["Camunda:AuthMode"] = "Bearer",
            ["Camunda:BearerToken"] = engineToken,
        });
        builder.Services.AddJobs(builder.Configuration);
        builder.Services.AddJobsDashboard();
        builder.Services.AddWorkflowsDashboardSection();
        builder.Services.AddCamundaClient(builder.Configuration);
        var app = builder.Build();
        app.MapJobsDashboard("/jobs");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RemoteDashboardHost(app, folder, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
