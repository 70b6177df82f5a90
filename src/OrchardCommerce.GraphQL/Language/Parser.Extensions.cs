namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Parser
{
    private DefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension(keyword.Value);
                case "interface": return ParseObjectTypeExtension(keyword.Value);
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keyword);
    }

    // An extension must add something (spec §3.4.3 and the type extensions): else the token after it is unexpected.
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0) throw Unexpected();
        return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0) throw Unexpected();
        return new ScalarTypeExtensionNode(name, directives) { Location = Loc(start) };
    }

    private TypeSystemExtensionNode ParseObjectTypeExtension(string keyword)
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return keyword == "type"
            ? new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) }
            : new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0) throw Unexpected();
        return new UnionTypeExtensionNode(name, directives, types) { Location = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0) throw Unexpected();
        return new EnumTypeExtensionNode(name, directives, values) { Location = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0) throw Unexpected();
        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = Loc(start) };
    }
}
