using Markdig;

namespace OrchardCommerce.Contents.Services;

/// <summary>Markdown to HTML: raw HTML in the source is escaped, and the output still passes the sanitizer (links).</summary>
public sealed class MarkdownRenderer(HtmlSanitizer sanitizer)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    public string ToHtml(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
