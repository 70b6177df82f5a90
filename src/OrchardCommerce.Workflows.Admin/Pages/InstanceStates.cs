using OrchardCommerce.Workflows.Client;

namespace OrchardCommerce.Workflows.Admin.Pages;

/// <summary>The list's state filters (query value, label, search filter) and the badge of an instance's state.</summary>
internal static class InstanceStates
{
    public static readonly IReadOnlyList<(string? Slug, string Label, ProcessInstanceFilter? Filter)> Filters =
    [
        (null, "All", null),
        ("active", "Active", new ProcessInstanceFilter { State = "ACTIVE" }),
        ("completed", "Completed", new ProcessInstanceFilter { State = "COMPLETED" }),
        ("terminated", "Terminated", new ProcessInstanceFilter { State = "TERMINATED" }),
        ("incident", "With incident", new ProcessInstanceFilter { HasIncident = true }),
    ];

    /// <summary>False for a state the list does not know (the page answers 404 rather than guess).</summary>
    public static bool TryFind(string? slug, out (string? Slug, string Label, ProcessInstanceFilter? Filter) filter)
    {
        filter = Filters.FirstOrDefault(f => string.Equals(f.Slug, string.IsNullOrEmpty(slug) ? null : slug, StringComparison.Ordinal));
        return filter.Label is not null;
    }

    /// <summary>The CSS class of a state badge: an instance with an incident shows as such whatever its state.</summary>
    public static string BadgeClass(ProcessInstance instance) =>
        instance.HasIncident ? "wf-state-incident" : "wf-state-" + instance.State.ToLowerInvariant();

    public static string BadgeText(ProcessInstance instance) => instance.HasIncident ? $"{instance.State} · incident" : instance.State;
}
