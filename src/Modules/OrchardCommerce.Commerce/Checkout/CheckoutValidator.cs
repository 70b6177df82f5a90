using OrchardCommerce.Commerce.Carts;

namespace OrchardCommerce.Commerce.Checkout;

/// <summary>Checks a checkout body completely before anything is written, naming every bad field at once.</summary>
public static class CheckoutValidator
{
    public static Dictionary<string, string[]> Validate(CheckoutRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["An e-mail address is required."];
        else if (!StoreInput.IsEmail(request.Email.Trim())) errors["email"] = ["Not a valid e-mail address."];
        if (request.ShippingAddress is null) errors["shippingAddress"] = ["A shipping address is required."];
        else ValidateAddress(request.ShippingAddress, "shippingAddress", errors);
        if (request.BillingAddress is not null) ValidateAddress(request.BillingAddress, "billingAddress", errors);
        if (request.Payment is null) errors["payment"] = ["A payment is required."];
        else
        {
            if (string.IsNullOrWhiteSpace(request.Payment.Provider)) errors["payment.provider"] = ["A payment provider is required."];
            if (string.IsNullOrWhiteSpace(request.Payment.Token)) errors["payment.token"] = ["A payment token is required."];
        }
        return errors;
    }

    /// <summary>Lines of a one-request checkout at most; a bigger order goes through a cart.</summary>
    public const int MaxDirectLines = 100;

    public static Dictionary<string, string[]> Validate(DirectCheckoutRequest request)
    {
        var errors = Validate(request.Checkout);
        if (!StoreInput.IsCurrencyCode(request.Currency))
            errors["currency"] = ["A currency is three upper-case letters (ISO 4217), such as EUR."];
        if (request.Lines is not { Count: > 0 }) errors["lines"] = ["At least one line is required."];
        else if (request.Lines.Count > MaxDirectLines) errors["lines"] = [$"At most {MaxDirectLines} lines; use a cart for more."];
        else
            for (var i = 0; i < request.Lines.Count; i++)
            {
                var line = request.Lines[i];
                if (string.IsNullOrWhiteSpace(line?.Sku)) errors[$"lines[{i}].sku"] = ["A SKU is required."];
                if (line?.Quantity is not > 0) errors[$"lines[{i}].quantity"] = ["The quantity must be at least 1."];
            }
        return errors;
    }

    private static void ValidateAddress(CheckoutAddress address, string prefix, Dictionary<string, string[]> errors)
    {
        void Require(string? value, string field, string label)
        {
            if (string.IsNullOrWhiteSpace(value)) errors[$"{prefix}.{field}"] = [$"The {label} is required."];
            else if (value.Length > 200) errors[$"{prefix}.{field}"] = [$"The {label} is longer than 200 characters."];
        }
        Require(address.Name, "name", "name");
        Require(address.Line1, "line1", "first address line");
        Require(address.City, "city", "city");
        Require(address.PostalCode, "postalCode", "postal code");
        if (string.IsNullOrWhiteSpace(address.Country)) errors[$"{prefix}.country"] = ["The country is required."];
        else if (address.Country.Trim().Length != 2 || !address.Country.Trim().All(char.IsAsciiLetter))
            errors[$"{prefix}.country"] = ["The country is a two-letter ISO 3166 code, such as DE."];
    }
}
