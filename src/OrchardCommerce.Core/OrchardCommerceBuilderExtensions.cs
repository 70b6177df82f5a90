using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Modules;
using OrchardCommerce.Shells;

namespace OrchardCommerce;

public static class OrchardCommerceBuilderExtensions
{
    /// <summary>Registers the multi-tenant host and the given modules' host services.</summary>
    public static IServiceCollection AddOrchardCommerce(this IServiceCollection services, IConfiguration configuration, params ModuleStartup[] modules)
    {
        services.Configure<ShellOptions>(configuration.GetSection(ShellOptions.Section));
        services.Configure<Security.ServiceTokenOptions>(configuration.GetSection(Security.ServiceTokenOptions.Section));
        var catalog = new ModuleCatalog(modules);
        services.AddSingleton(catalog);
        services.AddSingleton<ShellHost>();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddProblemDetails();
        foreach (var module in catalog.Modules) module.ConfigureHostServices(services);
        return services;
    }

    /// <summary>Tenant resolution before routing (prefixes change the path), feature filtering after it.</summary>
    public static WebApplication UseOrchardCommerce(this WebApplication app)
    {
        app.UseMiddleware<ShellMiddleware>();
        app.UseRouting();
        app.UseMiddleware<ShellFeatureMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in catalog.Modules)
            module.MapEndpoints(app.MapGroup("").WithMetadata(new FeatureMetadata(module.Manifest.Id)));
        return app;
    }

    /// <summary>Loads the tenant registry; call before the host starts serving.</summary>
    public static Task InitializeShellsAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<ShellHost>().InitializeAsync(cancellationToken);
}
