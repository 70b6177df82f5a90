namespace OrchardCommerce.Jobs;

/// <summary>
/// Durable positions of the feeds a daemon follows, kept in the jobs database beside the jobs the feeds produce.
/// </summary>
public interface IFeedCursors
{
    Task<long> GetAsync(string feed, CancellationToken ct = default);

    /// <summary>Saves <paramref name="position"/> unless the feed is already past it.</summary>
    Task AdvanceAsync(string feed, long position, CancellationToken ct = default);
}
