using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Security;
using OrchardCommerce.Webhooks.Models;
using OrchardCommerce.Webhooks.Services;

namespace OrchardCommerce.Webhooks.Api;

/// <summary>
/// /api/webhooks/subscriptions: list, create, get, update, delete and rotate-secret (ManageWebhooks). Secrets appear
/// only in the answers of create and rotate, and in the list when the daemon asks with includeSecrets=true
/// (ReadWebhookSecrets, which only the service token's Daemon role holds).
/// </summary>
public static class WebhookSubscriptionsApi
{
    public const string Path = "/api/webhooks/subscriptions";

    public static IEndpointRouteBuilder MapWebhookSubscriptionsApi(this IEndpointRouteBuilder routes)
    {
        // The list decides in code: ManageWebhooks without secrets, ReadWebhookSecrets with them.
        var open = routes.MapGroup(Path).WithTags("Webhooks").RequireAuthorization();
        open.MapGet("", ListAsync).WithName("Webhooks_List").Produces<WebhookSubscriptionList>().ProducesProblem(StatusCodes.Status403Forbidden);

        var api = routes.MapGroup(Path).WithTags("Webhooks").RequireAuthorization(Permissions.ManageWebhooks);
        api.MapPost("", CreateAsync).WithName("Webhooks_Create").Produces<WebhookSubscription>(StatusCodes.Status201Created).ProducesValidationProblem();
        api.MapGet("/{id}", GetAsync).WithName("Webhooks_Get").Produces<WebhookSubscription>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id}", UpdateAsync).WithName("Webhooks_Update").Produces<WebhookSubscription>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id}", DeleteAsync).WithName("Webhooks_Delete").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id}/rotate-secret", RotateAsync).WithName("Webhooks_RotateSecret").Produces<WebhookSubscription>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, bool? includeSecrets, [FromServices] IAuthorizationService authorization,
        [FromServices] WebhookSubscriptionStore store, CancellationToken cancellationToken)
    {
        var permission = includeSecrets == true ? Permissions.ReadWebhookSecrets : Permissions.ManageWebhooks;
        if (!(await authorization.AuthorizeAsync(context.User, context, permission)).Succeeded)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: $"Listing webhook subscriptions{(includeSecrets == true ? " with their secrets" : "")} needs the {permission} permission.");
        return Results.Ok(new WebhookSubscriptionList(await store.ListAsync(includeSecrets == true, cancellationToken)));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, [FromServices] WebhookSubscriptionStore store, CancellationToken cancellationToken)
    {
        var (input, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null) return problem;
        var created = await store.CreateAsync(input!, cancellationToken);
        return Results.Created($"{request.PathBase}{Path}/{created.Id}", created);
    }

    private static async Task<IResult> GetAsync(string id, [FromServices] WebhookSubscriptionStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken: cancellationToken) is { } subscription ? Results.Ok(subscription) : NotFound(id);

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, [FromServices] WebhookSubscriptionStore store,
        CancellationToken cancellationToken)
    {
        var (input, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null) return problem;
        return await store.UpdateAsync(id, input!, cancellationToken) is { } updated ? Results.Ok(updated) : NotFound(id);
    }

    private static async Task<IResult> DeleteAsync(string id, [FromServices] WebhookSubscriptionStore store, CancellationToken cancellationToken) =>
        await store.DeleteAsync(id, cancellationToken) ? Results.NoContent() : NotFound(id);

    private static async Task<IResult> RotateAsync(string id, [FromServices] WebhookSubscriptionStore store, CancellationToken cancellationToken) =>
        await store.RotateSecretAsync(id, cancellationToken) is { } rotated ? Results.Ok(rotated) : NotFound(id);

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"Webhook subscription '{id}' does not exist.");

    private static async Task<(WebhookSubscriptionInput? Input, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonNode? node;
        try { node = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken); }
        catch (JsonException e) { return (null, Invalid("body", "the body is not valid JSON: " + e.Message)); }
        if (node is not JsonObject body) return (null, Invalid("body", "the body must be a JSON object: {\"url\": …, \"events\": […]}."));
        var (input, errors) = WebhookSubscriptionReader.Read(body);
        return input is null ? (null, Results.ValidationProblem(errors)) : (input, null);
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
