namespace OrchardCommerce.Workflows.Client;

/// <summary>What a search answer says about its page: the total and the cursors to page on.</summary>
public sealed record SearchPageInfo(long TotalItems, bool? HasMoreTotalItems, string? StartCursor, string? EndCursor);
