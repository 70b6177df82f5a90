using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using OrchardCommerce.Jobs.Dashboard.Endpoints;

namespace OrchardCommerce.Jobs.Dashboard.Rendering;

/// <summary>What every page needs besides its data: addresses, the request's antiforgery token, a CSP nonce and "now".</summary>
public sealed record DashboardPage(DashboardUrls Urls, AntiforgeryTokenSet Antiforgery, DateTime NowUtc)
{
    /// <summary>The header a script sends the antiforgery token in, for a POST that is not a form (e.g. JSON).</summary>
    public const string AntiforgeryHeaderName = "X-CSRF-TOKEN";

    /// <summary>The registered sections' navigation links.</summary>
    public IReadOnlyList<DashboardNavLink> Sections { get; init; } = [];

    /// <summary>
    /// A fresh nonce for a policy from <see cref="HtmlPageResult.NonceContentSecurityPolicy"/>; the layout's own script
    /// carries it. Hex, not base64, whose "+" and "/" would be entity-encoded in the attribute.
    /// </summary>
    public string Nonce { get; init; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The page context of a dashboard request, with fresh antiforgery tokens (the cookie half is set on the response).</summary>
    public static DashboardPage For(HttpContext context) => DashboardRequest.Page(context);

    /// <summary>The hidden field every POST form carries; the POST endpoints refuse requests without it.</summary>
    public Markup AntiforgeryField =>
        new HtmlWriter().Append($"<input type=\"hidden\" name=\"{Antiforgery.FormFieldName}\" value=\"{Antiforgery.RequestToken}\">").ToMarkup();

    /// <summary>A one-button POST form; <paramref name="confirm"/> makes dashboard.js ask first.</summary>
    public Markup ButtonForm(string action, string label, string cssClass = "", string? confirm = null, params (string Name, string Value)[] fields)
    {
        var w = new HtmlWriter();
        w.Append($"<form method=\"post\" class=\"inline\" action=\"{action}\"");
        if (confirm is not null) w.Append($" data-confirm=\"{confirm}\"");
        w.Append($">{AntiforgeryField}");
        foreach (var (name, value) in fields) w.Append($"<input type=\"hidden\" name=\"{name}\" value=\"{value}\">");
        w.Append($"<button type=\"submit\" class=\"{cssClass}\">{label}</button></form>");
        return w.ToMarkup();
    }

    /// <summary>"12s ago" / "in 3m": ops read heartbeats and next runs relative to now.</summary>
    public string Relative(DateTime? utc)
    {
        if (utc is not { } at) return "—";
        var delta = at - NowUtc;
        var span = delta.Duration();
        var text = span.TotalSeconds < 60 ? $"{(int)span.TotalSeconds}s"
            : span.TotalMinutes < 60 ? $"{(int)span.TotalMinutes}m"
            : span.TotalHours < 48 ? $"{(int)span.TotalHours}h"
            : $"{(int)span.TotalDays}d";
        return delta < TimeSpan.Zero ? text + " ago" : "in " + text;
    }
}
