using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Fact]
    public void Print_BuiltTreeWithoutLocations_PrintsCanonicalText()
    {
        // Arrange
        var field = new FieldNode(new NameNode("a"), new NameNode("b"),
            [new ArgumentNode(new NameNode("x"), new ListValueNode([new StringValueNode("s\n", false), new NullValueNode()]))],
            [new DirectiveNode(new NameNode("d"), [])], null);
        var document = new DocumentNode(
        [
            new OperationDefinitionNode(null, OperationType.Query, null, [], [], new SelectionSetNode([field])),
        ]);

        // Act
        var printed = Printer.Print(document);

        // Assert
        printed.Should().Be("{\n  a: b(x: [\"s\\n\", null]) @d\n}");
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData(" indented", "\"\"\" indented\"\"\"")]
    [InlineData("ends in quote\"", "\"\"\"\nends in quote\"\n\"\"\"")]
    public void Print_BlockString_ChoosesSingleOrMultiLine(string value, string expected)
    {
        // Act
        var printed = Printer.Print(new StringValueNode(value, true));

        // Assert
        printed.Should().Be(expected);
    }

    [Fact]
    public void Print_ParsedDocument_ReparsesToSamePrint()
    {
        // Arrange
        const string body = "type T implements I @d { f(\"\"\"x\ny\"\"\" a: Int = 1, b: [In!]! = {k: [1.5]}): String @deprecated }";
        var once = Printer.Print(Parser.Parse(body));

        // Act
        var twice = Printer.Print(Parser.Parse(once));

        // Assert
        twice.Should().Be(once);
        once.Should().Contain("f(\n    \"\"\"\n    x\n    y\n    \"\"\"\n    a: Int = 1\n    b: [In!]! = {k: [1.5]}\n  ): String");
    }
}
