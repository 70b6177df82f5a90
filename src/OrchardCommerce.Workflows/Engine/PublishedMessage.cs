namespace OrchardCommerce.Workflows.Engine;

public sealed record PublishedMessage(long MessageKey);
