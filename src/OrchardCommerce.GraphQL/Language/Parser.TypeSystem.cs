namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Parser
{
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = Loc(start) };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType()) { Location = Loc(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinitionNode(description, name, ParseDirectives(true)) { Location = Loc(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition()) { Location = Loc(start) };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, ParseFieldsDefinition()) { Location = Loc(start) };
    }

    private List<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private List<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(true)) { Location = Loc(start) };
    }

    private List<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(true)) { Location = Loc(start) };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new UnionTypeDefinitionNode(description, name, directives, ParseUnionMemberTypes()) { Location = Loc(start) };
    }

    private List<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new EnumTypeDefinitionNode(description, name, directives, ParseEnumValuesDefinition()) { Location = Loc(start) };
    }

    private List<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        // GraphQL spec §3.9: EnumValue is a Name but not true, false or null.
        if (Current.Value is "true" or "false" or "null")
            throw Error(Current, $"{Current.Describe()} is reserved and cannot be used for an enum value.");
        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(true)) { Location = Loc(start) };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new InputObjectTypeDefinitionNode(description, name, directives, ParseInputFieldsDefinition()) { Location = Loc(start) };
    }

    private List<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);
}
