using OrchardCommerce.Recipes.Scripting;

namespace OrchardCommerce.Recipes.Tests.Scripting;

public sealed partial class RecipeScriptEvaluatorTests
{
    [Fact]
    public void Variables_PlainValues_ReturnedAsScriptValues()
    {
        var evaluator = Create(Variables("""{ "name": "shop", "count": 2, "on": false, "none": null }"""));

        Assert.Equal("shop", evaluator.Evaluate("variables('name')"));
        Assert.Equal(2.0, evaluator.Evaluate("variables('count')"));
        Assert.Equal(false, evaluator.Evaluate("variables('on')"));
        Assert.Null(evaluator.Evaluate("variables('none')"));
    }

    [Fact]
    public void Variables_ReferencingOtherVariables_ResolvesChain()
    {
        var evaluator = Create(Variables("""
            {
              "slug": "[js: variables('name').toLowerCase() + '-' + variables('suffix')]",
              "name": "[js:'My' + 'Shop']",
              "suffix": "[js: parameters('env')]"
            }
            """), parameters: new() { ["env"] = "dev" });

        Assert.Equal("/myshop-dev", evaluator.Evaluate("'/' + variables('slug')"));
    }

    [Fact]
    public void Variables_UuidVariable_EvaluatedOnceAndReused()
    {
        var evaluator = Create(Variables("""{ "id": "[js: uuid()]" }"""));

        var first = evaluator.Evaluate("variables('id')");

        Assert.Equal("id000000000000000000000001", first);
        Assert.Equal(first, evaluator.Evaluate("variables('id')"));
        Assert.Equal(true, evaluator.Evaluate("variables('id') === variables('id')"));
    }

    [Fact]
    public void Variables_TwoVariableCycle_ThrowsCyclicReference()
    {
        var evaluator = Create(Variables("""{ "a": "[js: variables('b')]", "b": "[js: 'x' + variables('a')]" }"""));

        var error = Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate("variables('a')"));

        Assert.Equal("cyclic variable reference: a -> b -> a", error.Reason);
        Assert.Equal("'x' + variables('a')", error.Expression);
        Assert.Equal(6, error.Position);
    }

    [Fact]
    public void Variables_SelfReference_ThrowsCyclicReference()
    {
        var evaluator = Create(Variables("""{ "a": "[js: variables('a')]" }"""));

        Assert.Equal("cyclic variable reference: a -> a", Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate("variables('a')")).Reason);
    }

    [Fact]
    public void Variables_CycleDeeperInChain_ReportsOnlyTheCycle()
    {
        var evaluator = Create(Variables("""{ "top": "[js: variables('a')]", "a": "[js: variables('b')]", "b": "[js: variables('a')]" }"""));

        Assert.Equal("cyclic variable reference: a -> b -> a", Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate("variables('top')")).Reason);
    }

    [Fact]
    public void Variables_AfterFailedResolution_EvaluatorStillWorks()
    {
        var evaluator = Create(Variables("""{ "a": "[js: variables('a')]", "ok": "fine" }"""));

        Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate("variables('a')"));

        Assert.Equal("fine", evaluator.Evaluate("variables('ok')"));
        Assert.Equal("cyclic variable reference: a -> a", Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate("variables('a')")).Reason);
    }

    [Fact]
    public void Variables_UndefinedName_ThrowsNotDefined()
    {
        var error = AssertFails(Create(Variables("""{ "a": 1 }""")), "1 + variables('x')");

        Assert.Equal("variable 'x' is not defined", error.Reason);
        Assert.Equal(4, error.Position);
        Assert.Equal("variable 'x' is not defined", AssertFails(Create(), "variables('x')").Reason);
    }

    [Fact]
    public void Variables_ObjectValue_ThrowsNotAValue()
    {
        var error = AssertFails(Create(Variables("""{ "o": { "k": 1 } }""")), "variables('o')");

        Assert.Equal("variable 'o' is an object or array, not a value", error.Reason);
    }

    [Fact]
    public void Variables_MalformedVariableExpression_ReportsVariableExpression()
    {
        var evaluator = Create(Variables("""{ "bad": "[js: 'unclosed]" }"""));

        var error = Assert.Throws<RecipeScriptException>(() => evaluator.Evaluate("variables('bad')"));

        Assert.Equal("unterminated string literal", error.Reason);
        Assert.Equal("'unclosed", error.Expression);
    }
}
