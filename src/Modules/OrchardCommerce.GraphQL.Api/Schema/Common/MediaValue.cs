namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>One file of a media field: the stored path, the URL a browser loads it from, and its alternative text.</summary>
public sealed record MediaValue(string Path, string Url, string? Alt);
