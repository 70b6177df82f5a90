using OrchardCommerce.Contents.Site;

namespace OrchardCommerce.Contents.Tests.Site;

public sealed class SiteBrandingTests
{
    [Theory]
    [InlineData("#1f2937", "#ffffff")] // acme's dark slate: the hero text was dark on dark before this
    [InlineData("#14532d", "#ffffff")]
    [InlineData("#fef3c7", "#111827")]
    [InlineData("#facc15", "#111827")]
    [InlineData("#fff", "#111827")]
    [InlineData("#000", "#ffffff")]
    public void ReadableTextOn_HexBackground_PicksTheContrastingText(string background, string expected)
    {
        SiteBranding.ReadableTextOn(background).Should().Be(expected);
    }

    [Theory]
    [InlineData("teal")]
    [InlineData("rgb(1,2,3)")]
    [InlineData("#12345678")]
    public void ReadableTextOn_OtherColourSyntax_LeavesTheDefault(string background)
    {
        SiteBranding.ReadableTextOn(background).Should().BeNull();
    }
}
