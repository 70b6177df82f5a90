using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Tests.Language;

public sealed class ParseLimitsTests
{
    private const int Pathological = 100_000;

    public static TheoryData<string> DeepDocuments => new()
    {
        "{ f(a: " + new string('[', Pathological) + " }",
        "{ f(a: " + string.Concat(Enumerable.Repeat("{a: ", Pathological)) + " }",
        string.Concat(Enumerable.Repeat("{ a ", Pathological)),
        "query ($a: " + new string('[', Pathological) + ") { a }",
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public void Parse_HundredThousandNestedLevels_ThrowsDepthSyntaxError(string document)
    {
        // Act
        var act = () => Parser.Parse(document);

        // Assert
        act.Should().Throw<GraphQLSyntaxException>()
            .WithMessage("Syntax Error: Document nesting exceeds the maximum depth of 200.");
    }

    [Fact]
    public void Parse_NestingWithinCustomDepth_Succeeds()
    {
        // Arrange
        var document = "{ f(a: " + new string('[', 300) + new string(']', 300) + ") }";
        var options = new ParseOptions { MaxDepth = 302 };

        // Act
        var parsed = Parser.Parse(document, options);

        // Assert
        parsed.Definitions.Should().ContainSingle();
        FluentActions.Invoking(() => Parser.Parse(document, options with { MaxDepth = 250 }))
            .Should().Throw<GraphQLSyntaxException>().Which.Locations.Should().Equal(new SourceLocation(1, 257));
    }

    [Fact]
    public void Parse_MoreTokensThanMaxTokens_ThrowsAtTheFirstTokenOver()
    {
        // Arrange
        var options = new ParseOptions { MaxTokens = 4 };

        // Act
        var within = Parser.Parse("{ a b }", options);
        var act = () => Parser.Parse("{ a b c }", options);

        // Assert
        within.Definitions.Should().ContainSingle();
        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be("Syntax Error: Document contains more that 4 tokens. Parsing aborted.");
        error.Locations.Should().Equal(new SourceLocation(1, 9));
    }
}
