using OrchardCommerce.Jobs.Dashboard;
using OrchardCommerce.Shells;

namespace OrchardCommerce.Cms.Web;

/// <summary>Builds the Cms.Web application; Program.cs and the tests share it so they run the same host.</summary>
public static class CmsApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Services.AddOrchardCommerce(builder.Configuration, CmsModules.All());
        builder.AddEmbeddedJobs();
        builder.AddEmbeddedWorkflows();
        builder.Services.AddJobsDashboard();
        configure?.Invoke(builder);
        InMemoryServer.Register(builder);
        var app = builder.Build();
        app.UseOrchardCommerce();
        app.MapJobsDashboardWhenJobsRegistered();
        app.MapEmbeddedWorkflows();
        return app;
    }

    public static async Task<WebApplication> StartAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var app = Build(args, configure);
        await app.Services.InitializeShellsAsync();
        await app.StartAsync();
        return app;
    }
}
