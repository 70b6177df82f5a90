using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrchardCommerce.Workflows.Engine;

public static class WorkflowEngineServiceCollectionExtensions
{
    /// <summary>Registers the engine as a singleton and a hosted service that starts it with the host and stops it after.</summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<WorkflowEngineOptions> configure)
    {
        services.Configure(configure);
        services.AddSingleton(provider => new WorkflowEngine(
            provider.GetRequiredService<IOptions<WorkflowEngineOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetService<ILogger<WorkflowEngine>>()));
        services.AddHostedService<WorkflowEngineHostedService>();
        return services;
    }
}
