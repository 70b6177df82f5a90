namespace OrchardCommerce.Sync.Mirror;

/// <summary>What a mirror write did: "created", "linked", "updated", "repaired", "archived", or "stale"/"unchanged" (nothing written).</summary>
public sealed record MirrorResult(bool Applied, string Action, string? ContentItemId, long CommerceVersion);
