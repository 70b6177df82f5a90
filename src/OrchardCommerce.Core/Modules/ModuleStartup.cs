using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Modules;

/// <summary>Everything a module plugs in, in one place: host services, per-tenant services and endpoints.</summary>
public abstract class ModuleStartup
{
    public abstract ModuleManifest Manifest { get; }

    /// <summary>Services shared by every tenant, registered once in the host (authentication schemes, options).</summary>
    public virtual void ConfigureHostServices(IServiceCollection services) { }

    /// <summary>Services of one tenant's shell; called for each tenant that has this feature enabled.</summary>
    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>
    /// Endpoints are mapped once on the host. Each one is tagged with this module's feature, and a request to a
    /// tenant that has not enabled the feature gets 404 as if the endpoint did not exist.
    /// </summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder routes) { }
}
