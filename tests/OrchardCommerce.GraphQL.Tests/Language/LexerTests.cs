using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<Token> Lex(string body)
    {
        var lexer = new Lexer(new Source(body));
        var tokens = new List<Token>();
        while (lexer.Advance().Kind != TokenKind.EndOfFile) tokens.Add(lexer.Token);
        return tokens;
    }

    [Fact]
    public void Advance_PunctuatorsWithIgnoredTokens_SkipsBomCommasAndComments()
    {
        // Arrange
        const string body = "\uFEFF ! $ & ( ) ... : = @ [ ] { | } ,,, # comment\n\t name";

        // Act
        var kinds = Lex(body).Select(t => t.Kind).ToList();

        // Assert
        kinds.Should().Equal(TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR,
            TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR,
            TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR, TokenKind.Name);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-12", TokenKind.Int)]
    [InlineData("1.5", TokenKind.Float)]
    [InlineData("-1e-3", TokenKind.Float)]
    [InlineData("2E+10", TokenKind.Float)]
    public void Advance_Number_ReadsKindAndRawText(string body, TokenKind kind)
    {
        // Act
        var token = Lex(body).Single();

        // Assert
        token.Kind.Should().Be(kind);
        token.Value.Should().Be(body);
    }

    [Theory]
    [InlineData("\"a\\u0041\\u{1F600}\\uD83D\\uDE00\\n\\\"\"", "aA\U0001F600\U0001F600\n\"")]
    [InlineData("\"\\/\\b\\f\\r\\t\\\\\"", "/\b\f\r\t\\")]
    [InlineData("\"\"\"\n    first\n      second\n\n    \"\"\"", "first\n  second")]
    [InlineData("\"\"\"a \\\"\"\" b\"\"\"", "a \"\"\" b")]
    [InlineData("\"\"\"  \r\n  x\r\n   y\r\n\"\"\"", "x\n y")]
    public void Advance_String_DecodesEscapesAndDedentsBlockStrings(string body, string expected)
    {
        // Act
        var token = Lex(body).Single();

        // Assert
        token.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("a \U0001F600", "Syntax Error: Unexpected character: U+1F600.", 3)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("\"\\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 2)]
    public void Advance_InvalidInput_ThrowsSyntaxErrorAtTheCharacter(string body, string message, int column)
    {
        // Act
        var act = () => Lex(body);

        // Assert
        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be(message);
        error.Locations.Should().Equal(new SourceLocation(1, column));
    }

    // A lone surrogate cannot be passed as a test argument (xunit and attribute metadata turn it into U+FFFD),
    // so the body is built from its code unit here.
    [Theory]
    [InlineData("", 0xD800, "", "Syntax Error: Invalid character: U+D800.", 1)]
    [InlineData("\"x", 0xDC00, "\"", "Syntax Error: Invalid character within String: U+DC00.", 3)]
    [InlineData("\"\"\"x", 0xD800, "\"\"\"", "Syntax Error: Invalid character within String: U+D800.", 5)]
    public void Advance_LoneSurrogate_ThrowsInvalidCharacter(string before, int surrogate, string after, string message, int column)
    {
        // Arrange
        var body = before + (char)surrogate + after;

        // Act
        var act = () => Lex(body);

        // Assert
        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be(message);
        error.Locations.Should().Equal(new SourceLocation(1, column));
    }

    [Fact]
    public void Lookahead_AfterComment_ReturnsNextSignificantTokenWithoutConsuming()
    {
        // Arrange
        var lexer = new Lexer(new Source("a # note\n b"));
        lexer.Advance();

        // Act
        var next = lexer.Lookahead();

        // Assert
        next.Value.Should().Be("b");
        lexer.Token.Value.Should().Be("a");
    }
}
