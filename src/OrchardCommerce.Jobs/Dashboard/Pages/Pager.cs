using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Jobs.Dashboard.Pages;

/// <summary>Previous / numbered / next links; a window around the current page keeps long lists usable.</summary>
public static class Pager
{
    private const int Window = 3;

    public static Markup Render(int current, int pageSize, long total, Func<int, string> url)
    {
        var pages = (int)Math.Max(1, (total + pageSize - 1) / pageSize);
        if (pages == 1) return Markup.Empty;
        var w = new HtmlWriter();
        w.Append($"<nav class=\"pager\" aria-label=\"Pages\">");
        Link(w, current > 1 ? url(current - 1) : null, "‹ Previous", "prev");
        var shown = Enumerable.Range(1, pages).Where(n => n == 1 || n == pages || Math.Abs(n - current) <= Window).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1) w.Append($"<span class=\"gap\">…</span>");
            if (shown[i] == current) w.Append($"<span class=\"current\" aria-current=\"page\">{current}</span>");
            else Link(w, url(shown[i]), shown[i].ToString(), "");
        }
        Link(w, current < pages ? url(current + 1) : null, "Next ›", "next");
        w.Append($"<span class=\"muted\">page {current} of {pages}</span></nav>");
        return w.ToMarkup();
    }

    private static void Link(HtmlWriter w, string? href, string label, string rel)
    {
        if (href is null) w.Append($"<span class=\"disabled\">{label}</span>");
        else w.Append($"<a href=\"{href}\" rel=\"{rel}\">{label}</a>");
    }
}
