using Microsoft.AspNetCore.Routing;

namespace OrchardCommerce.Jobs.Dashboard;

/// <summary>
/// A section another assembly adds to the ops dashboard: a link in the navigation and pages behind the dashboard's
/// sign-in. Register it with <c>services.AddJobsDashboardSection&lt;T&gt;()</c>; <c>MapJobsDashboard</c> maps it.
/// Pages render with <see cref="Rendering.DashboardPage.For"/>, <see cref="Rendering.DashboardLayout"/> and
/// <see cref="Rendering.HtmlWriter"/>; embedded files are served with <see cref="DashboardAssets.MapEmbeddedAssets"/>.
/// </summary>
public interface IDashboardSection
{
    /// <summary>The label of the section's navigation link.</summary>
    string Title { get; }

    /// <summary>Where the navigation link points, relative to the dashboard's root (e.g. "workflows").</summary>
    string Path { get; }

    /// <summary>
    /// Maps the section's endpoints, with paths relative to the dashboard's root, into the guarded group: every
    /// request there is signed in (cookie or ops bearer token), and every POST carries a valid antiforgery token, as a
    /// form field or in the <see cref="Rendering.DashboardPage.AntiforgeryHeaderName"/> header (400 otherwise).
    /// </summary>
    void Map(RouteGroupBuilder guarded);
}
