using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Shells;

/// <summary>
/// A request's services: the tenant's scope first, then the host's. The host keeps framework services
/// (authentication, routing, JSON options) once for all tenants instead of cloning them into every shell.
/// </summary>
internal sealed class ShellFallbackServiceProvider(IServiceProvider tenant, IServiceProvider host)
    : IServiceProvider, IKeyedServiceProvider
{
    public object? GetService(Type serviceType) => tenant.GetService(serviceType) ?? host.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        (tenant as IKeyedServiceProvider)?.GetKeyedService(serviceType, serviceKey)
        ?? (host as IKeyedServiceProvider)?.GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        GetKeyedService(serviceType, serviceKey)
        ?? throw new InvalidOperationException($"No service for type '{serviceType}' with key '{serviceKey}'.");
}
