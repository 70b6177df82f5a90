using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parse_Query_BuildsNodesWithOffsets()
    {
        // Arrange
        const string body = "query Q($id: ID! = 4) { me: user(id: $id) @skip(if: false) { ...F } }";

        // Act
        var document = Parser.Parse(body);

        // Assert
        var operation = document.Definitions.Should().ContainSingle().Which.Should().BeOfType<OperationDefinitionNode>().Which;
        operation.Location.Should().Be(new Location(0, body.Length, new Source(body)));
        operation.Name!.Value.Should().Be("Q");
        var variable = operation.VariableDefinitions.Single();
        variable.Type.Should().BeOfType<NonNullTypeNode>().Which.Type.Should().BeOfType<NamedTypeNode>().Which.Name.Value.Should().Be("ID");
        variable.DefaultValue.Should().BeOfType<IntValueNode>().Which.Value.Should().Be("4");
        var field = operation.SelectionSet.Selections.Single().Should().BeOfType<FieldNode>().Which;
        field.Alias!.Value.Should().Be("me");
        field.Name.Value.Should().Be("user");
        field.Name.Location!.Start.Should().Be(body.IndexOf("user", StringComparison.Ordinal));
        field.Arguments.Single().Value.Should().BeOfType<VariableNode>().Which.Name.Value.Should().Be("id");
        field.Directives.Single().Arguments.Single().Value.Should().Be(new BooleanValueNode(false) { Location = field.Directives.Single().Arguments.Single().Value.Location });
        field.SelectionSet!.Selections.Single().Should().BeOfType<FragmentSpreadNode>().Which.Name.Value.Should().Be("F");
    }

    [Fact]
    public void Parse_TypeSystem_ReadsInterfacesRepeatableAndDescriptions()
    {
        // Arrange
        const string body = "\"\"\"Node\"\"\" interface A implements B & C { f(\"arg\" x: Int = 1): [A!]! }\n"
            + "directive @d repeatable on FIELD | OBJECT";

        // Act
        var document = Parser.Parse(body);

        // Assert
        var type = document.Definitions[0].Should().BeOfType<InterfaceTypeDefinitionNode>().Which;
        type.Description.Should().BeEquivalentTo(new { Value = "Node", Block = true });
        type.Interfaces.Select(i => i.Name.Value).Should().Equal("B", "C");
        type.Fields.Single().Arguments.Single().Description!.Value.Should().Be("arg");
        var directive = document.Definitions[1].Should().BeOfType<DirectiveDefinitionNode>().Which;
        directive.Repeatable.Should().BeTrue();
        directive.Locations.Select(l => l.Value).Should().Equal("FIELD", "OBJECT");
    }

    [Fact]
    public void ParseValueAndParseType_Standalone_ParseWholeInput()
    {
        // Act
        var value = Parser.ParseValue("{a: [1, \"x\", $v, ENUM, null]}");
        var type = Parser.ParseType("[String!]");
        var constant = () => Parser.ParseConstValue("[$v]");
        var trailing = () => Parser.ParseType("Int Int");

        // Assert
        value.Should().BeOfType<ObjectValueNode>().Which.Fields.Single().Value.Should().BeOfType<ListValueNode>()
            .Which.Values.Select(v => v.GetType().Name).Should().Equal("IntValueNode", "StringValueNode", "VariableNode", "EnumValueNode", "NullValueNode");
        type.Should().BeOfType<ListTypeNode>().Which.Type.Should().BeOfType<NonNullTypeNode>();
        constant.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Unexpected variable \"$v\" in constant value.");
        trailing.Should().Throw<GraphQLSyntaxException>().WithMessage("Syntax Error: Expected <EOF>, found Name \"Int\".");
    }

    [Fact]
    public void Parse_UnterminatedOnSecondLine_ReportsLineAndColumn()
    {
        // Act
        var act = () => Parser.Parse("{\n  a(b: \"open\n}");

        // Assert
        var error = act.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be("Syntax Error: Unterminated string.");
        error.Locations.Should().Equal(new SourceLocation(2, 13));
        error.Position.Should().Be(14);
    }
}
