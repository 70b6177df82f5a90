namespace OrchardCommerce.GraphQL.Api.Schema.Naming;

/// <summary>
/// The names the commerce half of the schema uses, reserved on every tenant (with Commerce or not) so a content type's
/// GraphQL name does not depend on which features the tenant has.
/// </summary>
public static class CommerceNames
{
    public static readonly IReadOnlyList<string> Types =
    [
        "Product", "ProductVariant", "ProductOption", "SelectedOption", "Money", "PriceRange", "ProductConnection", "ProductEdge",
        "Category", "Collection", "Cart", "CartLine", "Order", "OrderLine", "Address", "CheckoutInput", "AddressInput", "PaymentInput",
        "CheckoutResult",
    ];

    /// <summary>One visitor's data (found by a token), changing without the published-data version moving: never cached.</summary>
    public static readonly IReadOnlySet<string> PrivateTypes = new HashSet<string>(StringComparer.Ordinal) { "Cart", "Order", "CheckoutResult" };

    public static readonly IReadOnlyList<string> RootFields =
        ["products", "product", "categories", "category", "collections", "cart", "order"];
}
