namespace OrchardCommerce.Recipes.Scripting;

/// <param name="Text">The identifier or punctuator text; the decoded value for string literals.</param>
/// <param name="Number">The value of a number literal.</param>
internal readonly record struct Token(TokenKind Kind, string Text, double Number, int Position)
{
    public bool Is(string punctuator) => Kind == TokenKind.Punctuator && Text == punctuator;
}
