namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>
/// Post-redirect-get messages of the section's buttons. The redirect carries a code and numbers, never text, so a
/// crafted link cannot put words on the page.
/// </summary>
internal static class SyncFlash
{
    public const string ResyncTenant = "resync-tenant";
    public const string ResyncProduct = "resync-product";
    public const string Replayed = "replayed";
    public const string NotReplayed = "not-replayed";
    public const string ReplayedAll = "replayed-all";

    public static string? Message(string? code, long? job, int? count) => code switch
    {
        ResyncTenant => $"Resync of the tenant queued as job #{job}: every product is compared and sent through the sync again.",
        ResyncProduct => $"Resync of the product queued as job #{job}; reload in a moment to see its diff after the run.",
        Replayed => $"Job #{job} was requeued and runs again now.",
        NotReplayed => $"Job #{job} was not requeued: its state does not allow it (any more).",
        ReplayedAll => $"{count ?? 0} dead letter{(count == 1 ? " was" : "s were")} requeued.",
        _ => null,
    };
}
