using System.Text.RegularExpressions;

namespace OrchardCommerce.Commerce.Carts;

/// <summary>The shapes store input must have: ISO-4217-like currency codes and plausible e-mail addresses.</summary>
public static partial class StoreInput
{
    public static bool IsCurrencyCode(string? value) => value is not null && CurrencyPattern().IsMatch(value);

    // Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is the mail server's call.
    public static bool IsEmail(string? value) => value is not null && value.Length <= 254 && EmailPattern().IsMatch(value);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
