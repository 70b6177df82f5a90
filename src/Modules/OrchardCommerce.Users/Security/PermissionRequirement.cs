using Microsoft.AspNetCore.Authorization;

namespace OrchardCommerce.Users.Security;

/// <summary>The user's roles must grant <see cref="Permission"/> on the tenant the request is for.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
