namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// What a verified webhook did: <see cref="Duplicate"/> when its event id was processed before (nothing happened),
/// otherwise the payment after it (<see cref="Changed"/> false when the payment already had that verdict).
/// </summary>
public sealed record WebhookReceipt(string EventId, bool Duplicate, bool Changed, Payment? Payment);
