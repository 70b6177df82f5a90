namespace OrchardCommerce.Jobs.Tests.Support;

public sealed record TestPayload(string Text, int Count = 0);
