using System.Text.Json.Nodes;
using OrchardCommerce.Webhooks.Services;

namespace OrchardCommerce.Webhooks.Tests.Services;

public sealed class WebhookSubscriptionReaderTests
{
    private static Dictionary<string, string[]> Errors(string json) => WebhookSubscriptionReader.Read(JsonNode.Parse(json)!.AsObject()).Errors;

    [Fact]
    public void Read_ValidBody_InputWithDefaults()
    {
        var (input, errors) = WebhookSubscriptionReader.Read(JsonNode.Parse("""
            {"url": " https://example.com/hooks ", "events": ["product.*", "order.placed", "product.*", "*", "content.published"]}
            """)!.AsObject());

        errors.Should().BeEmpty();
        input!.Url.Should().Be("https://example.com/hooks");
        input.Events.Should().Equal("product.*", "order.placed", "*", "content.published");
        input.Active.Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"events": ["*"]}""")]
    [InlineData("""{"url": "", "events": ["*"]}""")]
    [InlineData("""{"url": 42, "events": ["*"]}""")]
    [InlineData("""{"url": "/hooks", "events": ["*"]}""")]
    [InlineData("""{"url": "ftp://example.com/hooks", "events": ["*"]}""")]
    [InlineData("""{"url": "https://user:pw@example.com/hooks", "events": ["*"]}""")]
    public void Read_BadUrl_NamesUrl(string json) =>
        Errors(json).Keys.Should().Equal("url");

    [Theory]
    [InlineData("""{"url": "https://example.com"}""")]
    [InlineData("""{"url": "https://example.com", "events": []}""")]
    [InlineData("""{"url": "https://example.com", "events": "product.*"}""")]
    public void Read_MissingOrEmptyEvents_NamesEvents(string json) =>
        Errors(json).Keys.Should().Equal("events");

    [Theory]
    [InlineData("product.creatd")]
    [InlineData("foo.*")]
    [InlineData("product*")]
    [InlineData("**")]
    [InlineData("")]
    public void Read_UnknownEventName_NamesItsIndex(string name)
    {
        var errors = Errors($$"""{"url": "https://example.com", "events": ["order.placed", "{{name}}"]}""");

        errors.Keys.Should().Equal("events[1]");
        errors["events[1]"].Single().Should().Contain("not a known event name");
    }

    [Fact]
    public void Read_ActiveNotBoolean_NamesActive() =>
        Errors("""{"url": "https://example.com", "events": ["*"], "active": "yes"}""").Keys.Should().Equal("active");

    [Fact]
    public void Read_SeveralMistakes_NamesEachField() =>
        Errors("""{"url": "nope", "events": [1], "active": 0}""").Keys.Should().BeEquivalentTo("url", "events[0]", "active");

    [Fact]
    public void Read_EveryKnownNameAndPrefixWildcard_Accepted()
    {
        var names = WebhookEventTypes.Known.Concat(WebhookEventTypes.Known.Select(n => n[..n.IndexOf('.')] + ".*")).ToList();

        var (input, errors) = WebhookSubscriptionReader.Read(new JsonObject
        {
            ["url"] = "http://127.0.0.1:9000/in", ["events"] = new JsonArray([.. names.Select(n => (JsonNode)n)]),
        });

        errors.Should().BeEmpty();
        input!.Events.Should().Contain(["product.created", "stock.changed", "payment.refunded", "branding.changed", "content.*", "order.*"]);
    }
}
