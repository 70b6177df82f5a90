using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Tests.Feel;

/// <summary>Evaluates an expression over JSON variables and compares the JSON result structurally.</summary>
internal static class FeelCheck
{
    public static void Evaluates(string expression, string variables, string expected)
    {
        // Arrange
        var parsed = FeelExpression.Parse(expression);
        var context = FeelContext.FromJson(variables);

        // Act
        var actual = parsed.EvaluateToJson(context);

        // Assert
        var expectedNode = JsonNode.Parse(expected);
        JsonNode.DeepEquals(actual, expectedNode).Should().BeTrue(
            $"'{expression}' with {variables} should give {expected} but gave {actual?.ToJsonString() ?? "null"}");
    }
}
