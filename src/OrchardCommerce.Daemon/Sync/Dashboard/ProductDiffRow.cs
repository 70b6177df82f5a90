namespace OrchardCommerce.Daemon.Sync.Dashboard;

/// <summary>One synced field of a product on both sides; a flag is set where that cell differs from the owner's value.</summary>
/// <param name="Owner">The side that owns the field ("commerce" or "content"); the other side mirrors it.</param>
internal sealed record ProductDiffRow(string Field, string Owner, string? Commerce, string? Latest, string? Published,
    bool CommerceDiffers, bool LatestDiffers, bool PublishedDiffers)
{
    public bool Differs => CommerceDiffers || LatestDiffers || PublishedDiffers;
}
