namespace OrchardCommerce.GraphQL.Api.Data.Paging;

/// <summary>A page of a Relay connection.</summary>
/// <param name="TotalCount">Every item that matches the filters (not only this page); null when it was not asked for.</param>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, long? TotalCount);
