using System.Text.Json;
using OrchardCommerce.Commerce.Outbox;

namespace OrchardCommerce.Commerce.Payments;

/// <summary>A payment webhook's body: {id, type: payment.confirmed | payment.failed, paymentReference or orderId, reason?}.</summary>
public sealed record PaymentWebhookMessage(string Id, string Type, string? PaymentReference, string? OrderId, string? Reason)
{
    private const int MaxLength = 200;

    /// <summary>Parses and validates, throwing a 400 <see cref="PaymentException"/> naming the first bad field.</summary>
    public static PaymentWebhookMessage Parse(ReadOnlySpan<byte> body)
    {
        JsonElement root;
        try { root = JsonDocument.Parse(body.ToArray()).RootElement; }
        catch (JsonException) { throw PaymentException.Invalid("body", "The body must be a JSON object."); }
        if (root.ValueKind != JsonValueKind.Object) throw PaymentException.Invalid("body", "The body must be a JSON object.");

        var id = Text(root, "id") ?? throw PaymentException.Invalid("id", "The event id is required.");
        var type = Text(root, "type");
        if (type is not (CommerceEvents.PaymentConfirmed or CommerceEvents.PaymentFailed))
            throw PaymentException.Invalid("type", $"The type must be {CommerceEvents.PaymentConfirmed} or {CommerceEvents.PaymentFailed}.");
        var reference = Text(root, "paymentReference");
        var orderId = Text(root, "orderId");
        if (reference is null && orderId is null)
            throw PaymentException.Invalid("paymentReference", "Either paymentReference or orderId is required.");
        return new PaymentWebhookMessage(id, type, reference, orderId, Text(root, "reason"));
    }

    private static string? Text(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 and <= MaxLength } text)
            throw PaymentException.Invalid(name, $"{name} must be a non-empty string of at most {MaxLength} characters.");
        return text;
    }
}
