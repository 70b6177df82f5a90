using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Security;
using OrchardCommerce.Users.Models;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Users.Api;

internal static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/users").RequireAuthorization(Permissions.ManageUsers);
        group.MapGet("", ListAsync);
        group.MapPost("", CreateAsync);
    }

    private static async Task<IResult> ListAsync([FromServices] UserStore store, [FromServices] UserManager<OcUser> users, TimeProvider time, CancellationToken cancellationToken)
    {
        var result = new List<object>();
        foreach (var user in await store.ListAsync(cancellationToken))
            result.Add(ToJson(user, await users.GetRolesAsync(user), time.GetUtcNow()));
        return Results.Ok(result);
    }

    private static async Task<IResult> CreateAsync(CreateUserRequest request, [FromServices] UserSetupService setup, CancellationToken cancellationToken)
    {
        var missing = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName)) missing["userName"] = ["A user name is required."];
        if (string.IsNullOrWhiteSpace(request.Email)) missing["email"] = ["An e-mail address is required."];
        if (string.IsNullOrEmpty(request.Password)) missing["password"] = ["A password is required."];
        if (missing.Count > 0) return Results.ValidationProblem(missing);
        try
        {
            var roles = request.Roles ?? [];
            var user = await setup.CreateAsync(request.UserName!.Trim(), request.Email!.Trim(), request.Password!, roles, cancellationToken);
            return Results.Created($"/api/users/{user.Id}", ToJson(user, roles, DateTimeOffset.MinValue));
        }
        catch (UserValidationException exception)
        {
            return Results.ValidationProblem(IdentityErrorFields.ToProblemErrors(exception.Errors));
        }
    }

    private static object ToJson(OcUser user, IEnumerable<string> roles, DateTimeOffset now) => new
    {
        id = user.Id,
        userName = user.UserName,
        email = user.Email,
        roles,
        lockedOutUntil = user.LockoutEnd > now ? user.LockoutEnd : null,
        createdUtc = user.CreatedUtc,
    };
}
