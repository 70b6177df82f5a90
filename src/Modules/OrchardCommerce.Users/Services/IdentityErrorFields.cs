using Microsoft.AspNetCore.Identity;

namespace OrchardCommerce.Users.Services;

/// <summary>Maps Identity's error codes to the request field they are about, for problem details.</summary>
public static class IdentityErrorFields
{
    public static string FieldOf(IdentityError error) => error.Code switch
    {
        var c when c.StartsWith("Password", StringComparison.Ordinal) => "password",
        var c when c.Contains("UserName", StringComparison.Ordinal) => "userName",
        var c when c.Contains("Email", StringComparison.Ordinal) => "email",
        var c when c.Contains("Role", StringComparison.Ordinal) => "roles",
        _ => "",
    };

    /// <param name="prefix">Prepended to the field with its first letter upper-cased ("admin" → "adminPassword").</param>
    public static Dictionary<string, string[]> ToProblemErrors(IEnumerable<IdentityError> errors, string? prefix = null) =>
        errors.GroupBy(e => Prefixed(FieldOf(e), prefix))
              .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());

    private static string Prefixed(string field, string? prefix) =>
        string.IsNullOrEmpty(prefix) || field.Length == 0 ? field : prefix + char.ToUpperInvariant(field[0]) + field[1..];
}
