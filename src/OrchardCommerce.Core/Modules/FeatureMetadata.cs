namespace OrchardCommerce.Modules;

/// <summary>Endpoint metadata: the feature a tenant must have enabled for the endpoint to exist there.</summary>
public sealed record FeatureMetadata(string FeatureId);

/// <summary>Endpoint metadata: the endpoint exists on the Default tenant only (tenant management).</summary>
public sealed record DefaultTenantOnlyMetadata;
