using OrchardCommerce.Recipes.Scripting;

namespace OrchardCommerce.Recipes.Tests.Scripting;

public sealed partial class RecipeScriptEvaluatorTests
{
    [Theory]
    [InlineData("'abc", "unterminated string literal", 0)]
    [InlineData("'x' + \"abc\\", "unterminated string literal", 6)]
    [InlineData("'line\nbreak'", "unterminated string literal", 0)]
    [InlineData("html('a' + 'b'", "expected ')'", 14)]
    [InlineData("html('abc' 1)", "expected ')'", 11)]
    [InlineData("(1 + 2", "expected ')'", 6)]
    [InlineData("true ? 1", "expected ':'", 8)]
    [InlineData("1 +", "unexpected end of expression", 3)]
    [InlineData("", "unexpected end of expression", 0)]
    [InlineData("1 2", "unexpected token '2'", 2)]
    [InlineData("1 # 2", "unexpected character '#'", 2)]
    [InlineData("x + 1", "unknown identifier 'x'", 0)]
    [InlineData("'\\u12G4'", "invalid unicode escape sequence", 1)]
    [InlineData("1e+", "invalid number literal", 0)]
    [InlineData("'a'.", "expected property name", 4)]
    [InlineData("'x'.foo()", "unknown string method 'foo'", 4)]
    [InlineData("(1).length", "property 'length' is not supported on number", 4)]
    [InlineData("null.trim()", "method 'trim' is not supported on null", 5)]
    [InlineData("'a'.replace('a')", "'replace' expects 2 argument(s) but got 1", 4)]
    public void Evaluate_MalformedExpression_ThrowsReasonAtPosition(string expression, string reason, int position)
    {
        var error = AssertFails(Create(), expression);

        Assert.Equal(reason, error.Reason);
        Assert.Equal(position, error.Position);
    }

    [Fact]
    public void Evaluate_MissingParenthesis_MessageNamesExpectedTokenAndPosition()
    {
        var error = AssertFails(Create(), "html('abcdef'");

        Assert.StartsWith("expected ')' at position 13", error.Message);
        Assert.Contains("html('abcdef'", error.Message);
    }

    [Fact]
    public void Evaluate_DeeplyNestedParentheses_ThrowsInsteadOfOverflowing()
    {
        var expression = new string('(', 50_000) + "1" + new string(')', 50_000);

        Assert.Equal("expression is nested too deeply", AssertFails(Create(), expression).Reason);
    }

    [Fact]
    public void Evaluate_LongUnaryChain_ThrowsInsteadOfOverflowing()
    {
        Assert.Equal("expression is nested too deeply", AssertFails(Create(), new string('!', 50_000) + "1").Reason);
    }

    [Fact]
    public void Evaluate_LongOperatorChain_SucceedsOrThrowsScriptException()
    {
        var expression = "1" + string.Concat(Enumerable.Repeat(" + 1", 20_000));

        try
        {
            Assert.Equal(20_001.0, Create().Evaluate(expression));
        }
        catch (RecipeScriptException error)
        {
            Assert.Equal("expression is nested too deeply", error.Reason);
        }
    }
}
