using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Tenants.Services;

/// <summary>What a provisioning request did: ran the store recipe, or nothing and why.</summary>
public sealed record StoreProvisionResult(string Tenant, bool Provisioned, string? Recipe, string? Reason, RecipeReport? Report);
