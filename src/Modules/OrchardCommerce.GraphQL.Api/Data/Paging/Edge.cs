namespace OrchardCommerce.GraphQL.Api.Data.Paging;

/// <summary>One item of a connection and the opaque cursor that continues after it.</summary>
public sealed record Edge<T>(T Node, string Cursor);
