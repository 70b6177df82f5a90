namespace OrchardCommerce.GraphQL.Language;

public static partial class Printer
{
    private static string PrintExecutable(Node node) => node switch
    {
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Description(n.Description) + Text(n.Variable) + ": " + Text(n.Type) + Wrap(" = ", Text(n.DefaultValue))
            + Wrap(" ", Directives(n.Directives)),
        SelectionSetNode n => Block(n.Selections),
        FieldNode n => PrintField(n),
        ArgumentNode n => Text(n.Name) + ": " + Text(n.Value),
        FragmentSpreadNode n => "..." + Text(n.Name) + Wrap(" ", Directives(n.Directives)),
        InlineFragmentNode n => Join(["...", Wrap("on ", Text(n.TypeCondition)), Directives(n.Directives), Text(n.SelectionSet)], " "),
        FragmentDefinitionNode n => Description(n.Description) + $"fragment {Text(n.Name)} on {Text(n.TypeCondition)} "
            + Wrap("", Directives(n.Directives), " ") + Text(n.SelectionSet),
        _ => throw new ArgumentException($"Cannot print a {node.GetType().Name}.", nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions.Select(Print).ToList();
        // Variables go one per line, unindented, once one of them spans lines (a block string description).
        var variables = definitions.Any(d => d.Contains('\n'))
            ? Wrap("(\n", Join(definitions, "\n"), "\n)")
            : Wrap("(", Join(definitions, ", "), ")");
        var prefix = Description(node.Description)
            + Join([OperationKeyword(node.Operation), Join([Text(node.Name), variables]), Directives(node.Directives)], " ");
        // An anonymous query without variables or directives prints in the short form: just its selection set.
        return (prefix == "query" ? "" : prefix + " ") + Text(node.SelectionSet);
    }

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap("", Text(node.Alias), ": ") + Text(node.Name);
        var line = prefix + Wrap("(", Join(node.Arguments, ", "), ")");
        if (line.Length > MaxLineLength) line = prefix + Wrap("(\n", Indent(Join(node.Arguments, "\n")), "\n)");
        return Join([line, Directives(node.Directives), Text(node.SelectionSet)], " ");
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
