namespace OrchardCommerce.GraphQL.Language;

/// <summary>Prints a syntax tree back to GraphQL text in the canonical layout graphql-js's print produces.</summary>
public static partial class Printer
{
    // Past this width a field's arguments go one per line.
    private const int MaxLineLength = 80;

    public static string Print(Node node) => node switch
    {
        NameNode n => n.Value,
        DocumentNode n => Join(n.Definitions.Select(Text), "\n\n"),
        ExecutableDefinitionNode or SelectionSetNode or SelectionNode or VariableDefinitionNode or ArgumentNode
            => PrintExecutable(node),
        ValueNode or ObjectFieldNode or DirectiveNode or TypeNode => PrintValueOrType(node),
        _ => PrintTypeSystem(node),
    };

    private static string PrintValueOrType(Node node) => node switch
    {
        VariableNode n => "$" + Text(n.Name),
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values.Select(Text), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Text), ", ") + "}",
        ObjectFieldNode n => Text(n.Name) + ": " + Text(n.Value),
        DirectiveNode n => "@" + Text(n.Name) + Wrap("(", Join(n.Arguments.Select(Text), ", "), ")"),
        NamedTypeNode n => Text(n.Name),
        ListTypeNode n => "[" + Text(n.Type) + "]",
        NonNullTypeNode n => Text(n.Type) + "!",
        _ => throw new ArgumentException($"Cannot print a {node.GetType().Name}.", nameof(node)),
    };

    private static string Text(Node? node) => node is null ? "" : Print(node);

    private static string Join(IEnumerable<string?> parts, string separator = "") =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Join(IEnumerable<Node> nodes, string separator) => Join(nodes.Select(Text), separator);

    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? "" : start + text + end;

    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  "));

    private static string Block(IEnumerable<Node> nodes) => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Directives(IEnumerable<DirectiveNode> directives) => Join(directives, " ");

    private static string Description(StringValueNode? description) => Wrap("", Text(description), "\n");
}
