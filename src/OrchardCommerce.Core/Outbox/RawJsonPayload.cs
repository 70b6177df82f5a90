namespace OrchardCommerce.Outbox;

/// <summary>An event's data already serialized as a JSON object: the outbox stores it as it is.</summary>
public sealed record RawJsonPayload(string Json);
