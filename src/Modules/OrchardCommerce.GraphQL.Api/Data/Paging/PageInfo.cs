namespace OrchardCommerce.GraphQL.Api.Data.Paging;

/// <summary>
/// Relay's PageInfo for forward paging. <see cref="HasPreviousPage"/> is true when the page starts after a cursor or
/// skips items, which the spec allows instead of counting what lies before.
/// </summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
