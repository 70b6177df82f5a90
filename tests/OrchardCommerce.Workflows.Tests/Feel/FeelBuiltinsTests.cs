namespace OrchardCommerce.Workflows.Tests.Feel;

public sealed class FeelBuiltinsTests
{
    [Theory]
    [InlineData("string length(\"foo\")", "3")]
    [InlineData("string length(1)", "null")]
    [InlineData("upper case(\"aBc\")", "\"ABC\"")]
    [InlineData("lower case(\"aBc\")", "\"abc\"")]
    [InlineData("substring(\"foobar\", 3)", "\"obar\"")]
    [InlineData("substring(\"foobar\", 3, 3)", "\"oba\"")]
    [InlineData("substring(\"foobar\", -2, 1)", "\"a\"")]
    [InlineData("substring(string: \"foobar\", start position: 2, length: 2)", "\"oo\"")]
    [InlineData("substring(\"foobar\", 2, length: 1)", "\"o\"")]
    [InlineData("contains(\"foobar\", \"ob\")", "true")]
    [InlineData("contains(\"foobar\", \"x\")", "false")]
    [InlineData("starts with(\"foobar\", \"fo\")", "true")]
    [InlineData("ends with(\"foobar\", \"fo\")", "false")]
    [InlineData("ends with(string: \"foobar\", match: \"bar\")", "true")]
    [InlineData("string(1.10)", "\"1.1\"")]
    [InlineData("string(true)", "\"true\"")]
    [InlineData("string(null)", "null")]
    [InlineData("string([1, \"a\"])", "\"[1, \\\"a\\\"]\"")]
    [InlineData("number(\"12.50\")", "12.5")]
    [InlineData("number(\"abc\")", "null")]
    public void Call_StringFunction_ReturnsSpecResult(string expression, string expected) =>
        FeelCheck.Evaluates(expression, "{}", expected);

    [Theory]
    [InlineData("count([1, 2, 3])", "3")]
    [InlineData("count(\"a\")", "null")]
    [InlineData("sum([1, 2.5])", "3.5")]
    [InlineData("sum(1, 2, 3)", "6")]
    [InlineData("sum([])", "null")]
    [InlineData("sum([1, \"a\"])", "null")]
    [InlineData("min([3, 1, 2])", "1")]
    [InlineData("min(3, 1, 2)", "1")]
    [InlineData("max([\"a\", \"c\", \"b\"])", "\"c\"")]
    [InlineData("max([])", "null")]
    [InlineData("max([1, \"a\"])", "null")]
    [InlineData("list contains([1, 2], 2)", "true")]
    [InlineData("list contains([1, null], null)", "true")]
    [InlineData("list contains([1, 2], 3)", "false")]
    [InlineData("append([1], 2, 3)", "[1, 2, 3]")]
    [InlineData("append([1], [2])", "[1, [2]]")]
    [InlineData("concatenate([1], [2, 3], [])", "[1, 2, 3]")]
    [InlineData("distinct values([1, 2, 1, 2.0, \"a\"])", "[1, 2, \"a\"]")]
    [InlineData("flatten([1, [2, [3, []]], 4])", "[1, 2, 3, 4]")]
    [InlineData("sum(for line in items return line.qty)", "4")]
    public void Call_ListFunction_ReturnsSpecResult(string expression, string expected) =>
        FeelCheck.Evaluates(expression, "{\"items\": [{\"qty\": 1}, {\"qty\": 3}]}", expected);

    [Theory]
    [InlineData("abs(-1.5)", "1.5")]
    [InlineData("abs(\"a\")", "null")]
    [InlineData("floor(1.7)", "1")]
    [InlineData("floor(-1.2)", "-2")]
    [InlineData("ceiling(1.2)", "2")]
    [InlineData("ceiling(-1.7)", "-1")]
    [InlineData("decimal(1/3, 2)", "0.33")]
    [InlineData("decimal(2.5, 0)", "2")]
    [InlineData("decimal(1.5, 0)", "2")]
    [InlineData("decimal(n: 1.005, scale: 2)", "1")]
    public void Call_NumberFunction_ReturnsSpecResult(string expression, string expected) =>
        FeelCheck.Evaluates(expression, "{}", expected);

    [Theory]
    [InlineData("is defined(a)", "{\"a\": 1}", "true")]
    [InlineData("is defined(a)", "{\"a\": null}", "true")]
    [InlineData("is defined(b)", "{\"a\": 1}", "false")]
    [InlineData("is defined(a.b)", "{\"a\": {\"b\": null}}", "true")]
    [InlineData("is defined(a.c)", "{\"a\": {\"b\": 1}}", "false")]
    [InlineData("is defined(null)", "{}", "true")]
    public void Call_IsDefined_DistinguishesMissingFromNull(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);

    [Theory]
    [InlineData("no such function(1)", "no such function")]
    [InlineData("substring(\"a\")", "substring")]
    [InlineData("upper case(text: \"a\")", "upper case")]
    [InlineData("abs(1, 2)", "abs")]
    public void Call_UnknownFunctionOrBadArguments_ThrowsNamingFunction(string expression, string function)
    {
        // Arrange
        var parsed = OrchardCommerce.Workflows.Feel.FeelExpression.Parse(expression);

        // Act
        var act = () => parsed.Evaluate(OrchardCommerce.Workflows.Feel.FeelContext.Empty);

        // Assert
        act.Should().Throw<OrchardCommerce.Workflows.Feel.FeelEvaluationException>().WithMessage($"*'{function}'*");
    }
}
