using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Jobs.Dashboard.Endpoints;
using OrchardCommerce.Jobs.Dashboard.Security;

namespace OrchardCommerce.Jobs.Dashboard;

/// <summary>Mounts the ops dashboard: <c>app.MapJobsDashboard("/jobs")</c>.</summary>
public static class JobsDashboardEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the pages, the buttons, /api/stats, the login form and every registered <see cref="IDashboardSection"/>
    /// under <paramref name="prefix"/>. Returns the group so a host can add its own conventions (Cms.Web limits it to
    /// the default tenant).
    /// </summary>
    public static RouteGroupBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints, string prefix = "/jobs") =>
        endpoints.MapJobsDashboard(prefix, []);

    /// <summary>
    /// As <see cref="MapJobsDashboard(IEndpointRouteBuilder, string)"/>, plus <paramref name="sections"/>: for a host
    /// that decides on a section only once its services are built (e.g. when some client is registered).
    /// </summary>
    public static RouteGroupBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints, string prefix, IEnumerable<IDashboardSection> sections)
    {
        var services = endpoints.ServiceProvider;
        if (services.GetService<DashboardToken>() is null)
            throw new InvalidOperationException("The jobs dashboard's services are missing: call services.AddJobsDashboard() (and AddJobs).");
        prefix = "/" + prefix.Trim('/');
        if (prefix == "/") prefix = "";

        var all = services.GetServices<IDashboardSection>().Concat(sections).DistinctBy(section => section.GetType()).ToList();
        var links = all.Select(section => (section.Title, section.Path.Trim('/'))).ToList();
        var root = endpoints.MapGroup(prefix).WithMetadata(new DashboardMetadata(prefix, links)).ExcludeFromDescription();
        var open = root.MapGroup("");
        var guarded = root.MapGroup("").AddEndpointFilter<DashboardAuthFilter>();
        open.MapDashboardAssets();
        open.MapDashboardLogin(guarded);
        guarded.MapDashboardPages();
        guarded.MapDashboardActions();
        foreach (var section in all) section.Map(guarded);

        DashboardStartupLog.Register(services, prefix);
        return root;
    }
}
