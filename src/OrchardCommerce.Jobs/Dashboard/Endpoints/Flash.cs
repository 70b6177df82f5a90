namespace OrchardCommerce.Jobs.Dashboard.Endpoints;

/// <summary>
/// Post-redirect-get messages. The redirect carries a code, never text, so a crafted link cannot put words on the page.
/// </summary>
internal static class Flash
{
    public const string Requeued = "requeued";
    public const string NotRequeued = "not-requeued";
    public const string Deleted = "deleted";
    public const string NotDeleted = "not-deleted";
    public const string RequeuedAll = "requeued-all";
    public const string Triggered = "triggered";

    public static string? Message(string? code, int? count) => code switch
    {
        Requeued => "The job was requeued.",
        NotRequeued => "The job was not requeued: its state does not allow it (any more).",
        Deleted => "The job was deleted.",
        NotDeleted => "The job was not deleted: its state does not allow it (any more).",
        RequeuedAll => $"{count ?? 0} dead letter{(count == 1 ? " was" : "s were")} requeued.",
        Triggered => "The recurring job was triggered; this is its new run.",
        _ => null,
    };
}
