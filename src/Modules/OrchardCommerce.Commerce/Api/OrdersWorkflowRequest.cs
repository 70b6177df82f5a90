namespace OrchardCommerce.Commerce.Api;

/// <summary>PUT /api/commerce/orders/{id}/workflow: which process instance drives the order, and its current step.</summary>
public sealed record OrdersWorkflowRequest(string? ProcessInstanceKey, string? CurrentStep);
