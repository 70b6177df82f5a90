namespace OrchardCommerce.Workflows.Client.Tests.Infrastructure;

/// <summary>One part of a multipart/form-data request: its name, file name (for files) and content.</summary>
public sealed record RecordedPart(string Name, string? FileName, string? ContentType, string Content);
