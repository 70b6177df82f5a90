using System.Collections;
using OrchardCommerce.Jobs.Storage;

namespace OrchardCommerce.Jobs.Execution;

/// <summary>
/// The log scope of one job run: the same four properties a dictionary would carry (providers read scope state as
/// key/value pairs), without building a dictionary for every job when nothing may even be listening.
/// </summary>
internal sealed class JobLogScope(ClaimedJob job) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 4;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("JobId", job.Id),
        1 => new("JobType", job.Type),
        2 => new("Attempt", job.Attempt),
        3 => new("Queue", job.Queue),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"JobId:{job.Id} JobType:{job.Type} Attempt:{job.Attempt} Queue:{job.Queue}";
}
