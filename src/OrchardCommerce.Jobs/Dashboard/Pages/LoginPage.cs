using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Pages;

/// <summary>The ops login form: one password field for the token.</summary>
internal static class LoginPage
{
    public static string Render(DashboardPage page, string returnUrl, string? error)
    {
        var w = new HtmlWriter();
        if (error is not null) w.Append($"<p class=\"flash error\" role=\"alert\">{error}</p>");
        w.Append($"<form method=\"post\" class=\"login\" action=\"{page.Urls.Login}\">{page.AntiforgeryField}");
        w.Append($"<input type=\"hidden\" name=\"returnUrl\" value=\"{returnUrl}\">");
        w.Append($"<label for=\"token\">Ops token</label>");
        w.Append($"<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required autofocus>");
        w.Append($"<button type=\"submit\" class=\"primary\">Sign in</button>");
        w.Append($"<p class=\"muted\">The token is <code>Jobs:DashboardToken</code>, or the one this server logged at start.</p></form>");
        return DashboardLayout.Render(page, "Sign in", w.ToMarkup(), signedIn: false);
    }
}
