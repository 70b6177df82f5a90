using OrchardCommerce.Recipes.Scripting;

namespace OrchardCommerce.Recipes.Tests.Scripting;

public sealed partial class RecipeScriptEvaluatorTests
{
    [Theory]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("'a\\tb\\nc\\\\d'", "a\tb\nc\\d")]
    [InlineData("'\\u0041\\u00e9'", "Aé")]
    [InlineData("\"single ' inside\"", "single ' inside")]
    [InlineData("1.5e3", 1500.0)]
    [InlineData(".5", 0.5)]
    [InlineData("true", true)]
    [InlineData("null", null)]
    public void Literal_Evaluated_ReturnsValue(string expression, object? expected)
    {
        Assert.Equal(expected, Create().Evaluate(expression));
    }

    [Theory]
    [InlineData("1 + 2", 3.0)]
    [InlineData("'a' + 1", "a1")]
    [InlineData("1 + '2'", "12")]
    [InlineData("1 + 2 + 'x'", "3x")]
    [InlineData("'x' + 1 + 2", "x12")]
    [InlineData("true + 1", 2.0)]
    [InlineData("null + 'x'", "nullx")]
    [InlineData("'n' + 1.5 + ' ' + 3 + ' ' + (0.1 + 0.2)", "n1.5 3 0.30000000000000004")]
    [InlineData("'' + 1e21 + ' ' + 1e20", "1e+21 100000000000000000000")]
    [InlineData("'' + (0 / 0) + (1 / 0)", "NaNInfinity")]
    [InlineData("10 - 4 * 2", 2.0)]
    [InlineData("(10 - 4) * 2", 12.0)]
    [InlineData("7 / 2", 3.5)]
    [InlineData("'6' * '7'", 42.0)]
    [InlineData("-(2 + 3)", -5.0)]
    public void Arithmetic_Evaluated_FollowsJavaScriptRules(string expression, object expected)
    {
        Assert.Equal(expected, Create().Evaluate(expression));
    }

    [Theory]
    [InlineData("1 == '1'", true)]
    [InlineData("1 === '1'", false)]
    [InlineData("'a' === 'a'", true)]
    [InlineData("null == 0", false)]
    [InlineData("null == null", true)]
    [InlineData("true == 1", true)]
    [InlineData("'a' != 'b'", true)]
    [InlineData("1 !== 1", false)]
    [InlineData("(0 / 0) == (0 / 0)", false)]
    [InlineData("!''", true)]
    [InlineData("!!'x'", true)]
    [InlineData("2 > 1 && 'b' > 'a'", true)]
    public void Comparison_Evaluated_ReturnsBoolean(string expression, bool expected)
    {
        Assert.Equal(expected, Create().Evaluate(expression));
    }

    [Theory]
    [InlineData("true && 'x'", "x")]
    [InlineData("'' && foo()", "")]
    [InlineData("0 || 'default'", "default")]
    [InlineData("'set' || foo()", "set")]
    [InlineData("1 < 2 ? 'yes' : 'no'", "yes")]
    [InlineData("'' ? 'yes' : null ? 'maybe' : 'no'", "no")]
    [InlineData("true ? 'taken' : foo()", "taken")]
    public void Logical_Evaluated_ShortCircuitsAndReturnsOperand(string expression, string expected)
    {
        Assert.Equal(expected, Create().Evaluate(expression));
    }

    [Theory]
    [InlineData("'abc'.length", 3.0)]
    [InlineData("' Hi '.trim().toUpperCase()", "HI")]
    [InlineData("'MiXeD'.toLowerCase()", "mixed")]
    [InlineData("'a-b-c'.replace('-', '+')", "a+b-c")]
    [InlineData("'abc'.replace('', '>')", ">abc")]
    [InlineData("'hello'.substring(1, 3)", "el")]
    [InlineData("'hello'.substring(3, 1)", "el")]
    [InlineData("'hello'.substring(2)", "llo")]
    [InlineData("'hello'.substring(-5, 99)", "hello")]
    [InlineData("(1 + 1).toString() + 'x'.toString()", "2x")]
    [InlineData("('ab' + 'cd').length * 2", 8.0)]
    public void StringMember_Evaluated_MatchesJavaScript(string expression, object expected)
    {
        Assert.Equal(expected, Create().Evaluate(expression));
    }

    [Fact]
    public void Division_ByZero_ReturnsInfinity()
    {
        Assert.Equal(double.PositiveInfinity, Create().Evaluate("1 / 0"));
    }
}
