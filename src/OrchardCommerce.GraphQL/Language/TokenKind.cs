namespace OrchardCommerce.GraphQL.Language;

/// <summary>The lexical token kinds of GraphQL (spec §2.1.6) plus the start and end markers.</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
    Comment,
}
