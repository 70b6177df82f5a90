using OrchardCommerce.Media.Services;

namespace OrchardCommerce.Media.Tests.Services;

public sealed class MediaPathTests
{
    [Theory]
    [InlineData("logo.svg", "logo.svg")]
    [InlineData("/logo.svg", "logo.svg")]
    [InlineData("products/Summit-Jacket.PNG", "products/Summit-Jacket.PNG")]
    [InlineData("a/b/c/photo 1.jpeg", "a/b/c/photo 1.jpeg")]
    public void TryNormalize_ValidPath_KeepsCaseAndDropsLeadingSlash(string path, string expected)
    {
        var ok = MediaPath.TryNormalize(path, out var normalized, out var error);

        ok.Should().BeTrue(error);
        normalized.Should().Be(expected);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("../x.png", "'..'")]
    [InlineData("products/../../x.png", "'..'")]
    [InlineData("./x.png", "'.'")]
    [InlineData("products\\x.png", "backslash")]
    [InlineData("x\u0000.png", "control")]
    [InlineData("x\n.png", "control")]
    [InlineData("a//x.png", "empty segments")]
    [InlineData("products/", "empty segments")]
    [InlineData("x.png?v=1", "?")]
    [InlineData("x%2e.png", "%")]
    [InlineData("x.exe", "'.exe' is not allowed")]
    [InlineData("page.html", "'.html' is not allowed")]
    [InlineData("site.css", "'.css' is not allowed")]
    [InlineData("app.js", "'.js' is not allowed")]
    [InlineData("image.svgz", "'.svgz' is not allowed")]
    [InlineData("README", "no file extension")]
    public void TryNormalize_InvalidPath_FailsWithReason(string path, string reason)
    {
        var ok = MediaPath.TryNormalize(path, out var normalized, out var error);

        ok.Should().BeFalse();
        normalized.Should().BeEmpty();
        error.Should().Contain(reason);
    }

    [Fact]
    public void TryNormalize_LongerThanLimit_Fails()
    {
        var atLimit = new string('a', MediaPath.MaxLength - 4) + ".png";

        MediaPath.TryNormalize(atLimit, out _, out _).Should().BeTrue();
        MediaPath.TryNormalize("a" + atLimit, out _, out var error).Should().BeFalse();
        error.Should().Contain("512");
    }

    [Theory]
    [InlineData("logo.svg", "image/svg+xml")]
    [InlineData("a.JPG", "image/jpeg")]
    [InlineData("a.png", "image/png")]
    [InlineData("a.webp", "image/webp")]
    [InlineData("a.avif", "image/avif")]
    [InlineData("a.ico", "image/x-icon")]
    [InlineData("a.pdf", "application/pdf")]
    [InlineData("a.txt", "text/plain")]
    public void ContentTypeOf_AllowedExtension_IsItsMediaType(string path, string expected) =>
        MediaPath.ContentTypeOf(path).Should().Be(expected);

    [Theory]
    [InlineData(null, "")]
    [InlineData("/", "")]
    [InlineData("products/", "products")]
    [InlineData("/products/shoes", "products/shoes")]
    public void TryNormalizeFolder_ValidFolder_IsNormalized(string? folder, string expected)
    {
        MediaPath.TryNormalizeFolder(folder, out var normalized, out _).Should().BeTrue();
        normalized.Should().Be(expected);
    }

    [Fact]
    public void TryNormalizeFolder_ParentSegment_Fails() =>
        MediaPath.TryNormalizeFolder("products/..", out _, out _).Should().BeFalse();
}
