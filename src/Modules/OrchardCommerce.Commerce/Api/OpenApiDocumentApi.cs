using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// The "commerce" OpenAPI document: every endpoint under /api/commerce and /api/store (the admin and store APIs of
/// all commerce areas), served at /api/commerce/openapi.json. It describes routes, not data, so it is anonymous.
/// </summary>
public static class OpenApiDocumentApi
{
    public const string DocumentName = "commerce";
    public const string Route = "/api/commerce/openapi.json";

    public static IServiceCollection AddCommerceOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.RelativePath is { } path && IsCommercePath(path);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "OrchardCommerce commerce API",
                    Version = "v1",
                    Description = "Admin API (/api/commerce, bearer token of the tenant) and store API (/api/store, anonymous) of one tenant, chosen by Host header.",
                };
                return Task.CompletedTask;
            });
        });

    public static bool IsCommercePath(string path)
    {
        var trimmed = path.TrimStart('/');
        return trimmed.StartsWith("api/commerce/", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("api/commerce", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("api/store/", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("api/store", StringComparison.OrdinalIgnoreCase);
    }

    public static IEndpointRouteBuilder MapCommerceOpenApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route, async (HttpContext http, CancellationToken cancellationToken) =>
        {
            // The document generator lives in the host container (it reads the host's endpoints), not in the tenant's.
            var provider = http.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName);
            var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
            var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken);
            return Results.Text(json, "application/json");
        }).AllowAnonymous().WithName("GetCommerceOpenApi").WithTags("Commerce admin").Produces<string>(StatusCodes.Status200OK, "application/json");
        return routes;
    }
}
