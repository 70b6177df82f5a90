using OrchardCommerce.Daemon.Webhooks;

namespace OrchardCommerce.Daemon.Tests.Webhooks;

public sealed class WebhookEventMatcherTests
{
    [Theory]
    [InlineData("*", "product.created", true)]
    [InlineData("*", "content.published", true)]
    [InlineData("product.*", "product.created", true)]
    [InlineData("product.*", "product.deleted", true)]
    [InlineData("product.*", "price.changed", false)]
    [InlineData("product.*", "products.created", false)]
    [InlineData("product.*", "product", false)]
    [InlineData("order.placed", "order.placed", true)]
    [InlineData("order.placed", "order.status_changed", false)]
    [InlineData("order.placed", "Order.Placed", false)]
    [InlineData(".*", "product.created", false)]
    public void Matches_PatternAndType_AsDocumented(string pattern, string type, bool expected) =>
        WebhookEventMatcher.Matches(pattern, type).Should().Be(expected);

    [Fact]
    public void MatchesAny_OneOfSeveralPatterns_True()
    {
        WebhookEventMatcher.MatchesAny(["order.placed", "stock.*"], "stock.changed").Should().BeTrue();
        WebhookEventMatcher.MatchesAny(["order.placed", "stock.*"], "price.changed").Should().BeFalse();
        WebhookEventMatcher.MatchesAny([], "price.changed").Should().BeFalse();
    }
}
