namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>Endpoint metadata of every dashboard route: where the dashboard is mounted.</summary>
internal sealed record DashboardMetadata(string Prefix);
