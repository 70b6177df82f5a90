using OrchardCommerce.Shells;

namespace OrchardCommerce.Tenants.Services;

/// <summary>A tenant a recipe declared, waiting for that recipe to commit before it is registered and set up.</summary>
public sealed record PendingTenant(ShellSettings Settings, string Recipe);
