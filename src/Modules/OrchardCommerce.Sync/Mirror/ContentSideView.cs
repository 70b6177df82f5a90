namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// A ProductContent item as the daemon copies it to commerce: its feed version (the last content event's), the
/// product it belongs to (by link, else by handle or SKU; null when none), and the published version's owned fields
/// (null when the item is not published).
/// </summary>
public sealed record ContentSideView(string ContentItemId, string ContentType, long Version, string? ProductId, ContentOwnedFields? Published);
