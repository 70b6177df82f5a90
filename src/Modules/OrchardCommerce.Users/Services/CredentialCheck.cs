namespace OrchardCommerce.Users.Services;

public enum CredentialCheck
{
    Succeeded,
    /// <summary>Unknown user or wrong password; the caller must not say which.</summary>
    Failed,
    /// <summary>Too many failures: refused until the lockout ends, even with the right password.</summary>
    LockedOut,
}
