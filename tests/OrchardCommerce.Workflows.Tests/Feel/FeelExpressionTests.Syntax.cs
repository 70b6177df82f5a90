using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Tests.Feel;

public sealed partial class FeelExpressionTests
{
    [Theory]
    [InlineData("1 +", 3, "an expression")]
    [InlineData("(1 + 2", 6, "')'")]
    [InlineData("[1, 2", 5, "',' or ']'")]
    [InlineData("{a 1}", 3, "':'")]
    [InlineData("\"open", 5, "a closing '\"'")]
    [InlineData("if a then b", 11, "'else'")]
    [InlineData("for x [1] return x", 6, "'in'")]
    [InlineData("some x in xs return x", 13, "'satisfies'")]
    [InlineData("1 2", 2, "an operator or end of input")]
    [InlineData("a # b", 2, "an expression")]
    [InlineData("x between 1 or 2", 12, "'and'")]
    [InlineData("f(a: 1, 2)", 8, "a named argument")]
    [InlineData("a.", 2, "a name after '.'")]
    [InlineData("\"\\q\"", 1, "a valid escape sequence")]
    public void Parse_BrokenExpression_ThrowsWithExpectationAndPosition(string text, int position, string expected)
    {
        // Act
        var act = () => FeelExpression.Parse(text);

        // Assert
        var error = act.Should().Throw<FeelSyntaxException>().Which;
        error.Position.Should().Be(position);
        error.Expected.Should().Be(expected);
        error.Message.Should().Contain($"position {position}");
    }

    [Fact]
    public void ParseZeebe_BrokenExpression_ReportsPositionAfterEquals()
    {
        // Act
        var act = () => FeelExpression.ParseZeebe("=amount >");

        // Assert
        act.Should().Throw<FeelSyntaxException>().Which.Position.Should().Be(8);
    }
}
