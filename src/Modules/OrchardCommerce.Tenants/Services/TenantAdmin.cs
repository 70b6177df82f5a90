namespace OrchardCommerce.Tenants.Services;

/// <summary>The first administrator of a new tenant; a null password is generated and handed back once.</summary>
public sealed record TenantAdmin(string UserName, string Email, string? Password);
