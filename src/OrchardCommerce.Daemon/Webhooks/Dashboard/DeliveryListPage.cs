using OrchardCommerce.Jobs.Dashboard.Pages;
using OrchardCommerce.Jobs.Dashboard.Rendering;

namespace OrchardCommerce.Daemon.Webhooks.Dashboard;

/// <summary>/webhooks: recent deliveries (each one's latest attempt), newest first, filtered by tenant and status.</summary>
internal static class DeliveryListPage
{
    public const int PageSize = 25;

    public static Markup Render(DashboardPage page, WebhookUrls urls, string? tenant, string? status, int pageNumber,
        IReadOnlyList<string> tenants, IReadOnlyList<WebhookDeliveryAttempt> items, long total)
    {
        var w = new HtmlWriter();
        w.Append($"<form method=\"get\" class=\"search\" action=\"{urls.Root}\" role=\"search\">");
        w.Append($"<select name=\"tenant\" aria-label=\"Tenant\"><option value=\"\">All tenants</option>");
        foreach (var name in tenants) w.Append($"<option value=\"{name}\"{Selected(name == tenant)}>{name}</option>");
        w.Append($"</select><select name=\"status\" aria-label=\"Status\"><option value=\"\">Any status</option>");
        foreach (var outcome in WebhookDeliveryOutcome.All) w.Append($"<option value=\"{outcome}\"{Selected(outcome == status)}>{outcome}</option>");
        w.Append($"</select><button type=\"submit\">Filter</button></form>");
        w.Append($"<p class=\"muted\">{total} deliver{(total == 1 ? "y" : "ies")}, newest first</p>");
        if (items.Count == 0) w.Append($"<p class=\"empty\">No deliveries here.</p>");
        else w.Append($"{Table(page, urls, items)}");
        w.Append($"{Pager.Render(pageNumber, PageSize, total, n => urls.List(tenant, status, n))}");
        return w.ToMarkup();
    }

    private static Markup Table(DashboardPage page, WebhookUrls urls, IReadOnlyList<WebhookDeliveryAttempt> items)
    {
        var w = new HtmlWriter();
        w.Append($"<table class=\"deliveries\"><thead><tr><th>Delivery</th><th>Tenant</th><th>Event</th><th>Subscription</th><th>URL</th>");
        w.Append($"<th>Attempt</th><th>Status</th><th>Last error</th><th>When</th></tr></thead><tbody>");
        foreach (var item in items)
        {
            w.Append($"<tr><td><a href=\"{urls.Delivery(item.JobId)}\">#{item.JobId}</a>");
            if (item.RedeliveryOf is { } original) w.Append($" <span class=\"muted\">redelivery of #{original}</span>");
            w.Append($"</td><td>{item.Tenant}</td><td class=\"type\">{item.EventType}<br><span class=\"muted key\">{item.EventId}</span></td>");
            w.Append($"<td class=\"key\">{item.SubscriptionId}</td><td class=\"key\">{item.Url}</td><td>{item.Attempt}</td>");
            w.Append($"<td>{DeliveryBadge.Render(item)}</td><td class=\"error\">{item.Error ?? ""}</td>");
            w.Append($"<td><time title=\"{item.AtUtc} UTC\">{page.Relative(item.AtUtc)}</time></td></tr>");
        }
        w.Append($"</tbody></table>");
        return w.ToMarkup();
    }

    private static Markup Selected(bool selected) => selected ? new Markup(" selected") : Markup.Empty;
}
