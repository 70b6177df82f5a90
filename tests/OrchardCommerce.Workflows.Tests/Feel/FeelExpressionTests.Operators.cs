namespace OrchardCommerce.Workflows.Tests.Feel;

public sealed partial class FeelExpressionTests
{
    [Theory]
    [InlineData("42", "{}", "42")]
    [InlineData("1.50", "{}", "1.5")]
    [InlineData(".5", "{}", "0.5")]
    [InlineData("\"a\\\"b\\\\c\\n\"", "{}", "\"a\\\"b\\\\c\\n\"")]
    [InlineData("\"\\u0041\"", "{}", "\"A\"")]
    [InlineData("true", "{}", "true")]
    [InlineData("false", "{}", "false")]
    [InlineData("null", "{}", "null")]
    [InlineData("amount", "{\"amount\": 12.5}", "12.5")]
    [InlineData("order.customer.name", "{\"order\": {\"customer\": {\"name\": \"Ann\"}}}", "\"Ann\"")]
    [InlineData("order.missing.name", "{\"order\": {}}", "null")]
    [InlineData("unknown", "{}", "null")]
    [InlineData("orders.id", "{\"orders\": [{\"id\": 1}, {\"id\": 2}]}", "[1, 2]")]
    public void Evaluate_LiteralOrName_ReturnsValue(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);

    [Theory]
    [InlineData("0.1 + 0.2", "{}", "0.3")]
    [InlineData("0.1 + 0.2 = 0.3", "{}", "true")]
    [InlineData("10 - 4 - 3", "{}", "3")]
    [InlineData("2 + 3 * 4", "{}", "14")]
    [InlineData("(2 + 3) * 4", "{}", "20")]
    [InlineData("1 / 4", "{}", "0.25")]
    [InlineData("1 / 0", "{}", "null")]
    [InlineData("2 ** 10", "{}", "1024")]
    [InlineData("2 ** -1", "{}", "0.5")]
    [InlineData("-amount", "{\"amount\": 3}", "-3")]
    [InlineData("- -3", "{}", "3")]
    [InlineData("price * quantity", "{\"price\": 19.99, \"quantity\": 3}", "59.97")]
    [InlineData("\"foo\" + \"bar\"", "{}", "\"foobar\"")]
    [InlineData("\"a\" + 1", "{}", "null")]
    [InlineData("1 + null", "{}", "null")]
    [InlineData("-\"a\"", "{}", "null")]
    public void Evaluate_Arithmetic_FollowsDecimalAndNullRules(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);

    [Theory]
    [InlineData("amount > 100", "{\"amount\": 150}", "true")]
    [InlineData("amount > 100", "{\"amount\": 100}", "false")]
    [InlineData("amount >= 100", "{\"amount\": 100}", "true")]
    [InlineData("amount < 100", "{}", "null")]
    [InlineData("1 <= 1.0", "{}", "true")]
    [InlineData("\"abc\" < \"abd\"", "{}", "true")]
    [InlineData("status = \"paid\"", "{\"status\": \"paid\"}", "true")]
    [InlineData("status != \"paid\"", "{\"status\": \"open\"}", "true")]
    [InlineData("x = null", "{}", "true")]
    [InlineData("null = null", "{}", "true")]
    [InlineData("1 = null", "{}", "false")]
    [InlineData("1 = \"1\"", "{}", "null")]
    [InlineData("[1, 2] = [1, 2]", "{}", "true")]
    [InlineData("{a: 1} = {a: 1.0}", "{}", "true")]
    [InlineData("true < false", "{}", "null")]
    public void Evaluate_Comparison_ReturnsBooleanOrNull(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);

    [Theory]
    [InlineData("true and true", "true")]
    [InlineData("true and false", "false")]
    [InlineData("null and false", "false")]
    [InlineData("false and null", "false")]
    [InlineData("null and true", "null")]
    [InlineData("true or false", "true")]
    [InlineData("null or true", "true")]
    [InlineData("null or false", "null")]
    [InlineData("false or false", "false")]
    [InlineData("1 and true", "null")]
    [InlineData("not(true)", "false")]
    [InlineData("not(null)", "null")]
    [InlineData("not(1)", "null")]
    [InlineData("1 < 2 and 2 < 3 or false", "true")]
    public void Evaluate_Logic_FollowsThreeValuedRules(string expression, string expected) =>
        FeelCheck.Evaluates(expression, "{}", expected);
}
