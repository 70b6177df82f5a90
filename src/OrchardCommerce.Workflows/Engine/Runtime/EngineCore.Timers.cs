using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// Timers (reference §5.6) and everything else that comes due: the timer loop submits <see cref="Tick"/>, which
/// handles each due entry that is still current. Timers never fire early, and overdue ones fire after a restart.
/// </summary>
internal sealed partial class EngineCore
{
    private bool OpenTimer(InstanceRecord instance, ElementRecord owner, BpmnElement timerEvent)
    {
        var definition = timerEvent.Event;
        if (!TryEvaluateString(instance, owner.Key, definition.Timer!, out var text, out var error)
            || !TrySchedule(definition.TimerKind, text, Now, out var due, out var repetitions, out var interval))
        {
            RaiseIncident(instance, owner, "EXTRACT_VALUE_ERROR", error.Length > 0 ? error : $"Invalid timer {definition.TimerKind.ToString().ToLowerInvariant()} '{text}'", IncidentStep.Activate);
            return false;
        }

        var timer = new TimerRecord { Key = NewKey(), OwnerKey = owner.Key, ElementId = timerEvent.Id, Due = due, Repetitions = repetitions, Interval = interval };
        instance.Timers[timer.Key] = timer;
        _owners[timer.Key] = instance.Key;
        _due.Add(DueKind.Timer, timer.Key, due);
        Touch(instance);
        return true;
    }

    /// <summary>The first due time; for a cycle also the firings left after the first (-1 = unbounded) and the interval.</summary>
    private static bool TrySchedule(TimerKind kind, string text, DateTimeOffset now, out DateTimeOffset due, out int repetitions, out string? interval)
    {
        (due, repetitions, interval) = (now, 0, null);
        switch (kind)
        {
            case TimerKind.Duration when IsoDuration.TryParse(text, out var duration):
                due = duration.AddTo(now);
                return true;
            case TimerKind.Date when IsoTimer.TryParseDate(text, out var date):
                due = date;
                return true;
            case TimerKind.Cycle when IsoCycle.TryParse(text, out var cycle):
                due = cycle!.FirstDue(now);
                repetitions = cycle.Repetitions < 0 ? -1 : Math.Max(cycle.Repetitions - 1, 0);
                interval = text.Trim().Split('/')[^1];
                return true;
            default:
                return false;
        }
    }

    public object? Tick()
    {
        var now = Now;
        while (_due.TryTakeDue(now, out var entry))
        {
            switch (entry.Kind)
            {
                case DueKind.Timer when InstanceOwning(entry.Key) is { } instance && instance.Timers.TryGetValue(entry.Key, out var timer) && timer.Due == entry.Due:
                    FireTimer(instance, timer);
                    break;
                case DueKind.StartTimer when _startTimers.TryGetValue(entry.Key, out var startTimer) && startTimer.Due == entry.Due:
                    FireStartTimer(startTimer);
                    break;
                case DueKind.JobDeadline when InstanceOwning(entry.Key) is { } instance && instance.Jobs.TryGetValue(entry.Key, out var job)
                    && job.Status == JobStatus.Activated && job.Deadline == entry.Due:
                    job.ViewState = "TIMED_OUT";
                    MakeActivatable(instance, job);
                    break;
                case DueKind.JobBackoff when InstanceOwning(entry.Key) is { } instance && instance.Jobs.TryGetValue(entry.Key, out var job)
                    && job.Status == JobStatus.Activatable && job.BackoffUntil == entry.Due:
                    MakeActivatable(instance, job);
                    break;
                case DueKind.MessageExpiry when _messages.TryGetValue(entry.Key, out var message) && message.Expires == entry.Due:
                    Unbuffer(message);
                    Changes.Messages[entry.Key] = null;
                    break;
            }

            RunAgenda();
        }

        return null;
    }

    private void FireTimer(InstanceRecord instance, TimerRecord timer)
    {
        var owner = instance.Elements[timer.OwnerKey];
        var element = ProcessOf(instance).Element(timer.ElementId);
        if (timer.Repetitions != 0 && !element.Interrupting && Reschedule(timer.Interval, timer.Due) is { } next)
        {
            timer.Due = next;
            timer.Repetitions = timer.Repetitions < 0 ? -1 : timer.Repetitions - 1;
            _due.Add(DueKind.Timer, timer.Key, next);
            Touch(instance);
        }
        else
        {
            RemoveTimer(instance, timer);
        }

        Trigger(instance, owner, element, null);
    }

    /// <summary>The next firing of a cycle: one interval after the last due time, but never in the past.</summary>
    private DateTimeOffset? Reschedule(string? interval, DateTimeOffset last)
    {
        if (interval is null || !IsoDuration.TryParse(interval, out var duration))
        {
            return null;
        }

        var next = duration.AddTo(last);
        return next > Now ? next : duration.AddTo(Now);
    }
}
