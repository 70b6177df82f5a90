using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Tests.Execution;

public sealed class CustomScalarsTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build(
        "scalar DateTime scalar Decimal scalar JSON type Query { at(v: DateTime): DateTime price(v: Decimal): Decimal json(v: JSON): JSON }",
        CustomScalars.ByName);

    [Theory]
    [InlineData("2024-05-01T14:30:00+02:00", "2024-05-01T12:30:00.0000000Z")]
    [InlineData("2024-05-01T12:00:00.5Z", "2024-05-01T12:00:00.5000000Z")]
    public void DateTime_ParseThenSerialize_UtcRoundTrip(string input, string expected) =>
        CustomScalars.DateTime.Serialize(CustomScalars.DateTime.ParseValue(input)).Should().Be(expected);

    [Theory]
    [InlineData("2024-05-01T12:00:00", "DateTime cannot represent an invalid date-time string: \"2024-05-01T12:00:00\". Expected ISO-8601 with an offset, e.g. \"2024-05-01T12:00:00Z\".")]
    [InlineData("2024-02-30T12:00:00Z", "DateTime cannot represent an invalid date-time string: \"2024-02-30T12:00:00Z\". Expected ISO-8601 with an offset, e.g. \"2024-05-01T12:00:00Z\".")]
    public void DateTime_InvalidText_Refused(string input, string message) =>
        FluentActions.Invoking(() => CustomScalars.DateTime.ParseValue(input)).Should().Throw<GraphQLCoercionException>().WithMessage(message);

    [Fact]
    public void DateTime_NonString_Refused() =>
        FluentActions.Invoking(() => CustomScalars.DateTime.ParseValue(5d)).Should().Throw<GraphQLCoercionException>()
            .WithMessage("DateTime cannot represent a non string value: 5");

    [Theory]
    [InlineData(19.9, "19.9")]
    [InlineData("0.10000000000000000000000001", "0.10000000000000000000000001")]
    [InlineData(0.1, "0.1")]
    public void Decimal_Input_ExactString(object input, string expected) =>
        CustomScalars.Decimal.Serialize(CustomScalars.Decimal.ParseValue(input)).Should().Be(expected);

    [Fact]
    public void Decimal_InvalidString_Refused() =>
        FluentActions.Invoking(() => CustomScalars.Decimal.ParseValue("12,5")).Should().Throw<GraphQLCoercionException>()
            .WithMessage("Decimal cannot represent an invalid decimal: \"12,5\"");

    [Fact]
    public async Task Execute_CustomScalarsAsLiteralsAndVariables_CoercedAndSerialized()
    {
        var root = new Dictionary<string, object?>
        {
            ["at"] = new DateTimeOffset(2024, 5, 1, 14, 0, 0, TimeSpan.FromHours(2)),
            ["price"] = 19.90m,
            ["json"] = new Dictionary<string, object?> { ["a"] = new List<object?> { 1, "x", null } },
        };
        var variables = new Dictionary<string, object?> { ["d"] = "2024-05-01T12:00:00", ["p"] = "abc" };

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse("query Q($d: DateTime, $p: Decimal) { at(v: $d) price(v: $p) json(v: {a: [1, \"x\"]}) }"),
            Variables = variables,
            RootValue = root,
        });
        var ok = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse("{ at(v: \"2024-05-01T12:00:00Z\") price(v: 1.25) json }"),
            RootValue = root,
        });

        result.ToJson().Should().Be("""{"errors":[{"message":"Variable \"$d\" got invalid value \"2024-05-01T12:00:00\"; DateTime cannot represent an invalid date-time string: \"2024-05-01T12:00:00\". Expected ISO-8601 with an offset, e.g. \"2024-05-01T12:00:00Z\".","locations":[{"line":1,"column":9}]},{"message":"Variable \"$p\" got invalid value \"abc\"; Decimal cannot represent an invalid decimal: \"abc\"","locations":[{"line":1,"column":23}]}]}""");
        ok.ToJson().Should().Be("""{"data":{"at":"2024-05-01T12:00:00.0000000Z","price":"19.90","json":{"a":[1,"x",null]}}}""");
    }
}
