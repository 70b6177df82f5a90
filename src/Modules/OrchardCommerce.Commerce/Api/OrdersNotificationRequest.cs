namespace OrchardCommerce.Commerce.Api;

/// <summary>POST /api/commerce/orders/{id}/notifications: a notification a workflow sent, e.g. "order-confirmation".</summary>
public sealed record OrdersNotificationRequest(string? Template);
