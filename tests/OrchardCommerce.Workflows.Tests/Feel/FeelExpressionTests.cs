using System.Text.Json;
using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Tests.Feel;

public sealed partial class FeelExpressionTests
{
    [Theory]
    [InlineData("=amount > 100", "{\"amount\": 150}", "true")]
    [InlineData("= \"x\" + name", "{\"name\": \"y\"}", "\"xy\"")]
    [InlineData("amount > 100", "{\"amount\": 150}", "\"amount > 100\"")]
    [InlineData("order-created", "{}", "\"order-created\"")]
    [InlineData("", "{}", "\"\"")]
    public void ParseZeebe_EqualsPrefixOrStatic_EvaluatesExpressionOrString(string text, string variables, string expected)
    {
        // Arrange
        var parsed = FeelExpression.ParseZeebe(text);

        // Act
        var actual = parsed.EvaluateToJson(FeelContext.FromJson(variables));

        // Assert
        actual?.ToJsonString().Should().Be(System.Text.Json.Nodes.JsonNode.Parse(expected)!.ToJsonString());
    }

    [Fact]
    public void Evaluate_SameExpressionTwice_UsesEachContext()
    {
        // Arrange
        var parsed = FeelExpression.Parse("for x in xs return x + offset");

        // Act
        var first = parsed.EvaluateToJson(FeelContext.FromJson("{\"xs\": [1], \"offset\": 1}"));
        var second = parsed.EvaluateToJson(FeelContext.FromJson("{\"xs\": [1, 2], \"offset\": 10}"));

        // Assert
        first!.ToJsonString().Should().Be("[2]");
        second!.ToJsonString().Should().Be("[11,12]");
    }

    [Fact]
    public void Evaluate_ContextFromJsonElement_ReturnsDotNetValues()
    {
        // Arrange
        using var document = JsonDocument.Parse("{\"order\": {\"total\": 12.30, \"lines\": [\"a\"]}}");
        var context = FeelContext.FromJson(document.RootElement);

        // Act
        var total = FeelExpression.Parse("order.total").Evaluate(context);
        var lines = FeelExpression.Parse("order.lines").Evaluate(context);
        var order = FeelExpression.Parse("order").Evaluate(context);

        // Assert
        total.Should().Be(12.3m);
        lines.Should().BeEquivalentTo(new List<object?> { "a" });
        order.Should().BeAssignableTo<IReadOnlyDictionary<string, object?>>().Which.Keys.Should().Equal("total", "lines");
    }

    [Fact]
    public void EvaluateToJson_ContextResult_KeepsEntryOrder()
    {
        // Arrange
        var parsed = FeelExpression.Parse("{z: 1, a: 2, m: {y: true}}");

        // Act
        var json = parsed.EvaluateToJson(FeelContext.Empty);

        // Assert
        json!.ToJsonString().Should().Be("{\"z\":1,\"a\":2,\"m\":{\"y\":true}}");
    }

    [Fact]
    public void Evaluate_DecimalArithmetic_StaysExact()
    {
        // Arrange
        var parsed = FeelExpression.Parse("sum(for i in 1..10 return 0.1) * 3");

        // Act
        var result = parsed.Evaluate(FeelContext.Empty);

        // Assert
        result.Should().Be(3m);
    }

    [Fact]
    public void Evaluate_ContextFromJsonBuiltInCode_ReadsValues()
    {
        // Arrange
        var variables = new System.Text.Json.Nodes.JsonObject
        {
            ["count"] = 5, ["price"] = 2.5m, ["name"] = "x", ["flags"] = new System.Text.Json.Nodes.JsonArray(true, false),
        };
        var parsed = FeelExpression.Parse("[count * price, name, flags[2]]");

        // Act
        var json = parsed.EvaluateToJson(FeelContext.FromJson(variables));

        // Assert
        json!.ToJsonString().Should().Be("[12.5,\"x\",false]");
    }
}
