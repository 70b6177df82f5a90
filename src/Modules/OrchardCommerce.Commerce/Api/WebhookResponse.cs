namespace OrchardCommerce.Commerce.Api;

/// <summary>The answer to an accepted webhook; <see cref="Duplicate"/> true means the event id was seen before and nothing changed.</summary>
public sealed record WebhookResponse(string EventId, bool Duplicate, bool Changed, string? PaymentStatus);
