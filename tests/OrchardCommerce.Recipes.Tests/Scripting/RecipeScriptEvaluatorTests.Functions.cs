using System.IO.Compression;
using System.Text;
using OrchardCommerce.Recipes.Scripting;

namespace OrchardCommerce.Recipes.Tests.Scripting;

public sealed partial class RecipeScriptEvaluatorTests
{
    [Fact]
    public void Uuid_InjectedGenerator_ReturnsGeneratedId()
    {
        Assert.Equal("fixed-id", Create(idGenerator: () => "fixed-id").Evaluate("uuid()"));
    }

    [Fact]
    public void Uuid_DefaultGenerator_Returns26LowercaseAlphanumerics()
    {
        var id = Assert.IsType<string>(new RecipeScriptEvaluator(new RecipeScriptContext()).Evaluate("uuid()"));

        Assert.Matches("^[a-z0-9]{26}$", id);
    }

    [Fact]
    public void Concatenation_StringPlusUuid_PrefixesGeneratedId()
    {
        Assert.Equal("aid000000000000000000000001", Create().Evaluate("'a' + uuid()"));
    }

    [Fact]
    public void Uuid_CalledTwice_ReturnsDistinctIds()
    {
        Assert.Equal(false, Create().Evaluate("uuid() == uuid()"));
    }

    [Fact]
    public void Parameters_KnownNames_ReturnScriptValues()
    {
        var evaluator = Create(parameters: new() { ["site"] = "Shop", ["count"] = 3, ["on"] = true, ["none"] = null });

        Assert.Equal("Shop", evaluator.Evaluate("parameters('site')"));
        Assert.Equal(4.0, evaluator.Evaluate("parameters('count') + 1"));
        Assert.Equal(true, evaluator.Evaluate("parameters('on')"));
        Assert.Null(evaluator.Evaluate("parameters('none')"));
    }

    [Fact]
    public void Parameters_UnknownName_ThrowsNotDefined()
    {
        var error = AssertFails(Create(), "parameters('missing')");

        Assert.Equal("parameter 'missing' is not defined", error.Reason);
    }

    [Fact]
    public void Configuration_KeyPresent_ReturnsConfiguredValue()
    {
        var evaluator = Create(configuration: new() { ["Shop:Currency"] = "EUR" });

        Assert.Equal("EUR", evaluator.Evaluate("configuration('Shop:Currency', 'USD')"));
    }

    [Fact]
    public void Configuration_KeyMissing_ReturnsDefaultOrNull()
    {
        Assert.Equal("USD", Create().Evaluate("configuration('Shop:Currency', 'USD')"));
        Assert.Null(Create().Evaluate("configuration('Shop:Currency')"));
    }

    [Fact]
    public void Base64_Utf8Payload_ReturnsDecodedText()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("Grüße € <b>"));

        Assert.Equal("Grüße € <b>", Create().Evaluate($"base64('{encoded}')"));
    }

    [Fact]
    public void Base64_InvalidInput_ThrowsScriptException()
    {
        var error = AssertFails(Create(), "base64('not base64!')");

        Assert.Equal("base64() argument is not valid base64", error.Reason);
    }

    [Fact]
    public void Html_EncodedEntities_ReturnsDecodedText()
    {
        Assert.Equal("<p class=\"x\">Tom & Jerry</p>", Create().Evaluate("html('&lt;p class=&quot;x&quot;&gt;Tom &amp; Jerry&lt;/p&gt;')"));
    }

    [Fact]
    public void Gzip_Base64GzipPayload_ReturnsBase64OfDecompressedBytes()
    {
        var evaluator = Create();
        var compressed = GzipBase64("Hello World!");

        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes("Hello World!")), evaluator.Evaluate($"gzip('{compressed}')"));
        Assert.Equal("Hello World!", evaluator.Evaluate($"base64(gzip('{compressed}'))"));
    }

    [Fact]
    public void Gzip_NotGzipData_ThrowsScriptException()
    {
        var notGzip = Convert.ToBase64String(Encoding.UTF8.GetBytes("plain text, not gzip"));

        Assert.Equal("gzip() argument is not valid gzip data", AssertFails(Create(), $"gzip('{notGzip}')").Reason);
    }

    [Fact]
    public void Call_UnknownFunction_ThrowsWithPosition()
    {
        var error = AssertFails(Create(), "'x' + foo(1)");

        Assert.Equal("unknown function 'foo'", error.Reason);
        Assert.Equal(6, error.Position);
    }

    [Fact]
    public void Call_WrongArgumentCount_ThrowsArityError()
    {
        Assert.Equal("'uuid' expects 0 argument(s) but got 1", AssertFails(Create(), "uuid(1)").Reason);
        Assert.Equal("'configuration' expects 1 to 2 argument(s) but got 0", AssertFails(Create(), "configuration()").Reason);
    }

    private static string GzipBase64(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionMode.Compress))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return Convert.ToBase64String(output.ToArray());
    }
}
