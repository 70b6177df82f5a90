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
        group.MapPost("/checkout", CheckoutLinesAsync).WithName("Store_CheckoutLines")
            .Produces<StoreOrderJson>(StatusCodes.Status201Created).Produces<StoreOrderJson>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/orders/{orderToken}", GetOrderAsync).WithName("Store_GetOrder")
            .Produces<OrderView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CheckoutAsync(string cartId, CheckoutRequest request, HttpRequest http,
        [FromServices] CheckoutService checkout, CancellationToken cancellationToken)
    {
        if (Key(http) is not { } key) return NoKey();
        var result = await checkout.CheckoutAsync(cartId, key, request, cancellationToken);
        return result is null ? StoreProblemFilter.NotFound("No such cart.") : Placed(result);
    }

    private static async Task<IResult> CheckoutLinesAsync(DirectCheckoutRequest request, HttpRequest http,
        [FromServices] CheckoutService checkout, CancellationToken cancellationToken) =>
        Key(http) is { } key ? Placed(await checkout.CheckoutLinesAsync(key, request, cancellationToken)) : NoKey();

    private static string? Key(HttpRequest http) => http.Headers[IdempotencyHeader].ToString().Trim() is { Length: > 0 and <= 200 } key ? key : null;

    private static IResult NoKey() => Results.ValidationProblem(new Dictionary<string, string[]>
    {
        [IdempotencyHeader] = ["The Idempotency-Key header is required (up to 200 characters): one value per checkout attempt."],
    });

    private static IResult Placed(CheckoutResult result)
    {
        var body = StoreOrderJson.From(result.Order, result.OrderToken);
        return result.Created ? Results.Created($"/api/store/orders/{result.OrderToken}", body) : Results.Ok(body);
    }

    private static async Task<IResult> GetOrderAsync(string orderToken, [FromServices] OrderReader orders, CancellationToken cancellationToken) =>
        await orders.GetByTokenAsync(orderToken, cancellationToken) is { } order
            ? Results.Ok(order)
            : StoreProblemFilter.NotFound("No such order.");
}
