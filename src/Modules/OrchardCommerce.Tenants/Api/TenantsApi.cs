using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Modules;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Security;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Tenants.Api;

/// <summary>Tenant management: only on the Default tenant, only with ManageTenants.</summary>
internal static class TenantsApi
{
    public static void MapTenantsApi(this IEndpointRouteBuilder routes)
    {
        var reads = routes.MapGroup("/api/tenants")
            .WithMetadata(new DefaultTenantOnlyMetadata())
            .RequireAuthorization(Permissions.ViewTenants);
        reads.MapGet("", (ShellHost shells) => Results.Ok(shells.AllSettings.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Select(TenantJson.From)));
        reads.MapGet("/{name}", (string name, ShellHost shells) =>
            shells.Find(name) is { } tenant ? Results.Ok(TenantJson.From(tenant)) : NotFound(name));
        var group = routes.MapGroup("/api/tenants")
            .WithMetadata(new DefaultTenantOnlyMetadata())
            .RequireAuthorization(Permissions.ManageTenants);
        group.MapPost("", CreateAsync);
        group.MapPost("/{name}/disable", (string name, ShellHost shells, CancellationToken ct) => SetStateAsync(shells, name, ShellState.Disabled, ct));
        group.MapPost("/{name}/enable", (string name, ShellHost shells, CancellationToken ct) => SetStateAsync(shells, name, ShellState.Running, ct));
        group.MapDelete("/{name}", RemoveAsync);
    }

    private static async Task<IResult> CreateAsync(CreateTenantRequest request, TenantRequestValidator validator, TenantSetupService setup,
        CancellationToken cancellationToken)
    {
        var hosts = (request.Hosts ?? []).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var prefix = string.IsNullOrWhiteSpace(request.UrlPrefix) ? null : request.UrlPrefix.Trim('/', ' ');
        var (errors, nameTaken) = await validator.ValidateAsync(request.Name, hosts, prefix, request.Recipe, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.AdminUserName)) errors["adminUserName"] = ["The administrator's user name is required."];
        if (string.IsNullOrWhiteSpace(request.AdminEmail)) errors["adminEmail"] = ["The administrator's e-mail address is required."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        if (nameTaken)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: $"A tenant named '{request.Name}' already exists.");

        var settings = new ShellSettings { Name = request.Name!, RequestUrlHosts = hosts, RequestUrlPrefix = prefix, Description = request.Description,
            ProvisionStore = request.Store ?? true };
        try
        {
            var admin = new TenantAdmin(request.AdminUserName!.Trim(), request.AdminEmail!.Trim(), request.AdminPassword);
            var result = await setup.SetupAsync(settings, request.Recipe!, admin, cancellationToken);
            var body = new Dictionary<string, object?>
            {
                ["name"] = result.Tenant.Name,
                ["state"] = result.Tenant.State.ToString(),
                ["hosts"] = result.Tenant.RequestUrlHosts,
                ["urlPrefix"] = result.Tenant.RequestUrlPrefix,
                ["adminUserName"] = result.AdminUserName,
            };
            if (result.GeneratedPassword is not null) body["adminPassword"] = result.GeneratedPassword;
            return Results.Created($"/api/tenants/{result.Tenant.Name}", body);
        }
        catch (RecipeException exception)
        {
            return RecipeProblem.From(exception, "The setup recipe failed");
        }
        catch (UserValidationException exception)
        {
            return Results.ValidationProblem(IdentityErrorFields.ToProblemErrors(exception.Errors, "admin"));
        }
    }

    private static async Task<IResult> SetStateAsync(ShellHost shells, string name, ShellState state, CancellationToken cancellationToken)
    {
        if (shells.Find(name) is not { } tenant) return NotFound(name);
        if (tenant.IsDefault) return DefaultIsFixed("disabled");
        if (tenant.State == ShellState.Uninitialized)
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: $"Tenant '{name}' is not set up yet.");
        tenant.State = state;
        await shells.SaveAsync(tenant, cancellationToken);
        return Results.Ok(TenantJson.From(tenant));
    }

    private static async Task<IResult> RemoveAsync(string name, ShellHost shells, CancellationToken cancellationToken)
    {
        if (shells.Find(name) is not { } tenant) return NotFound(name);
        if (tenant.IsDefault) return DefaultIsFixed("removed");
        await shells.RemoveAsync(tenant.Name, cancellationToken);
        return Results.NoContent();
    }

    private static IResult NotFound(string name) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"No tenant named '{name}'.");

    private static IResult DefaultIsFixed(string what) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [$"The Default tenant cannot be {what}."] });
}
