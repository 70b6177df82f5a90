using System.Text;
using System.Text.Encodings.Web;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Site;

/// <summary>The public site's pages: the tenant's branding around the published item at a route.</summary>
public sealed class SiteRenderer(ContentManager content, ContentHtmlRenderer body)
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <returns>The page's HTML, or null when no published item is at <paramref name="path"/>.</returns>
    public async Task<string?> RenderAsync(string path, string pathBase, CancellationToken cancellationToken)
    {
        var item = await content.GetByRouteAsync(path, VersionOptions.Published, cancellationToken);
        if (item is null) return null;
        var branding = await SiteBranding.LoadAsync(content, cancellationToken);
        var main = new StringBuilder();
        main.Append("<article class=\"content content-").Append(Encoder.Encode(item.ContentType.ToLowerInvariant())).Append("\">");
        main.Append("<h1>").Append(Encoder.Encode(item.DisplayText ?? "")).Append("</h1>");
        await body.RenderAsync(item, main, pathBase, depth: 0, cancellationToken);
        main.Append("</article>");
        return Layout(branding, item.DisplayText, main.ToString(), pathBase);
    }

    public async Task<string> RenderNotFoundAsync(string pathBase, CancellationToken cancellationToken)
    {
        var branding = await SiteBranding.LoadAsync(content, cancellationToken);
        return Layout(branding, "Page not found",
            "<article class=\"not-found\"><h1>Page not found</h1><p>There is no page at this address.</p></article>", pathBase);
    }

    private static string Layout(SiteBranding branding, string? title, string main, string pathBase)
    {
        var siteName = Encoder.Encode(branding.SiteName);
        var variables = string.Concat(branding.Colors.Select(c => $"--{c.Key}:{c.Value};"));
        var logo = branding.LogoPath is { } path && HtmlSanitizer.IsSafeUrl(path)
            ? $"<img class=\"logo\" src=\"{Encoder.Encode(ContentHtmlRenderer.MediaUrl(path, pathBase))}\" alt=\"{siteName}\">"
            : "";
        var tagline = branding.Tagline is { } t ? $"<p class=\"tagline\">{Encoder.Encode(t)}</p>" : "";
        var pageTitle = string.IsNullOrEmpty(title) ? siteName : $"{Encoder.Encode(title)} · {siteName}";
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{pageTitle}}</title>
            <style>
            :root{--primary:#1f2937;--on-primary:#fff;--secondary:#f3f4f6;--on-secondary:#111827;--accent:#2563eb;--on-accent:#fff;{{variables}}}
            body{margin:0;font-family:system-ui,sans-serif;color:#111827;background:#fff;line-height:1.6}
            .site-header{display:flex;gap:1rem;align-items:center;padding:1rem 2rem;background:var(--primary);color:var(--on-primary)}
            .site-header a{color:inherit;text-decoration:none;font-weight:700;font-size:1.25rem}
            .site-header .tagline{margin:0;opacity:.85}
            .logo{max-height:48px}
            main{max-width:960px;margin:0 auto;padding:2rem}
            .content-herosection{background:var(--secondary);color:var(--on-secondary);padding:2rem;border-radius:.5rem;margin:1rem 0}
            .field .label{font-weight:600;color:#6b7280}
            .field-cta{display:inline-block;background:var(--accent);color:var(--on-accent);padding:.5rem 1rem;border-radius:.25rem;text-decoration:none}
            img{max-width:100%}
            footer{padding:1rem 2rem;color:#6b7280;border-top:1px solid var(--secondary)}
            </style>
            </head>
            <body>
            <header class="site-header">{{logo}}<div><a class="site-name" href="{{Encoder.Encode(pathBase)}}/">{{siteName}}</a>{{tagline}}</div></header>
            <main>{{main}}</main>
            <footer>{{siteName}}</footer>
            </body>
            </html>
            """;
    }
}
