using Markdig;
using Microsoft.Extensions.Caching.Memory;

namespace OrchardCommerce.Contents.Services;

/// <summary>Markdown to HTML: raw HTML in the source is escaped, and the output still passes the sanitizer (links).</summary>
public sealed class MarkdownRenderer(HtmlSanitizer sanitizer) : IDisposable
{
    // Rendering and sanitising is a pure function of the text, and read APIs (GraphQL lists, pages) render the same
    // bodies on every request: remember recent results, least recently used ones going first.
    private const int MaxCachedLength = 64 * 1024;
    private static readonly MemoryCacheEntryOptions OneSlot = new() { Size = 1 };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = 2000 });

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown)) return "";
        if (markdown.Length > MaxCachedLength) return Render(markdown);
        if (_rendered.TryGetValue(markdown, out string? html)) return html!;
        html = Render(markdown);
        _rendered.Set(markdown, html, OneSlot);
        return html;
    }

    public void Dispose() => _rendered.Dispose();

    private string Render(string markdown) => sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
