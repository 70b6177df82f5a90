using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Orders;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Data;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>Admin payment routes (ManageOrders): charge an order, refund it, and read or rotate the webhook secret.</summary>
internal static class PaymentsApi
{
    private const string Tag = "Commerce admin";

    public static void MapPaymentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/commerce").RequireAuthorization(Permissions.ManageOrders).WithTags(Tag);
        group.MapPost("/orders/{id}/verify-payment", VerifyAsync)
            .WithName("Commerce.Payments.Verify")
            .Produces<Payment>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/orders/{id}/refunds", RefundAsync)
            .WithName("Commerce.Payments.Refund")
            .Produces<RefundResponse>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/payments/webhook-secret", async ([FromServices] WebhookSecretStore secrets, CancellationToken ct) =>
                Results.Ok(await secrets.GetOrCreateAsync(ct)))
            .WithName("Commerce.Payments.WebhookSecret").Produces<WebhookSecret>();
        group.MapPost("/payments/webhook-secret/rotate", async ([FromServices] WebhookSecretStore secrets, CancellationToken ct) =>
                Results.Ok(await secrets.RotateAsync(ct)))
            .WithName("Commerce.Payments.RotateWebhookSecret").Produces<WebhookSecret>();
    }

    /// <summary>A workflow's worker may send {processInstanceKey, currentStep}: recorded with the charge, in its unit of work.</summary>
    private static async Task<IResult> VerifyAsync(string id, HttpRequest request, [FromServices] PaymentService payments,
        [FromServices] OrderService orders, [FromServices] DbSession session, CancellationToken cancellationToken)
    {
        var position = request.ContentLength is > 0 || request.HasJsonContentType()
            ? await request.ReadFromJsonAsync<OrdersWorkflowRequest>(cancellationToken)
            : null;
        try
        {
            await using var work = await session.BeginWorkAsync(cancellationToken);
            // First, so the order.status_changed events of the charge show where the workflow is.
            await OrdersApi.RecordWorkflowAsync(orders, id, position?.ProcessInstanceKey, position?.CurrentStep, cancellationToken);
            var payment = await payments.VerifyAsync(id, cancellationToken);
            await work.CompleteAsync(cancellationToken);
            return Results.Ok(payment);
        }
        catch (PaymentException exception) { return exception.ToProblem(); }
    }

    private static async Task<IResult> RefundAsync(string id, HttpRequest request, [FromServices] PaymentService payments, CancellationToken cancellationToken)
    {
        JsonObject? body;
        try { body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) as JsonObject; }
        catch (JsonException) { body = null; }
        if (body is null) return Invalid("body", "The body must be a JSON object {amount, reason}.");
        if (body["amount"] is not JsonValue amountNode || !amountNode.TryGetValue(out long amount))
            return Invalid("amount", "The amount is required, as a whole number of minor units.");
        var reasonNode = body["reason"];
        if (reasonNode is not null && (reasonNode is not JsonValue reasonValue || !reasonValue.TryGetValue(out string? _)))
            return Invalid("reason", "The reason must be a string.");
        try
        {
            var (refund, payment) = await payments.RefundAsync(id, amount, (string?)reasonNode, cancellationToken);
            return Results.Created($"/api/commerce/orders/{id}/refunds/{refund.Id}", new RefundResponse(refund, payment));
        }
        catch (PaymentException exception) { return exception.ToProblem(); }
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
