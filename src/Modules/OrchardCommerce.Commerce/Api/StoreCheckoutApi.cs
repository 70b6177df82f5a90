using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Checkout;
using OrchardCommerce.Commerce.Orders;

namespace OrchardCommerce.Commerce.Api;

/// <summary>Checkout (idempotent by the Idempotency-Key header) and the customer's order lookup by its token.</summary>
internal static class StoreCheckoutApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void MapStoreCheckoutApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/store").AllowAnonymous().WithTags("Store").AddEndpointFilter<StoreProblemFilter>();
        group.MapPost("/carts/{cartId}/checkout", CheckoutAsync).WithName("Store_Checkout")
            .Produces<StoreOrderJson>(StatusCodes.Status201Created).Produces<StoreOrderJson>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/orders/{orderToken}", GetOrderAsync).WithName("Store_GetOrder")
            .Produces<OrderView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CheckoutAsync(string cartId, CheckoutRequest request, HttpRequest http,
        [FromServices] CheckoutService checkout, CancellationToken cancellationToken)
    {
        var key = http.Headers[IdempotencyHeader].ToString().Trim();
        if (key.Length is 0 or > 200)
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [IdempotencyHeader] = ["The Idempotency-Key header is required (up to 200 characters): one value per checkout attempt."],
            });
        var result = await checkout.CheckoutAsync(cartId, key, request, cancellationToken);
        if (result is null) return StoreProblemFilter.NotFound("No such cart.");
        var body = StoreOrderJson.From(result.Order, result.OrderToken);
        return result.Created ? Results.Created($"/api/store/orders/{result.OrderToken}", body) : Results.Ok(body);
    }

    private static async Task<IResult> GetOrderAsync(string orderToken, [FromServices] OrderReader orders, CancellationToken cancellationToken) =>
        await orders.GetByTokenAsync(orderToken, cancellationToken) is { } order
            ? Results.Ok(order)
            : StoreProblemFilter.NotFound("No such order.");
}
