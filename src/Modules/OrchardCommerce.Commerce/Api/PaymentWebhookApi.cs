using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// POST /api/store/payments/{provider}/webhook: anonymous, trusted only through its Commerce-Signature header.
/// A replayed event id answers 200 {duplicate: true} and changes nothing: gateways retry any non-2xx answer, and a
/// genuine redelivery (our first 200 lost on the way) must end the retries, not start an error loop. The replay is
/// rejected in effect, which is what matters; the flag lets a sender tell the two apart.
/// </summary>
internal static class PaymentWebhookApi
{
    private const int MaxBodyBytes = 64 * 1024;

    public static void MapPaymentWebhookApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/store/payments/{provider}/webhook", ReceiveAsync)
            .AllowAnonymous()
            .WithName("Store.Payments.Webhook")
            .WithTags("Store")
            .Produces<WebhookResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ReceiveAsync(string provider, HttpRequest request, [FromServices] PaymentWebhookProcessor processor,
        CancellationToken cancellationToken)
    {
        // The signature covers the exact bytes sent, so the body is read raw, never re-serialised.
        var body = await ReadBoundedAsync(request.Body, cancellationToken);
        if (body is null)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: $"Webhook bodies are limited to {MaxBodyBytes} bytes.");
        try
        {
            var receipt = await processor.ProcessAsync(provider, request.Headers[WebhookSignature.HeaderName].ToString(), body,
                cancellationToken);
            return Results.Ok(new WebhookResponse(receipt.EventId, receipt.Duplicate, receipt.Changed, receipt.Payment?.Status));
        }
        catch (PaymentException exception) { return exception.ToProblem(); }
    }

    // Stops reading past the limit, so an anonymous caller cannot make us buffer an arbitrarily large body.
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
