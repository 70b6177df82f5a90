using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// Items of one content type: which version, filters, one order, and a forward page (<see cref="First"/> items,
/// after the cursor <see cref="After"/>, then skipping <see cref="Skip"/>).
/// </summary>
/// <remarks>
/// <see cref="Status"/> other than Published shows drafts: the caller must have checked the ViewDrafts permission.
/// </remarks>
public sealed record ContentQuery(string ContentType)
{
    public const int MaxFirst = 100;
    public const int MaxInValues = 100;

    public VersionOptions Status { get; init; } = VersionOptions.Published;
    public IReadOnlyList<ContentFilter> Filters { get; init; } = [];
    public ContentOrder OrderBy { get; init; } = ContentOrder.Default;
    public int First { get; init; } = 20;
    public string? After { get; init; }
    public int Skip { get; init; }
    /// <summary>False saves the COUNT query when the caller did not select totalCount.</summary>
    public bool IncludeTotalCount { get; init; } = true;
}
