namespace OrchardCommerce.Daemon.Sync;

/// <summary>The two directions the sync view reports on.</summary>
public static class SyncDirection
{
    public const string CommerceToContent = "commerce → content";
    public const string ContentToCommerce = "content → commerce";
}
