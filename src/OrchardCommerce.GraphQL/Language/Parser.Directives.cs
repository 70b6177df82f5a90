namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Parser
{
    // GraphQL spec §3.13: ExecutableDirectiveLocation and TypeSystemDirectiveLocation.
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = Loc(start) };
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        return DirectiveLocations.Contains(name.Value) ? name : throw Unexpected(start);
    }
}
