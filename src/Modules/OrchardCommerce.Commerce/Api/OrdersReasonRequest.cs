namespace OrchardCommerce.Commerce.Api;

/// <summary>
/// The body of an order action; a reason is required to cancel or fail, optional otherwise. A workflow's worker also
/// sends its process instance key and step, recorded with the action so the order shows where its workflow is.
/// </summary>
public sealed record OrdersReasonRequest(string? Reason, string? ProcessInstanceKey = null, string? CurrentStep = null);
