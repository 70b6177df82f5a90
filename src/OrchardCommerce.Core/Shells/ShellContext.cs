using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;

namespace OrchardCommerce.Shells;

/// <summary>A running tenant: its settings, its database, and its own service container.</summary>
public sealed class ShellContext(ShellSettings settings, TenantDatabase database, ServiceProvider services, IReadOnlySet<string> features)
    : IAsyncDisposable
{
    public ShellSettings Settings { get; } = settings;
    public TenantDatabase Database { get; } = database;
    public IServiceProvider Services => services;
    /// <summary>Our ids of the enabled features, dependencies and always-enabled modules included.</summary>
    public IReadOnlySet<string> Features { get; } = features;

    public bool IsEnabled(string featureId) => Features.Contains(featureId);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
