namespace OrchardCommerce.GraphQL.Language;

/// <summary>Parses GraphQL documents, values and type references per the spec grammar (spec §2, §3).</summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParseOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParseOptions? options)
    {
        _lexer = new Lexer(source);
        _options = options ?? ParseOptions.Default;
    }

    public static DocumentNode Parse(string source, ParseOptions? options = null) => Parse(new Source(source), options);

    public static DocumentNode Parse(Source source, ParseOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>A value on its own, e.g. a variable's default or an argument given as text.</summary>
    public static ValueNode ParseValue(string source, ParseOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(p => p.ParseValueLiteral(false));

    public static ValueNode ParseConstValue(string source, ParseOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(p => p.ParseValueLiteral(true));

    public static TypeNode ParseType(string source, ParseOptions? options = null) =>
        new Parser(new Source(source), options).ParseWhole(p => p.ParseTypeReference());

    private T ParseWhole<T>(Func<Parser, T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        var result = parse(this);
        ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        return new DocumentNode(Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile)) { Location = Loc(start) };
    }

    private Token Current => _lexer.Token;

    private Location Loc(Token start) => new(start.Start, _lexer.LastToken.End, _lexer.Source);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private void Advance()
    {
        var token = _lexer.Advance();
        if (token.Kind == TokenKind.EndOfFile) return;
        if (++_tokenCount > _options.MaxTokens)
            // "more that" is graphql-js 16's wording, kept so our messages stay identical to the reference.
            throw Error(token, $"Document contains more that {_options.MaxTokens} tokens. Parsing aborted.");
    }

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind) throw Error(token, $"Expected {kind.Describe()}, found {token.Describe()}.");
        Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind) return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != value)
            throw Error(token, $"Expected \"{value}\", found {token.Describe()}.");
        Advance();
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != value) return false;
        Advance();
        return true;
    }

    private GraphQLSyntaxException Unexpected(Token? token = null)
    {
        token ??= _lexer.Token;
        return Error(token, $"Unexpected {token.Describe()}.");
    }

    private GraphQLSyntaxException Error(Token token, string description) => new(_lexer.Source, token.Start, description);

    /// <summary>Counts one nesting level for the caller's recursion; dispose to leave it.</summary>
    private DepthScope Nest()
    {
        if (++_depth > _options.MaxDepth)
            throw Error(_lexer.Token, $"Document nesting exceeds the maximum depth of {_options.MaxDepth}.");
        return new DepthScope(this);
    }

    private readonly struct DepthScope(Parser parser) : IDisposable
    {
        public void Dispose() => parser._depth--;
    }
}
