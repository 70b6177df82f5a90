namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// POST /api/commerce/orders/{id}/notifications: a notification a workflow sent, e.g. "order-confirmation", with the
/// workflow's position like the order actions take it.
/// </summary>
public sealed record OrdersNotificationRequest(string? Template, string? ProcessInstanceKey = null, string? CurrentStep = null);
