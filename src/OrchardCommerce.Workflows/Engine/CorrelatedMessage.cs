namespace OrchardCommerce.Workflows.Engine;

/// <summary>A synchronously correlated message and the first instance it reached (reference §2.12).</summary>
public sealed record CorrelatedMessage(long MessageKey, long ProcessInstanceKey);
