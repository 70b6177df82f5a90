namespace OrchardCommerce.GraphQL.Language;

public sealed partial class Parser
{
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL)) return ParseOperationDefinition();
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
            throw Error(Current, "Unexpected description, descriptions are not supported on shorthand queries.");
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }
            switch (keyword.Value)
            {
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }
            if (hasDescription)
                throw Error(Current, "Unexpected description, only GraphQL definitions support descriptions.");
            if (keyword.Value == "extend") return ParseTypeSystemExtension();
        }
        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
            return new OperationDefinitionNode(null, OperationType.Query, null, [], [], ParseSelectionSet()) { Location = Loc(start) };
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);
        var directives = ParseDirectives(false);
        return new OperationDefinitionNode(description, operation, name, variables, directives, ParseSelectionSet()) { Location = Loc(start) };
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        return new VariableDefinitionNode(description, variable, type, defaultValue, ParseDirectives(true)) { Location = Loc(start) };
    }

    private VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode(ParseName()) { Location = Loc(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        using var _ = Nest();
        return new SelectionSetNode(Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR)) { Location = Loc(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    private List<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenL, () => ParseArgument(isConst), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst)) { Location = Loc(start) };
    }

    private SelectionNode ParseFragment()
    {
        var start = Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
            return new FragmentSpreadNode(ParseFragmentName(), ParseDirectives(false)) { Location = Loc(start) };
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet()) { Location = Loc(start) };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        return new FragmentDefinitionNode(description, name, typeCondition, directives, ParseSelectionSet()) { Location = Loc(start) };
    }

    // GraphQL spec §2.8: FragmentName is a Name but not "on".
    private NameNode ParseFragmentName() => Current.Value == "on" ? throw Unexpected() : ParseName();

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }
}
