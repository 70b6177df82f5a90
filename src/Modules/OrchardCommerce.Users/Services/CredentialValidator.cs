using Microsoft.AspNetCore.Identity;
using OrchardCommerce.Users.Models;

namespace OrchardCommerce.Users.Services;

/// <summary>
/// Checks a user name and password with lockout: what SignInManager does, without its cookie plumbing, so the
/// token endpoint counts failures the same way a sign-in page would.
/// </summary>
public sealed class CredentialValidator(UserManager<OcUser> users)
{
    public async Task<(CredentialCheck Result, OcUser? User, DateTimeOffset? LockedUntil)> CheckAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null) return (CredentialCheck.Failed, null, null);
        if (await users.IsLockedOutAsync(user)) return (CredentialCheck.LockedOut, user, user.LockoutEnd);
        if (await users.CheckPasswordAsync(user, password))
        {
            if (user.AccessFailedCount > 0) await users.ResetAccessFailedCountAsync(user);
            return (CredentialCheck.Succeeded, user, null);
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user)
            ? (CredentialCheck.LockedOut, user, user.LockoutEnd)
            : (CredentialCheck.Failed, user, null);
    }
}
