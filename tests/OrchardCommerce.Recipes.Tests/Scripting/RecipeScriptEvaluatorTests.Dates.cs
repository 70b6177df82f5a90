using OrchardCommerce.Recipes.Scripting;
using OrchardCommerce.Recipes.Tests.Support;

namespace OrchardCommerce.Recipes.Tests.Scripting;

public sealed partial class RecipeScriptEvaluatorTests
{
    private static RecipeScriptEvaluator CreateWithClock() =>
        new(new RecipeScriptContext(timeProvider: new FixedTimeProvider(new DateTimeOffset(2024, 2, 29, 23, 59, 58, 7, TimeSpan.Zero))));

    [Theory]
    [InlineData("new Date().toISOString()", "2024-02-29T23:59:58.007Z")]
    [InlineData("new Date().toJSON()", "2024-02-29T23:59:58.007Z")]
    [InlineData("'at ' + new Date()", "at 2024-02-29T23:59:58.007Z")]
    [InlineData("new Date('2020-01-02T03:04:05Z').toISOString()", "2020-01-02T03:04:05.000Z")]
    [InlineData("new Date(0).toISOString()", "1970-01-01T00:00:00.000Z")]
    public void Evaluate_NewDate_UsesTheClock(string expression, string expected)
    {
        CreateWithClock().Evaluate(expression).Should().Be(expected);
    }

    [Fact]
    public void Evaluate_DateGetTime_IsMillisecondsSinceEpoch()
    {
        CreateWithClock().Evaluate("new Date(86400000).getTime()").Should().Be(86400000d);
    }

    [Fact]
    public void EvaluateTemplate_BareDate_BecomesIsoString()
    {
        CreateWithClock().EvaluateTemplate("[js: new Date()]")!.GetValue<string>().Should().Be("2024-02-29T23:59:58.007Z");
    }

    [Theory]
    [InlineData("new Foo()", "only 'new Date(...)' is supported")]
    [InlineData("new Date('not a date')", "invalid date 'not a date'")]
    [InlineData("new Date().getDay()", "method 'getDay' is not supported on Date")]
    public void Evaluate_UnsupportedDateUse_Throws(string expression, string reason)
    {
        var act = () => CreateWithClock().Evaluate(expression);

        act.Should().Throw<RecipeScriptException>().Which.Reason.Should().Be(reason);
    }
}
