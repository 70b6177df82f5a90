using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Commerce.Orders;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>
/// Cart and checkout through the store's own services (CartService, CheckoutService, OrderReader), so stock, currency,
/// idempotency and validation rules are the store API's. Setting a cart's e-mail or addresses is not a separate step:
/// the store API takes them with the checkout, and so does this.
/// </summary>
internal static class CartMutations
{
    public static IEnumerable<FieldDefinition> Mutations(OrderTypes orders)
    {
        var cartToken = new InputValueDefinition("cartToken", SpecifiedScalars.String.NonNull());
        yield return new("createCart", orders.Cart)
        {
            Arguments = [new("currency", SpecifiedScalars.String.NonNull()), new("email", SpecifiedScalars.String)],
            Resolver = async c =>
            {
                var (currency, email) = (c.Argument("currency", ""), c.Argument<string?>("email"));
                email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
                return await CommerceErrors.RunAsync(c, field => field, (s, ct) => s.GetRequiredService<CartService>().CreateAsync(currency, email, ct));
            },
        };
        yield return new("addCartLine", orders.Cart)
        {
            Arguments = [cartToken, new("sku", SpecifiedScalars.String.NonNull()), new("quantity", SpecifiedScalars.Int.NonNull())],
            Resolver = async c =>
            {
                var (token, sku, quantity) = (c.Argument("cartToken", ""), c.Argument("sku", "").Trim(), c.Argument("quantity", 0));
                // A SKU not sold in the cart's currency is the SKU's problem as far as the caller's arguments go.
                return await CommerceErrors.RunAsync(c, field => field == "currency" ? "sku" : field,
                    (s, ct) => s.GetRequiredService<CartService>().AddLineAsync(token, sku, quantity, ct)) ?? throw NoCart();
            },
        };
        yield return new("updateCartLine", orders.Cart)
        {
            Arguments = [cartToken, new("lineId", SpecifiedScalars.ID.NonNull()), new("quantity", SpecifiedScalars.Int.NonNull())],
            Resolver = async c =>
            {
                var (token, line, quantity) = (c.Argument("cartToken", ""), c.Argument("lineId", ""), c.Argument("quantity", 0));
                return await CommerceErrors.RunAsync(c, field => field,
                    (s, ct) => s.GetRequiredService<CartService>().UpdateLineAsync(token, line, quantity, ct)) ?? throw NoLine();
            },
        };
        yield return new("removeCartLine", orders.Cart)
        {
            Arguments = [cartToken, new("lineId", SpecifiedScalars.ID.NonNull())],
            Resolver = async c =>
            {
                var (token, line) = (c.Argument("cartToken", ""), c.Argument("lineId", ""));
                return await CommerceErrors.RunAsync(c, field => field,
                    (s, ct) => s.GetRequiredService<CartService>().RemoveLineAsync(token, line, ct)) ?? throw NoLine();
            },
        };
        yield return new("checkout", orders.CheckoutResult)
        {
            Description = "Places the order. Send a new idempotencyKey per checkout attempt and the same one on a retry: a retry answers with the first order.",
            Arguments = [cartToken, new("idempotencyKey", SpecifiedScalars.String.NonNull()), new("input", CheckoutInputs.Create().NonNull())],
            Resolver = async c =>
            {
                var (token, key) = (c.Argument("cartToken", ""), c.Argument("idempotencyKey", "").Trim());
                if (key.Length is 0 or > 200) throw StorefrontErrors.BadInput("The idempotency key is required (up to 200 characters).", "idempotencyKey");
                var request = CheckoutInputs.ToRequest(c.Argument<IReadOnlyDictionary<string, object?>>("input", new Dictionary<string, object?>()));
                return await CommerceErrors.RunAsync(c, CheckoutArgument,
                    (s, ct) => s.GetRequiredService<CheckoutService>().CheckoutAsync(token, key, request, ct)) ?? throw NoCart();
            },
        };
    }

    public static IEnumerable<FieldDefinition> Queries(OrderTypes orders) =>
    [
        new("cart", orders.Cart)
        {
            Arguments = [new("token", SpecifiedScalars.String.NonNull())],
            Resolver = async c => { var token = c.Argument("token", ""); return await StorefrontRead.RunAsync(c, (s, ct) => s.GetRequiredService<CartService>().GetAsync(token, ct)); },
        },
        new("order", orders.Order)
        {
            Description = "An order by the token its checkout returned.",
            Arguments = [new("token", SpecifiedScalars.String.NonNull())],
            Resolver = async c => { var token = c.Argument("token", ""); return await StorefrontRead.RunAsync(c, (s, ct) => s.GetRequiredService<OrderReader>().GetByTokenAsync(token, ct)); },
        },
    ];

    // The validator names body fields ("shippingAddress.city"); here they sit under the input argument.
    private static string CheckoutArgument(string field) =>
        field is "lines" or "currency" || field.StartsWith("lines[", StringComparison.Ordinal) ? "cartToken" : "input." + field;

    private static Exception NoCart() => CommerceErrors.NotFound("No such cart.", "cartToken");

    private static Exception NoLine() => CommerceErrors.NotFound("No such cart or cart line.", "lineId");
}
