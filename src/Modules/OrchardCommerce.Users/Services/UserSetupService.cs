using Microsoft.AspNetCore.Identity;
using OrchardCommerce.Data;
using OrchardCommerce.Users.Models;
using OrchardCommerce.Users.Security;

namespace OrchardCommerce.Users.Services;

/// <summary>Creates users with their roles in one go; used by setup (the first administrator) and the users API.</summary>
public sealed class UserSetupService(DbSession session, UserManager<OcUser> users, RoleManager<OcRole> roles)
{
    /// <returns>The administrator and, when no password was given, the generated one for the caller to show once.</returns>
    public async Task<(OcUser User, string? GeneratedPassword)> CreateAdministratorAsync(
        string userName, string email, string? password, CancellationToken cancellationToken = default)
    {
        var generated = password is null ? StrongPassword.Generate() : null;
        var user = await CreateAsync(userName, email, password ?? generated!, [RolePermissions.Administrator], cancellationToken);
        return (user, generated);
    }

    /// <exception cref="UserValidationException">Identity refused the user or a role does not exist.</exception>
    public async Task<OcUser> CreateAsync(string userName, string email, string password, IReadOnlyList<string> roleNames,
        CancellationToken cancellationToken = default)
    {
        var unknown = new List<IdentityError>();
        foreach (var role in roleNames)
            if (!await roles.RoleExistsAsync(role))
                unknown.Add(new IdentityError { Code = "InvalidRoleName", Description = $"Role '{role}' does not exist." });
        if (unknown.Count > 0) throw new UserValidationException(unknown);

        // One unit of work: a user whose roles failed to attach is not left behind.
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var user = new OcUser { UserName = userName, Email = email, LockoutEnabled = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) throw new UserValidationException(created.Errors.ToList());
        if (roleNames.Count > 0)
        {
            var added = await users.AddToRolesAsync(user, roleNames);
            if (!added.Succeeded) throw new UserValidationException(added.Errors.ToList());
        }
        await work.CompleteAsync(cancellationToken);
        return user;
    }
}
