using System.Security.Claims;

namespace OrchardCommerce.GraphQL.Api.Schema;

/// <summary>
/// Who runs a query, passed to resolvers as the execution's UserContext. CanSeeDrafts is decided once per request by the
/// endpoint (an authenticated caller with the tenant's preview permission); resolvers only read it.
/// </summary>
public sealed record StorefrontCaller(ClaimsPrincipal Principal, bool CanSeeDrafts)
{
    public static StorefrontCaller Anonymous { get; } = new(new ClaimsPrincipal(new ClaimsIdentity()), false);
}
