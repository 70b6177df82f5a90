using HtmlAgilityPack;

namespace OrchardCommerce.Contents.Services;

/// <summary>
/// Allow-list HTML sanitizer on HtmlAgilityPack: unknown elements are unwrapped (their text kept), dangerous
/// ones dropped with their content, attributes kept only when listed, URLs only with safe schemes.
/// </summary>
public sealed class HtmlSanitizer
{
    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "small", "sub", "sup",
        "blockquote", "code", "pre", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "span", "div", "section", "article",
        "header", "footer", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    };

    // Dropped with everything inside: their content is code or a foreign document, never text to show.
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
        "form", "input", "button", "textarea", "select", "option", "link", "meta", "base", "svg", "math",
    };

    private static readonly HashSet<string> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "title", "href", "src", "alt", "width", "height", "target", "rel", "colspan", "rowspan", "lang", "dir",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "src" };

    public string Sanitize(string? html)
    {
        if (string.IsNullOrEmpty(html)) return html ?? "";
        var document = new HtmlDocument { OptionOutputOriginalCase = false };
        document.LoadHtml(html);
        Clean(document.DocumentNode);
        return document.DocumentNode.InnerHtml;
    }

    private static void Clean(HtmlNode parent)
    {
        foreach (var node in parent.ChildNodes.ToList())
        {
            switch (node.NodeType)
            {
                case HtmlNodeType.Comment:
                    node.Remove();
                    continue;
                case HtmlNodeType.Element when DroppedTags.Contains(node.Name):
                    node.Remove();
                    continue;
                case HtmlNodeType.Element when !AllowedTags.Contains(node.Name):
                    Clean(node);
                    foreach (var child in node.ChildNodes.ToList()) parent.InsertBefore(child, node);
                    node.Remove();
                    continue;
                case HtmlNodeType.Element:
                    CleanAttributes(node);
                    Clean(node);
                    continue;
            }
        }
    }

    private static void CleanAttributes(HtmlNode element)
    {
        foreach (var attribute in element.Attributes.ToList())
        {
            var keep = AllowedAttributes.Contains(attribute.Name)
                && (!UrlAttributes.Contains(attribute.Name) || IsSafeUrl(attribute.DeEntitizeValue));
            if (!keep) attribute.Remove();
        }
        if (element.Name == "a" && element.GetAttributeValue("target", "") == "_blank")
            element.SetAttributeValue("rel", "noopener noreferrer");
    }

    /// <summary>Relative URLs and http(s)/mailto/tel only; browsers ignore whitespace and controls inside a scheme.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (url is null) return false;
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0) return true;
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true;
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel";
    }
}
