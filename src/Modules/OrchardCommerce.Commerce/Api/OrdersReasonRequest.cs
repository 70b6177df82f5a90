namespace OrchardCommerce.Commerce.Api;

/// <summary>The body of an order action; a reason is required to cancel or fail, optional otherwise.</summary>
public sealed record OrdersReasonRequest(string? Reason);
