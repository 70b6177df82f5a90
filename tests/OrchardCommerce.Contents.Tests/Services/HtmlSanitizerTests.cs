using OrchardCommerce.Contents.Services;

namespace OrchardCommerce.Contents.Tests.Services;

public sealed class HtmlSanitizerTests
{
    private readonly HtmlSanitizer _sanitizer = new();

    [Fact]
    public void Sanitize_Script_RemovedWithItsCode()
    {
        var html = _sanitizer.Sanitize("<p>Hi</p><script>alert('x')</script><style>body{}</style><iframe src=\"https://evil\"></iframe>");

        html.Should().Be("<p>Hi</p>");
    }

    [Fact]
    public void Sanitize_EventHandlerAttribute_Removed()
    {
        var html = _sanitizer.Sanitize("<img src=\"/media/a.png\" onerror=\"alert(1)\" alt=\"A\">");

        html.Should().Contain("src=\"/media/a.png\"").And.Contain("alt=\"A\"").And.NotContain("onerror");
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")]
    public void Sanitize_ScriptUrl_HrefRemoved(string input)
    {
        var html = _sanitizer.Sanitize(input);

        html.Should().Be("<a>x</a>");
    }

    [Fact]
    public void Sanitize_AllowedMarkup_Kept()
    {
        const string input = "<h2 class=\"lead\">Title</h2><p>Some <strong>bold</strong> and <a href=\"https://example.com/x?y=1\" title=\"t\">link</a>.</p><ul><li>one</li></ul>";

        _sanitizer.Sanitize(input).Should().Be(input);
    }

    [Fact]
    public void Sanitize_UnknownElement_UnwrappedKeepingText()
    {
        _sanitizer.Sanitize("<p><blink>Hello</blink> <custom-el data-x=\"1\">there</custom-el></p>").Should().Be("<p>Hello there</p>");
    }

    [Fact]
    public void Sanitize_Twice_SameResult()
    {
        var once = _sanitizer.Sanitize("<p onclick=\"x()\">a<br>b<img src=x onerror=y></p><!-- c -->");

        _sanitizer.Sanitize(once).Should().Be(once);
    }

    [Fact]
    public void MarkdownToHtml_RawHtmlAndScriptLinks_Neutralized()
    {
        var renderer = new MarkdownRenderer(_sanitizer);

        var html = renderer.ToHtml("# Hi\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) **bold**");

        html.Should().Contain("<h1").And.Contain("<strong>bold</strong>").And.NotContain("<script").And.NotContain("javascript:");
    }
}
