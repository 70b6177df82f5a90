using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>
/// The checkout input, shaped as the store API's body. Only its shape is checked by GraphQL; the content (blank
/// names, country codes, e-mail syntax) is <see cref="CheckoutValidator"/>'s, so both APIs refuse the same bodies.
/// </summary>
internal static class CheckoutInputs
{
    public static InputObjectType Create()
    {
        var address = new InputObjectType("AddressInput", () =>
        [
            new("name", SpecifiedScalars.String.NonNull()), new("line1", SpecifiedScalars.String.NonNull()), new("line2", SpecifiedScalars.String),
            new("city", SpecifiedScalars.String.NonNull()), new("postalCode", SpecifiedScalars.String.NonNull()),
            new("country", SpecifiedScalars.String.NonNull()) { Description = "ISO 3166 two-letter code, e.g. DE." },
        ]);
        var payment = new InputObjectType("PaymentInput", () =>
        [
            new("provider", SpecifiedScalars.String.NonNull()) { Description = "A payment provider's name (\"test\" for the built-in one)." },
            new("token", SpecifiedScalars.String.NonNull()) { Description = "The provider's token for the payment method." },
        ]);
        return new InputObjectType("CheckoutInput", () =>
        [
            new("email", SpecifiedScalars.String.NonNull()),
            new("shippingAddress", address.NonNull()),
            new("billingAddress", address) { Description = "Absent: bill to the shipping address." },
            new("payment", payment.NonNull()),
        ]);
    }

    public static CheckoutRequest ToRequest(IReadOnlyDictionary<string, object?> input) => new(
        (input.GetValueOrDefault("email") as string)?.Trim(),
        Address(input.GetValueOrDefault("shippingAddress")),
        Address(input.GetValueOrDefault("billingAddress")),
        input.GetValueOrDefault("payment") is IReadOnlyDictionary<string, object?> payment
            ? new CheckoutPayment(payment.GetValueOrDefault("provider") as string, payment.GetValueOrDefault("token") as string)
            : null);

    private static CheckoutAddress? Address(object? value) => value is IReadOnlyDictionary<string, object?> a
        ? new CheckoutAddress(S(a, "name"), S(a, "line1"), S(a, "line2"), S(a, "city"), S(a, "postalCode"), S(a, "country"))
        : null;

    private static string? S(IReadOnlyDictionary<string, object?> map, string key) => map.GetValueOrDefault(key) as string;
}
