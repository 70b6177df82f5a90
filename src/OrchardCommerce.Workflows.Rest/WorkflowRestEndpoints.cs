using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OrchardCommerce.Workflows.Rest.Endpoints;
using OrchardCommerce.Workflows.Rest.Http;

namespace OrchardCommerce.Workflows.Rest;

public static class WorkflowRestEndpoints
{
    /// <summary>Binds <see cref="WorkflowRestOptions"/>; the engine itself is registered with AddWorkflowEngine.</summary>
    public static IServiceCollection AddWorkflowRest(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.AddOptions<WorkflowRestOptions>().Bind(configuration.GetSection(WorkflowRestOptions.Section));
        return services;
    }

    /// <summary>Maps the Camunda 8.8 /v2 subset at {BasePath}/v2, behind the engine's own authentication.</summary>
    public static RouteGroupBuilder MapWorkflowRest(this IEndpointRouteBuilder routes)
    {
        var basePath = routes.ServiceProvider.GetRequiredService<IOptions<WorkflowRestOptions>>().Value.BasePath.TrimEnd('/');
        var v2 = routes.MapGroup(basePath + "/v2");
        v2.AddEndpointFilter<EngineAuthFilter>().AddEndpointFilter<EngineErrorFilter>();
        TopologyEndpoints.Map(v2);
        DeploymentEndpoints.Map(v2);
        ProcessInstanceEndpoints.Map(v2);
        JobEndpoints.Map(v2);
        MessageEndpoints.Map(v2);
        IncidentEndpoints.Map(v2);
        UserTaskEndpoints.Map(v2);
        DefinitionEndpoints.Map(v2);
        return v2;
    }
}
