namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>Endpoint metadata of every dashboard route: where the dashboard is mounted and its sections' links.</summary>
internal sealed record DashboardMetadata(string Prefix, IReadOnlyList<(string Title, string Path)> Sections);
