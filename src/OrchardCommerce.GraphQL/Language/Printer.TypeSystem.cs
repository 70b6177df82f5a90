namespace OrchardCommerce.GraphQL.Language;

public static partial class Printer
{
    private static string PrintTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode n => Description(n.Description) + Join(["schema", Directives(n.Directives), Block(n.OperationTypes)], " "),
        OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + Text(n.Type),
        ScalarTypeDefinitionNode n => Description(n.Description) + Join(["scalar", Text(n.Name), Directives(n.Directives)], " "),
        ObjectTypeDefinitionNode n => Description(n.Description)
            + Join(["type", Text(n.Name), Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields)], " "),
        FieldDefinitionNode n => Description(n.Description) + Text(n.Name) + ArgumentDefinitions(n.Arguments) + ": "
            + Text(n.Type) + Wrap(" ", Directives(n.Directives)),
        InputValueDefinitionNode n => Description(n.Description)
            + Join([Text(n.Name) + ": " + Text(n.Type), Wrap("= ", Text(n.DefaultValue)), Directives(n.Directives)], " "),
        InterfaceTypeDefinitionNode n => Description(n.Description)
            + Join(["interface", Text(n.Name), Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields)], " "),
        UnionTypeDefinitionNode n => Description(n.Description)
            + Join(["union", Text(n.Name), Directives(n.Directives), Wrap("= ", Join(n.Types, " | "))], " "),
        EnumTypeDefinitionNode n => Description(n.Description)
            + Join(["enum", Text(n.Name), Directives(n.Directives), Block(n.Values)], " "),
        EnumValueDefinitionNode n => Description(n.Description) + Join([Text(n.Name), Directives(n.Directives)], " "),
        InputObjectTypeDefinitionNode n => Description(n.Description)
            + Join(["input", Text(n.Name), Directives(n.Directives), Block(n.Fields)], " "),
        DirectiveDefinitionNode n => Description(n.Description) + "directive @" + Text(n.Name)
            + ArgumentDefinitions(n.Arguments) + (n.Repeatable ? " repeatable" : "") + " on " + Join(n.Locations, " | "),
        _ => PrintExtension(node),
    };

    private static string PrintExtension(Node node) => node switch
    {
        SchemaExtensionNode n => Join(["extend schema", Directives(n.Directives), Block(n.OperationTypes)], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", Text(n.Name), Directives(n.Directives)], " "),
        ObjectTypeExtensionNode n => Join(["extend type", Text(n.Name), Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields)], " "),
        InterfaceTypeExtensionNode n => Join(["extend interface", Text(n.Name), Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields)], " "),
        UnionTypeExtensionNode n => Join(["extend union", Text(n.Name), Directives(n.Directives), Wrap("= ", Join(n.Types, " | "))], " "),
        EnumTypeExtensionNode n => Join(["extend enum", Text(n.Name), Directives(n.Directives), Block(n.Values)], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", Text(n.Name), Directives(n.Directives), Block(n.Fields)], " "),
        _ => throw new ArgumentException($"Cannot print a {node.GetType().Name}.", nameof(node)),
    };

    private static string Implements(IEnumerable<NamedTypeNode> interfaces) => Wrap("implements ", Join(interfaces, " & "));

    // Argument definitions go one per line as soon as one of them spans lines (a block string description).
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Text).ToList();
        return printed.Any(p => p.Contains('\n'))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
