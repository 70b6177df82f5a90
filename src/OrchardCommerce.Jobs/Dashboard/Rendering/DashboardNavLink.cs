namespace OrchardCommerce.Jobs.Dashboard.Rendering;

/// <summary>A section's link in the dashboard's navigation; <see cref="Href"/> is already an absolute path.</summary>
public sealed record DashboardNavLink(string Title, string Href);
