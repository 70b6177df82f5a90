using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Users.Api;

// Tenant services are [FromServices]: endpoints are built against the host container, which does not know them.
internal static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/auth/token", IssueTokenAsync).AllowAnonymous();
    }

    private static async Task<IResult> IssueTokenAsync(TokenRequest request, [FromServices] CredentialValidator credentials, [FromServices] ApiTokenService tokens,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [string.IsNullOrWhiteSpace(request.UserName) ? "userName" : "password"] = ["User name and password are required."],
            });
        var (result, user, lockedUntil) = await credentials.CheckAsync(request.UserName, request.Password);
        switch (result)
        {
            case CredentialCheck.LockedOut:
                return Results.Problem(statusCode: StatusCodes.Status423Locked, title: "Locked",
                    detail: $"Too many failed sign-ins: this user is locked out until {lockedUntil:u}.");
            case CredentialCheck.Failed:
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized",
                    detail: "Wrong user name or password.");
        }
        var issued = await tokens.CreateAsync(user!, string.IsNullOrWhiteSpace(request.Name) ? "api" : request.Name.Trim(),
            ApiTokenService.DefaultLifetime, cancellationToken);
        return Results.Ok(new { token = issued.Token, expiresUtc = issued.ExpiresUtc });
    }
}
