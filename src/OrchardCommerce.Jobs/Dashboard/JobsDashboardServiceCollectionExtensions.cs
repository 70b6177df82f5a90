using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCommerce.Jobs.Dashboard.Security;

namespace OrchardCommerce.Jobs.Dashboard;

/// <summary>Registers what the ops dashboard needs besides the engine: antiforgery, data protection and its sign-in.</summary>
public static class JobsDashboardServiceCollectionExtensions
{
    /// <summary>Idempotent; pair it with <c>app.MapJobsDashboard("/jobs")</c> and <c>AddJobs</c>.</summary>
    public static IServiceCollection AddJobsDashboard(this IServiceCollection services)
    {
        services.AddAntiforgery();
        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DashboardToken>();
        services.TryAddSingleton<DashboardSession>();
        services.TryAddSingleton<LoginThrottle>();
        return services;
    }

    /// <summary>
    /// Adds a section (navigation link and guarded pages) to the dashboard; idempotent per section type. Register it
    /// before <c>app.MapJobsDashboard</c> runs, which maps every registered section once.
    /// </summary>
    public static IServiceCollection AddJobsDashboardSection<TSection>(this IServiceCollection services)
        where TSection : class, IDashboardSection
    {
        services.AddJobsDashboard();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDashboardSection, TSection>());
        return services;
    }
}
