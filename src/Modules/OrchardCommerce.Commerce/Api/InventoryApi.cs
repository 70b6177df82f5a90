using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>The admin stock API (ManageInventory): read a SKU's levels, set the counted stock at a location.</summary>
internal static class InventoryApi
{
    public static void MapInventoryApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/commerce/inventory").WithTags("Commerce admin")
            .RequireAuthorization(Permissions.ManageInventory).AddEndpointFilter<StoreProblemFilter>();
        group.MapGet("/{sku}", GetAsync).WithName("Inventory_Get")
            .Produces<VariantStock>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{sku}/{locationHandle}", SetAsync).WithName("Inventory_Set")
            .Produces<VariantStock>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> GetAsync(string sku, [FromServices] StockReader stock, CancellationToken cancellationToken) =>
        await stock.GetBySkuAsync(sku, cancellationToken) is { } found ? Results.Ok(found) : StoreProblemFilter.NotFound($"No variant has SKU '{sku}'.");

    private static async Task<IResult> SetAsync(string sku, string locationHandle, InventorySetRequest request, [FromServices] StockAdmin admin,
        CancellationToken cancellationToken)
    {
        if (request.OnHand is not { } onHand || onHand < 0)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["onHand"] = ["On hand is a count of zero or more."] });
        return await admin.SetOnHandAsync(sku, locationHandle, onHand, cancellationToken) is { } stock
            ? Results.Ok(stock)
            : StoreProblemFilter.NotFound($"No variant has SKU '{sku}', or no location has handle '{locationHandle}'.");
    }
}
