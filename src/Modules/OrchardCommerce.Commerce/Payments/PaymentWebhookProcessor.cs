using Dapper;
using Microsoft.AspNetCore.Http;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Security;

namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// Turns a gateway's signed callback into a payment verdict: signature and timestamp first (401), then the body
/// (400), then, in one unit of work, the receipt of its event id (the replay guard) and the verdict itself, so a
/// verdict that fails also forgets the receipt and the gateway's retry can succeed.
/// </summary>
public sealed class PaymentWebhookProcessor(DbSession session, PaymentProviders providers, WebhookSecretStore secrets,
    PaymentStore store, PaymentService payments, TimeProvider clock)
{
    public async Task<WebhookReceipt> ProcessAsync(string provider, string? signatureHeader, byte[] body, CancellationToken cancellationToken = default)
    {
        var gateway = providers.Find(provider) ?? throw PaymentException.NotFound($"No payment provider '{provider}'.");
        var secret = await secrets.GetOrCreateAsync(cancellationToken);
        var check = WebhookSignature.Verify(signatureHeader, secret.Secret, body, clock.GetUtcNow());
        if (check != WebhookSignatureCheck.Valid)
            throw new PaymentException(StatusCodes.Status401Unauthorized, SignatureProblem(check));
        var message = PaymentWebhookMessage.Parse(body);

        await using var work = await session.BeginWorkAsync(cancellationToken);
        var received = await work.Connection.ExecuteAsync("""
            INSERT INTO commerce_webhook_receipts (provider, event_id, type, received_utc) VALUES (@provider, @id, @type, @now)
            ON CONFLICT (provider, event_id) DO NOTHING
            """, new { provider = gateway.Name, id = message.Id, type = message.Type, now = clock.GetUtcNow().UtcDateTime }, work.Transaction);
        if (received == 0)
        {
            await work.CompleteAsync(cancellationToken);
            return new WebhookReceipt(message.Id, Duplicate: true, Changed: false, Payment: null);
        }
        var payment = message.PaymentReference is { } reference
            ? await store.FindByReferenceAsync(gateway.Name, reference, cancellationToken)
            : await store.FindByOrderAsync(message.OrderId!, cancellationToken);
        if (payment is null || !payment.Provider.Equals(gateway.Name, StringComparison.OrdinalIgnoreCase))
            throw PaymentException.NotFound($"No {gateway.Name} payment for {message.PaymentReference ?? message.OrderId}.");
        var changed = await payments.ApplyConfirmationAsync(payment, message.Type == CommerceEvents.PaymentConfirmed, message.Reason,
            cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return new WebhookReceipt(message.Id, Duplicate: false, changed, payment);
    }

    private static string SignatureProblem(WebhookSignatureCheck check) => check switch
    {
        WebhookSignatureCheck.Missing => $"The {WebhookSignature.HeaderName} header is missing.",
        WebhookSignatureCheck.Malformed => $"The {WebhookSignature.HeaderName} header needs t=<unix seconds>,v1=<hex HMAC-SHA256>.",
        WebhookSignatureCheck.OutsideTolerance => "The signature's timestamp is outside the tolerance of 300 seconds.",
        _ => "The signature does not match the body.",
    };
}
