namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// A timer of an instance. OwnerKey is the element instance it belongs to (the catch event, the activity of a
/// boundary event, an event-based gateway, or the scope of an event subprocess); ElementId is the timer event.
/// </summary>
internal sealed class TimerRecord
{
    public long Key { get; set; }

    public long OwnerKey { get; set; }

    public string ElementId { get; set; } = "";

    public DateTimeOffset Due { get; set; }

    /// <summary>Firings left after this one for a cycle; -1 = unbounded, 0 = last.</summary>
    public int Repetitions { get; set; }

    /// <summary>The cycle's ISO 8601 interval, when there are repetitions.</summary>
    public string? Interval { get; set; }
}
