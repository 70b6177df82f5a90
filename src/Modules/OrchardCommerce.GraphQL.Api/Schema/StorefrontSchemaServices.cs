using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Schema.Common;

namespace OrchardCommerce.GraphQL.Api.Schema;

/// <summary>Registers the storefront schema in a tenant's container (Startup calls this).</summary>
public static class StorefrontSchemaServices
{
    public static IServiceCollection AddStorefrontSchema(this IServiceCollection services)
    {
        // Singleton of the tenant container: one cached schema per tenant.
        services.AddSingleton<IStorefrontSchemaProvider, StorefrontSchemaProvider>();
        services.AddScoped<ResolverGate>();
        return services;
    }
}
