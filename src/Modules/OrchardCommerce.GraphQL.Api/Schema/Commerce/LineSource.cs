namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>A cart or order line with its document's currency, which its money fields need and the line does not carry.</summary>
public sealed record LineSource<TLine>(TLine Line, string Currency);
