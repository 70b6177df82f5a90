using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Tenants.Services;

/// <summary>What a provisioning request did: ran the store recipe, or nothing and why; and whether the tenant has a store now.</summary>
public sealed record StoreProvisionResult(string Tenant, bool Provisioned, bool HasStore, string? Recipe, string? Reason, RecipeReport? Report);
