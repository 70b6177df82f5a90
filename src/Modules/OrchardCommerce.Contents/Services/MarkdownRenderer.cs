using System.Collections.Concurrent;
using Markdig;

namespace OrchardCommerce.Contents.Services;

/// <summary>Markdown to HTML: raw HTML in the source is escaped, and the output still passes the sanitizer (links).</summary>
public sealed class MarkdownRenderer(HtmlSanitizer sanitizer)
{
    // Rendering and sanitising is a pure function of the text, and read APIs (GraphQL lists, pages) render the same
    // bodies on every request: remember recent results. Bounded by a reset, which is rare and cheap.
    private const int MaxEntries = 2000;
    private const int MaxCachedLength = 64 * 1024;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown)) return "";
        if (markdown.Length > MaxCachedLength) return Render(markdown);
        if (_rendered.TryGetValue(markdown, out var html)) return html;
        html = Render(markdown);
        if (_rendered.Count >= MaxEntries) _rendered.Clear();
        _rendered[markdown] = html;
        return html;
    }

    private string Render(string markdown) => sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
