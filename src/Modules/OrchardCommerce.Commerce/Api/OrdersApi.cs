using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Orders;
using OrchardCommerce.Data;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>The admin orders API: reads need ViewOrders, actions ManageOrders; every action goes through the state machine.</summary>
internal static class OrdersApi
{
    private delegate Task<OrderView?> OrderAction(OrderService orders, string id, string reason, string actor, CancellationToken cancellationToken);

    public static void MapOrdersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/commerce/orders").WithTags("Commerce admin").AddEndpointFilter<StoreProblemFilter>();
        group.MapGet("", ListAsync).RequireAuthorization(Permissions.ViewOrders).WithName("Orders_List")
            .Produces<OrderPage>().ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).RequireAuthorization(Permissions.ViewOrders).WithName("Orders_Get")
            .Produces<OrderView>().ProducesProblem(StatusCodes.Status404NotFound);
        MapAction(group, "reserve-inventory", "Orders_ReserveInventory", false, (o, id, r, a, ct) => o.ReserveInventoryAsync(id, r, a, ct));
        MapAction(group, "complete", "Orders_Complete", false, (o, id, r, a, ct) => o.CompleteAsync(id, r, a, ct));
        MapAction(group, "cancel", "Orders_Cancel", true, (o, id, r, a, ct) => o.CancelAsync(id, r, a, ct));
        MapAction(group, "fail", "Orders_Fail", true, (o, id, r, a, ct) => o.FailAsync(id, r, a, ct));
        MapAction(group, "fulfill", "Orders_Fulfill", false, (o, id, r, a, ct) => o.FulfillAsync(id, r, a, ct));
        group.MapPost("/{id}/notifications", NotifyAsync).RequireAuthorization(Permissions.ManageOrders).WithName("Orders_Notify")
            .Produces<OrderView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}/workflow", SetWorkflowAsync).RequireAuthorization(Permissions.ManageOrders).WithName("Orders_SetWorkflow")
            .Produces<OrderView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapAction(RouteGroupBuilder group, string verb, string name, bool reasonRequired, OrderAction action) =>
        group.MapPost($"/{{id}}/{verb}", async (string id, HttpContext http, [FromServices] OrderService orders, [FromServices] DbSession session,
                CancellationToken cancellationToken) =>
            {
                var body = http.Request.ContentLength is > 0 || http.Request.HasJsonContentType()
                    ? await http.Request.ReadFromJsonAsync<OrdersReasonRequest>(cancellationToken)
                    : null;
                var reason = body?.Reason?.Trim();
                if (reasonRequired && string.IsNullOrEmpty(reason))
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [$"A reason is required to {verb} an order."] });
                // One unit of work: the action and the workflow's position are recorded together or not at all.
                await using var work = await session.BeginWorkAsync(cancellationToken);
                await RecordWorkflowAsync(orders, id, body?.ProcessInstanceKey, body?.CurrentStep, cancellationToken);
                var order = await action(orders, id, reason ?? $"Requested: {verb}.", Actor(http.User), cancellationToken);
                await work.CompleteAsync(cancellationToken);
                return order is null ? StoreProblemFilter.NotFound($"No order '{id}'.") : Results.Ok(order);
            })
            .RequireAuthorization(Permissions.ManageOrders).WithName(name)
            .Produces<OrderView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> NotifyAsync(string id, OrdersNotificationRequest request, HttpContext http,
        [FromServices] OrderService orders, [FromServices] DbSession session, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Template))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["template"] = ["A notification template is required."] });
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await RecordWorkflowAsync(orders, id, request.ProcessInstanceKey, request.CurrentStep, cancellationToken);
        var order = await orders.RecordNotificationAsync(id, request.Template.Trim(), Actor(http.User), cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return order is null ? StoreProblemFilter.NotFound($"No order '{id}'.") : Results.Ok(order);
    }

    // Before the step itself, which reads the order back for its answer and its event: one read, not two.
    internal static async Task RecordWorkflowAsync(OrderService orders, string id, string? processInstanceKey, string? currentStep,
        CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(processInstanceKey))
            await orders.RecordWorkflowAsync(id, processInstanceKey.Trim(), currentStep?.Trim(), cancellationToken);
    }

    private static async Task<IResult> ListAsync([FromServices] OrderReader orders, CancellationToken cancellationToken,
        int page = 1, int pageSize = 50, string? status = null, string? email = null)
    {
        if (page < 1) return Results.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["Pages start at 1."] });
        if (pageSize is < 1 or > 500) return Results.ValidationProblem(new Dictionary<string, string[]> { ["pageSize"] = ["Between 1 and 500."] });
        return Results.Ok(await orders.ListAsync(page, pageSize, string.IsNullOrWhiteSpace(status) ? null : status.Trim(),
            string.IsNullOrWhiteSpace(email) ? null : email.Trim(), cancellationToken));
    }

    private static async Task<IResult> GetAsync(string id, [FromServices] OrderReader orders, CancellationToken cancellationToken) =>
        await orders.GetAsync(id, withHistory: true, cancellationToken) is { } order ? Results.Ok(order) : StoreProblemFilter.NotFound($"No order '{id}'.");

    private static async Task<IResult> SetWorkflowAsync(string id, OrdersWorkflowRequest request, [FromServices] OrderService orders,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ProcessInstanceKey))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["processInstanceKey"] = ["A process instance key is required."] });
        var order = await orders.SetWorkflowAsync(id, request.ProcessInstanceKey.Trim(), request.CurrentStep?.Trim(), cancellationToken);
        return order is null ? StoreProblemFilter.NotFound($"No order '{id}'.") : Results.Ok(order);
    }

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "admin";
}
