using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Carts;

namespace OrchardCommerce.Commerce.Api;

// Tenant services are [FromServices]: endpoints are built against the host container, which does not know them.
internal static class StoreCartsApi
{
    public static void MapStoreCartsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/store/carts").AllowAnonymous().WithTags("Store").AddEndpointFilter<StoreProblemFilter>();
        group.MapPost("", CreateAsync).WithName("Store_CreateCart")
            .Produces<CartView>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/{cartId}", GetAsync).WithName("Store_GetCart")
            .Produces<CartView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{cartId}/lines", AddLineAsync).WithName("Store_AddCartLine")
            .Produces<CartView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPatch("/{cartId}/lines/{lineId}", UpdateLineAsync).WithName("Store_UpdateCartLine")
            .Produces<CartView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{cartId}/lines/{lineId}", RemoveLineAsync).WithName("Store_RemoveCartLine")
            .Produces<CartView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> CreateAsync(StoreCartRequest request, [FromServices] CartService carts, CancellationToken cancellationToken)
    {
        var cart = await carts.CreateAsync(request.Currency, string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(), cancellationToken);
        return Results.Created($"/api/store/carts/{cart.Id}", cart);
    }

    private static async Task<IResult> GetAsync(string cartId, [FromServices] CartService carts, CancellationToken cancellationToken) =>
        await carts.GetAsync(cartId, cancellationToken) is { } cart ? Results.Ok(cart) : NoCart();

    private static async Task<IResult> AddLineAsync(string cartId, StoreCartLineRequest request, [FromServices] CartService carts,
        CancellationToken cancellationToken) =>
        await carts.AddLineAsync(cartId, request.Sku?.Trim(), request.Quantity ?? 0, cancellationToken) is { } cart ? Results.Ok(cart) : NoCart();

    private static async Task<IResult> UpdateLineAsync(string cartId, string lineId, StoreCartLineRequest request, [FromServices] CartService carts,
        CancellationToken cancellationToken) =>
        await carts.UpdateLineAsync(cartId, lineId, request.Quantity ?? 0, cancellationToken) is { } cart ? Results.Ok(cart) : NoLine();

    private static async Task<IResult> RemoveLineAsync(string cartId, string lineId, [FromServices] CartService carts,
        CancellationToken cancellationToken) =>
        await carts.RemoveLineAsync(cartId, lineId, cancellationToken) is { } cart ? Results.Ok(cart) : NoLine();

    private static IResult NoCart() => StoreProblemFilter.NotFound("No such cart.");

    private static IResult NoLine() => StoreProblemFilter.NotFound("No such cart or cart line.");
}
