using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Modules;
using OrchardCommerce.Outbox;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Security;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.Tenants.Api;

/// <summary>
/// On the Default tenant: the tenant registry's change feed (GET /api/tenants/events) and store provisioning
/// (POST /api/tenants/{name}/store), both what the daemon uses to give each new tenant its store.
/// </summary>
internal static class TenantStoreApi
{
    public static void MapTenantStoreApi(this IEndpointRouteBuilder routes)
    {
        routes.MapChangeFeed<TenantStream>("/api/tenants/events", Permissions.ViewTenants)
            .WithMetadata(new DefaultTenantOnlyMetadata()).WithName("Tenants.Events.Read").WithTags("Tenants");
        routes.MapPost("/api/tenants/{name}/store", ProvisionAsync)
            .WithMetadata(new DefaultTenantOnlyMetadata())
            .RequireAuthorization(Permissions.ProvisionStores)
            .WithName("Tenants.Store.Provision").WithTags("Tenants");
    }

    private static async Task<IResult> ProvisionAsync(string name, ShellHost shells, StoreProvisioner provisioner, CancellationToken cancellationToken)
    {
        if (shells.Find(name) is not { } tenant)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"No tenant named '{name}'.");
        if (tenant.IsDefault)
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["The Default tenant hosts administration and gets no store."] });
        if (tenant.State != ShellState.Running)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict",
                detail: $"Tenant '{name}' is {tenant.State.ToString().ToLowerInvariant()}; only a running tenant gets a store.");
        try
        {
            return Results.Ok(await provisioner.ProvisionAsync(tenant, cancellationToken));
        }
        catch (RecipeException exception)
        {
            return RecipeProblem.From(exception, "The store recipe failed");
        }
    }
}
