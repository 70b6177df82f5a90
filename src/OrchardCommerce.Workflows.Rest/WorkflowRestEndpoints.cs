using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        var options = routes.ServiceProvider.GetRequiredService<IOptionsMonitor<WorkflowRestOptions>>();
        var v2 = routes.MapGroup(options.CurrentValue.BasePath.TrimEnd('/') + "/v2");
        // Built here from the host's options: a request's services may be a tenant's, whose options know no engine.
        v2.AddEndpointFilter(new EngineAuthFilter(options)).AddEndpointFilter(new EngineErrorFilter());
        TopologyEndpoints.Map(v2);
        DeploymentEndpoints.Map(v2);
        ProcessInstanceEndpoints.Map(v2);
        JobEndpoints.Map(v2);
        MessageEndpoints.Map(v2);
        IncidentEndpoints.Map(v2);
        UserTaskEndpoints.Map(v2);
        DefinitionEndpoints.Map(v2);
        ElementInstanceEndpoints.Map(v2);
        return v2;
    }
}
