using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Orders;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>Carts and orders as the store API shows them (CartView, OrderView), money as <see cref="MoneyValue"/>.</summary>
internal sealed class OrderTypes
{
    public OrderTypes(CatalogTypes catalog)
    {
        var money = catalog.Money;
        var cartLine = new ObjectType("CartLine", () =>
        [
            new("id", SpecifiedScalars.ID.NonNull()) { Resolver = c => new(CL(c).Id) },
            new("sku", SpecifiedScalars.String.NonNull()) { Resolver = c => new(CL(c).Sku) },
            new("title", SpecifiedScalars.String.NonNull()) { Resolver = c => new(CL(c).Title) },
            new("quantity", SpecifiedScalars.Int.NonNull()) { Resolver = c => new(CL(c).Quantity) },
            new("unitPrice", money.NonNull()) { Resolver = c => new(Money(c, CL(c).UnitPrice)) },
            new("lineTotal", money.NonNull()) { Resolver = c => new(Money(c, CL(c).LineTotal)) },
            new("available", SpecifiedScalars.Boolean.NonNull()) { Description = "False when the SKU is no longer sold in the cart's currency.", Resolver = c => new(CL(c).Available) },
            new("product", catalog.Product) { Description = "The active product with this SKU (batched over the cart's lines).", Resolver = ProductAsync },
        ]);
        Cart = new ObjectType("Cart", () =>
        [
            new("id", SpecifiedScalars.ID.NonNull()) { Description = "The cart's token: keep it secret, it is the key to the cart." },
            new("currency", SpecifiedScalars.String.NonNull()),
            new("email", SpecifiedScalars.String),
            new("status", SpecifiedScalars.String.NonNull()),
            new("lines", cartLine.NonNull().List().NonNull())
            {
                Resolver = c => new(((CartView)c.Source!).Lines.Select(l => new LineSource<CartLineView>(l, ((CartView)c.Source!).Currency)).ToList()),
            },
            new("totalQuantity", SpecifiedScalars.Int.NonNull()) { Resolver = c => new(((CartView)c.Source!).Lines.Sum(l => l.Quantity)) },
            new("subtotal", money.NonNull()) { Resolver = c => new(new MoneyValue(((CartView)c.Source!).Currency, ((CartView)c.Source!).Subtotal)) },
            new("tax", money.NonNull()) { Resolver = c => new(new MoneyValue(((CartView)c.Source!).Currency, ((CartView)c.Source!).Tax)) },
            new("shipping", money.NonNull()) { Resolver = c => new(new MoneyValue(((CartView)c.Source!).Currency, ((CartView)c.Source!).Shipping)) },
            new("total", money.NonNull()) { Resolver = c => new(new MoneyValue(((CartView)c.Source!).Currency, ((CartView)c.Source!).Total)) },
        ]);
        var address = new ObjectType("Address", () =>
        [
            new("name", SpecifiedScalars.String.NonNull()), new("line1", SpecifiedScalars.String.NonNull()), new("line2", SpecifiedScalars.String),
            new("city", SpecifiedScalars.String.NonNull()), new("postalCode", SpecifiedScalars.String.NonNull()), new("country", SpecifiedScalars.String.NonNull()),
        ]);
        var orderLine = new ObjectType("OrderLine", () =>
        [
            new("sku", SpecifiedScalars.String.NonNull()) { Resolver = c => new(OL(c).Sku) },
            new("title", SpecifiedScalars.String.NonNull()) { Resolver = c => new(OL(c).Title) },
            new("quantity", SpecifiedScalars.Int.NonNull()) { Resolver = c => new(OL(c).Quantity) },
            new("unitPrice", money.NonNull()) { Resolver = c => new(new MoneyValue(((LineSource<OrderLineView>)c.Source!).Currency, OL(c).UnitPrice)) },
            new("lineTotal", money.NonNull()) { Resolver = c => new(new MoneyValue(((LineSource<OrderLineView>)c.Source!).Currency, OL(c).LineTotal)) },
        ]);
        Order = new ObjectType("Order", () =>
        [
            new("id", SpecifiedScalars.ID.NonNull()), new("email", SpecifiedScalars.String.NonNull()), new("currency", SpecifiedScalars.String.NonNull()),
            new("status", SpecifiedScalars.String.NonNull()), new("paymentStatus", SpecifiedScalars.String.NonNull()),
            new("fulfillmentStatus", SpecifiedScalars.String.NonNull()),
            new("lines", orderLine.NonNull().List().NonNull())
            {
                Resolver = c => new(((OrderView)c.Source!).Lines.Select(l => new LineSource<OrderLineView>(l, ((OrderView)c.Source!).Currency)).ToList()),
            },
            new("subtotal", money.NonNull()) { Resolver = c => new(new MoneyValue(((OrderView)c.Source!).Currency, ((OrderView)c.Source!).Subtotal)) },
            new("tax", money.NonNull()) { Resolver = c => new(new MoneyValue(((OrderView)c.Source!).Currency, ((OrderView)c.Source!).Tax)) },
            new("shipping", money.NonNull()) { Resolver = c => new(new MoneyValue(((OrderView)c.Source!).Currency, ((OrderView)c.Source!).Shipping)) },
            new("total", money.NonNull()) { Resolver = c => new(new MoneyValue(((OrderView)c.Source!).Currency, ((OrderView)c.Source!).Total)) },
            new("shippingAddress", address), new("billingAddress", address),
            new("placedUtc", CustomScalars.DateTime.NonNull()),
        ]);
        CheckoutResult = new ObjectType("CheckoutResult", () =>
        [
            new("order", Order.NonNull()),
            new("orderToken", SpecifiedScalars.String.NonNull()) { Description = "The customer's key to order(token)." },
            new("created", SpecifiedScalars.Boolean.NonNull()) { Description = "False when an earlier checkout with the same idempotency key placed the order." },
        ]);
    }

    public ObjectType Cart { get; }
    public ObjectType Order { get; }
    public ObjectType CheckoutResult { get; }

    private static CartLineView CL(ResolveContext context) => ((LineSource<CartLineView>)context.Source!).Line;

    private static OrderLineView OL(ResolveContext context) => ((LineSource<OrderLineView>)context.Source!).Line;

    private static MoneyValue Money(ResolveContext context, long amount) => new(((LineSource<CartLineView>)context.Source!).Currency, amount);

    private static async ValueTask<object?> ProductAsync(ResolveContext context)
    {
        var services = context.Services!;
        var loader = context.GetDataLoader<string, StorefrontProduct>("products-by-sku", (skus, ct) => services.GetRequiredService<ResolverGate>()
            .RunAsync(() => services.GetRequiredService<StorefrontProductReader>().GetBySkusAsync(skus, cancellationToken: ct), ct));
        return await loader.LoadAsync(CL(context).Sku);
    }
}
