namespace OrchardCommerce.Recipes.Scripting;

internal enum TokenKind
{
    String,
    Number,
    Identifier,
    Punctuator,
    End,
}
