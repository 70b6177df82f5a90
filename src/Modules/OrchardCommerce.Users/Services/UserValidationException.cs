using Microsoft.AspNetCore.Identity;

namespace OrchardCommerce.Users.Services;

/// <summary>Identity refused a user (weak password, taken name, bad e-mail); carries Identity's errors.</summary>
public sealed class UserValidationException(IReadOnlyList<IdentityError> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Description)))
{
    public IReadOnlyList<IdentityError> Errors { get; } = errors;
}
