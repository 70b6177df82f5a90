namespace OrchardCommerce.Jobs.Dashboard.Rendering;

/// <summary>The frame around every signed-in page: head, navigation (sections included), sign-out, and the page's content.</summary>
public static class DashboardLayout
{
    private static readonly (JobState State, string Label)[] StateLinks =
    [
        (JobState.Enqueued, "Enqueued"), (JobState.Scheduled, "Scheduled"), (JobState.Processing, "Processing"),
        (JobState.Succeeded, "Succeeded"), (JobState.Failed, "Failed"), (JobState.DeadLettered, "Dead letters"),
        (JobState.Deleted, "Deleted"),
    ];

    public static string Label(JobState state) => StateLinks.First(link => link.State == state).Label;

    /// <summary>
    /// The whole page. <paramref name="title"/> and <paramref name="flash"/> are encoded; <paramref name="head"/> is
    /// extra markup for the head (a section's stylesheets, nonce'd scripts, meta tags).
    /// </summary>
    public static string Render(DashboardPage page, string title, Markup content, string? flash = null, bool signedIn = true, Markup head = default)
    {
        var urls = page.Urls;
        var w = new HtmlWriter();
        w.Append($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        w.Append($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title} · Jobs</title>");
        // An empty icon: otherwise browsers ask the host for /favicon.ico, which is not the dashboard's to answer.
        w.Append($"<link rel=\"icon\" href=\"data:,\">");
        w.Append($"<link rel=\"stylesheet\" href=\"{urls.Asset("dashboard.css")}\">");
        w.Append($"<script src=\"{urls.Asset("dashboard.js")}\" nonce=\"{page.Nonce}\" defer></script>{head}</head><body>");
        w.Append($"<header><a class=\"brand\" href=\"{urls.Overview}\">Jobs</a>");
        if (signedIn)
        {
            w.Append($"<nav><a href=\"{urls.Overview}\">Overview</a>");
            foreach (var (state, label) in StateLinks) w.Append($"<a href=\"{urls.List(state)}\">{label}</a>");
            w.Append($"<a href=\"{urls.Recurring}\">Recurring</a><a href=\"{urls.Servers}\">Servers</a>");
            foreach (var section in page.Sections) w.Append($"<a class=\"section\" href=\"{section.Href}\">{section.Title}</a>");
            w.Append($"</nav>{page.ButtonForm(urls.Logout, "Sign out", "link")}");
        }
        w.Append($"</header><main><h1>{title}</h1>");
        if (flash is not null) w.Append($"<p class=\"flash\" role=\"status\">{flash}</p>");
        w.Append($"{content}</main></body></html>");
        return w.ToString();
    }
}
