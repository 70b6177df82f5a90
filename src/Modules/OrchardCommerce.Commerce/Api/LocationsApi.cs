using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Inventory;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>The admin API of stock locations (ManageInventory): list, and create or rename by handle.</summary>
internal static class LocationsApi
{
    public static void MapLocationsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/commerce/locations").WithTags("Commerce admin")
            .RequireAuthorization(Permissions.ManageInventory).AddEndpointFilter<StoreProblemFilter>();
        group.MapGet("", async ([FromServices] LocationService locations, CancellationToken cancellationToken) =>
            Results.Ok(await locations.ListAsync(cancellationToken))).WithName("Locations_List").Produces<IReadOnlyList<StockLocation>>();
        group.MapPost("", async (LocationRequest request, [FromServices] LocationService locations, CancellationToken cancellationToken) =>
        {
            var (location, created) = await locations.SaveAsync(request.Handle, request.Name, cancellationToken);
            return created ? Results.Created($"/api/commerce/locations/{location.Handle}", location) : Results.Ok(location);
        }).WithName("Locations_Save").Produces<StockLocation>().Produces<StockLocation>(StatusCodes.Status201Created).ProducesValidationProblem();
    }
}

