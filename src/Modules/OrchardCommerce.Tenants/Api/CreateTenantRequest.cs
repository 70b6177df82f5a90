namespace OrchardCommerce.Tenants.Api;

/// <param name="AdminPassword">Null: a strong one is generated and returned once in the answer.</param>
/// <param name="Store">False: no commerce store is provisioned for it (a site to import into, a blog). Null: true.</param>
public sealed record CreateTenantRequest(
    string? Name,
    List<string>? Hosts,
    string? UrlPrefix,
    string? Recipe,
    string? AdminUserName,
    string? AdminEmail,
    string? AdminPassword,
    string? Description,
    bool? Store = null);
