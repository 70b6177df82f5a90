using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>Registers the endpoint's per-tenant caches and maps /api/graphql and GraphiQL.</summary>
public static class GraphQLEndpointExtensions
{
    public const string Path = "/api/graphql";

    /// <summary>Per tenant: the caches live in the tenant's container, so tenants never share documents, queries or responses.</summary>
    public static IServiceCollection AddGraphQLEndpoint(this IServiceCollection services)
    {
        services.AddOptions<GraphQLEndpointOptions>().BindConfiguration(GraphQLEndpointOptions.Section);
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<PersistedQueryStore>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<StorefrontVersionMemo>();
        services.AddSingleton<GraphQLRequestHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder routes)
    {
        // Every method reaches the handler, so an unsupported one gets 405 with Allow rather than a bare 404/405.
        routes.Map(Path, HandleAsync).AllowAnonymous().WithDisplayName("GraphQL");
        routes.MapGet(GraphiQLEndpoint.PagePath, GraphiQLEndpoint.WritePageAsync).AllowAnonymous().WithDisplayName("GraphiQL");
        routes.MapGet(GraphiQLEndpoint.AssetsPath + "/{version}/{file}", (HttpContext context, string version, string file) =>
            GraphiQLEndpoint.WriteAssetAsync(context, version, file)).AllowAnonymous();
        return routes;
    }

    private static Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("extensions")
            && GraphQLMediaTypes.WantsHtml(request))
            return GraphiQLEndpoint.WritePageAsync(context);
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, POST";
            return Task.CompletedTask;
        }
        return context.RequestServices.GetRequiredService<GraphQLRequestHandler>().HandleAsync(context);
    }
}
