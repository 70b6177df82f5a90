namespace OrchardCommerce.Workflows.Tests.Feel;

public sealed partial class FeelExpressionTests
{
    private const string Items =
        "{\"items\": [{\"sku\": \"a\", \"qty\": 1, \"price\": 5}, {\"sku\": \"b\", \"qty\": 3, \"price\": 2.5}]}";

    [Theory]
    [InlineData("[]", "{}", "[]")]
    [InlineData("[1, \"a\", null, [true]]", "{}", "[1, \"a\", null, [true]]")]
    [InlineData("{a: 1, \"b c\": 2}", "{}", "{\"a\": 1, \"b c\": 2}")]
    [InlineData("{a: 1, b: a + 1}", "{}", "{\"a\": 1, \"b\": 2}")]
    [InlineData("{total: amount * 2}.total", "{\"amount\": 4}", "8")]
    [InlineData("{}", "{}", "{}")]
    public void Evaluate_ListOrContextLiteral_BuildsValue(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);

    [Theory]
    [InlineData("[1, 2, 3][item > 1]", "{}", "[2, 3]")]
    [InlineData("[1, 2, 3][1]", "{}", "1")]
    [InlineData("[1, 2, 3][-1]", "{}", "3")]
    [InlineData("[1, 2, 3][4]", "{}", "null")]
    [InlineData("[1, 2, 3][0]", "{}", "null")]
    [InlineData("xs[i]", "{\"xs\": [10, 20], \"i\": 2}", "20")]
    [InlineData("items[qty > 1].sku", Items, "[\"b\"]")]
    [InlineData("items[item.price < 5][1].sku", Items, "\"b\"")]
    [InlineData("items[qty > 5]", Items, "[]")]
    [InlineData("missing[item > 1]", "{}", "null")]
    [InlineData("5[item > 1]", "{}", "[5]")]
    public void Evaluate_Filter_SelectsByConditionOrIndex(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);

    [Theory]
    [InlineData("5 between 1 and 10", "true")]
    [InlineData("10 between 1 and 10", "true")]
    [InlineData("11 between 1 and 10", "false")]
    [InlineData("null between 1 and 10", "null")]
    [InlineData("\"b\" between \"a\" and \"c\"", "true")]
    [InlineData("2 in [1, 2, 3]", "true")]
    [InlineData("4 in [1, 2, 3]", "false")]
    [InlineData("5 in [1..5]", "true")]
    [InlineData("5 in [1..5)", "false")]
    [InlineData("1 in (1..5]", "false")]
    [InlineData("1 in ]1..5]", "false")]
    [InlineData("3 in 3", "true")]
    [InlineData("7 in [1, [5..10]]", "true")]
    [InlineData("null in [1..5]", "null")]
    public void Evaluate_BetweenOrIn_TestsMembership(string expression, string expected) =>
        FeelCheck.Evaluates(expression, "{}", expected);

    [Theory]
    [InlineData("if amount > 100 then \"big\" else \"small\"", "{\"amount\": 150}", "\"big\"")]
    [InlineData("if amount > 100 then \"big\" else \"small\"", "{\"amount\": 50}", "\"small\"")]
    [InlineData("if amount > 100 then \"big\" else \"small\"", "{}", "\"small\"")]
    [InlineData("if 1 then 1 else 2", "{}", "2")]
    [InlineData("1 + if true then 1 else 2", "{}", "2")]
    public void Evaluate_IfThenElse_TakesElseUnlessTrue(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);

    [Theory]
    [InlineData("for x in [1, 2, 3] return x * 2", "{}", "[2, 4, 6]")]
    [InlineData("for x in [1, 2], y in [10, 20] return x + y", "{}", "[11, 21, 12, 22]")]
    [InlineData("for i in 1..3 return i", "{}", "[1, 2, 3]")]
    [InlineData("for line in items return line.qty * line.price", Items, "[5, 7.5]")]
    [InlineData("for x in [] return x", "{}", "[]")]
    [InlineData("for x in missing return x", "{}", "null")]
    [InlineData("some x in [1, 2, 3] satisfies x > 2", "{}", "true")]
    [InlineData("some x in [1, 2, 3] satisfies x > 3", "{}", "false")]
    [InlineData("every x in [1, 2, 3] satisfies x > 0", "{}", "true")]
    [InlineData("every x in [1, 2, 3] satisfies x > 1", "{}", "false")]
    [InlineData("every x in [] satisfies x > 1", "{}", "true")]
    [InlineData("some x in [] satisfies x > 1", "{}", "false")]
    [InlineData("some x in [1, null] satisfies x > 1", "{}", "null")]
    [InlineData("every line in items satisfies line.qty > 0", Items, "true")]
    public void Evaluate_Iteration_MapsOrQuantifies(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);

    [Theory]
    [InlineData("if a then 1 else if b then 2 else 3", "{\"b\": true}", "2")]
    [InlineData("not(a = 1)", "{\"a\": 2}", "true")]
    [InlineData("{\"a\": 1}.a", "{}", "1")]
    [InlineData("x in (1..5)", "{\"x\": 5}", "false")]
    [InlineData("[1, 2, 3][item > 1 and item < 3]", "{}", "[2]")]
    [InlineData("count(list: [1])", "{}", "1")]
    [InlineData("min(list: [2, 1])", "{}", "1")]
    [InlineData("append(list: [1], items: [2])", "{}", "[1, 2]")]
    [InlineData("string length(\"ab\") + 1", "{}", "3")]
    [InlineData("a.b.c", "{\"a\": null}", "null")]
    [InlineData("substring(\"h\u00e9llo\", 2, 2)", "{}", "\"\u00e9l\"")]
    [InlineData("order total > 100", "{\"order total\": 150}", "true")]
    [InlineData("upper case(customer.name) + \"!\"", "{\"customer\": {\"name\": \"ann\"}}", "\"ANN!\"")]
    public void Evaluate_NestedConstructs_Compose(string expression, string variables, string expected) =>
        FeelCheck.Evaluates(expression, variables, expected);
}
