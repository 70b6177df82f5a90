namespace OrchardCommerce.Jobs.Dashboard.Rendering;

/// <summary>Every dashboard address in one place, so pages, redirects and routes agree; values are URL-escaped here.</summary>
public sealed class DashboardUrls(string root)
{
    /// <summary>The dashboard's mount point including the path base, without a trailing slash ("" at the site root).</summary>
    public string Root { get; } = root.TrimEnd('/');

    public string Overview => Root + "/";
    public string Login => Root + "/login";
    public string Logout => Root + "/logout";
    public string Recurring => Root + "/recurring";
    public string Servers => Root + "/servers";
    public string Stats => Root + "/api/stats";
    public string RequeueDeadLetters => Root + "/dead-letters/requeue";

    public string Asset(string name) => $"{Root}/assets/{name}";

    public string List(JobState state, string? search = null, int page = 1, int? pageSize = null)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(search)) query.Add("search=" + Uri.EscapeDataString(search));
        if (page > 1) query.Add("page=" + page);
        if (pageSize is { } size) query.Add("size=" + size);
        return $"{Root}/state/{Slug(state)}" + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }

    public string Job(long id) => $"{Root}/job/{id}";
    public string RequeueJob(long id) => $"{Root}/job/{id}/requeue";
    public string DeleteJob(long id) => $"{Root}/job/{id}/delete";
    public string TriggerRecurring(string id) => $"{Root}/recurring/{Uri.EscapeDataString(id)}/trigger";

    public static string Slug(JobState state) => state.ToString().ToLowerInvariant();

    public static JobState? ParseSlug(string slug) =>
        Enum.TryParse<JobState>(slug, ignoreCase: true, out var state) && Enum.IsDefined(state) && !int.TryParse(slug, out _)
            ? state
            : null;
}
