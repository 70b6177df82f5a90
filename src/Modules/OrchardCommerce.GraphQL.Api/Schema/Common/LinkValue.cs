namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>A link field's value; only safe URLs (relative, http(s), mailto, tel) are ever returned.</summary>
public sealed record LinkValue(string Url, string? Text);
