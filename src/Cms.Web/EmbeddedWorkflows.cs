using OrchardCommerce.Daemon;
using OrchardCommerce.Security;
using OrchardCommerce.Workflows.Engine;
using OrchardCommerce.Workflows.Rest;

namespace OrchardCommerce.Cms.Web;

/// <summary>
/// The embedded default's workflow side: the BPMN engine with its Camunda REST API under Workflows:Engine:BasePath
/// (its SQLite file beside the jobs' under App_Data), and the daemon in-process (feed followers, order workers) when
/// the jobs engine is. The daemon signs in to this host with a service token generated at start unless configured,
/// and calls the engine with the same token. Production turns both off and runs Sync.Daemon against a Camunda cluster.
/// </summary>
internal static class EmbeddedWorkflows
{
    public static void AddEmbeddedWorkflows(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var embeddedEngine = config.GetValue("Workflows:Embedded", true);
        var inProcessDaemon = config.GetValue("Jobs:InProcess", true);
        var defaults = new Dictionary<string, string?>();
        if (inProcessDaemon || embeddedEngine)
            defaults["Daemon:ServiceToken"] = config["Daemon:ServiceToken"] ?? ServiceTokenOptions.Generate();
        if (embeddedEngine)
        {
            var appData = config["OrchardCommerce:AppDataPath"] ?? "App_Data";
            builder.Services.AddWorkflowEngine(options =>
            {
                options.ConnectionString = $"Data Source={Path.Combine(appData, "workflows.db")}";
                config.GetSection(WorkflowRestOptions.Section).Bind(options);
            });
            defaults["Workflows:Engine:Token"] = config["Workflows:Engine:Token"] ?? defaults["Daemon:ServiceToken"];
        }
        if (inProcessDaemon)
        {
            defaults["Workflows:Orders:BpmnPath"] = config["Workflows:Orders:BpmnPath"] ?? "../../bpmn";
            if (embeddedEngine && config["Camunda:RestAddress"] is null)
            {
                defaults["Daemon:InProcessEngine"] = "true";
                defaults["Camunda:RestAddress"] = "http://embedded" + (config["Workflows:Engine:BasePath"] ?? new WorkflowRestOptions().BasePath);
                defaults["Camunda:AuthMode"] = "Bearer";
                defaults["Camunda:BearerToken"] = defaults["Workflows:Engine:Token"];
            }
        }
        config.AddInMemoryCollection(defaults);
        if (embeddedEngine) builder.Services.AddWorkflowRest(config);
        if (inProcessDaemon) builder.Services.AddDaemon(config);
    }

    public static void MapEmbeddedWorkflows(this WebApplication app)
    {
        if (app.Services.GetService<IServiceProviderIsService>()?.IsService(typeof(WorkflowEngine)) != true) return;
        // A host service like the jobs dashboard: only the Default tenant's address serves it.
        app.MapWorkflowRest().WithMetadata(new OrchardCommerce.Modules.DefaultTenantOnlyMetadata());
    }
}
