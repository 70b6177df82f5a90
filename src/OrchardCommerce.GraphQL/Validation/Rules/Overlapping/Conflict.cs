using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules.Overlapping;

/// <summary>Two sets of field nodes that cannot be merged under one response name, and why.</summary>
internal sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2)
{
    // graphql-js bounds how much of a deep conflict it spells out, so one error cannot grow without limit.
    public const int MaxDetailLength = 1000;
    public const int MaxNodes = 20;

    public static string Abbreviate(string text) => text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;

    /// <summary>One conflict for a pair of fields whose sub-selections conflict, naming each sub-conflict.</summary>
    public static Conflict? FromSubfields(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0) return null;
        var message = "";
        foreach (var conflict in conflicts)
        {
            message += (message.Length == 0 ? "" : " and ") + $"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}";
            if (message.Length > MaxDetailLength) break;
        }
        return new Conflict(responseName, Abbreviate(message), NodesOf(node1, conflicts, first: true), NodesOf(node2, conflicts, first: false));
    }

    // Locations start with the enclosing field, then the innermost ones, from the end of each sub-conflict's list.
    private static List<FieldNode> NodesOf(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxNodes - nodes.Count;
            nodes.AddRange(side.Count > remaining ? side.GetRange(side.Count - remaining, remaining) : side);
            if (nodes.Count == MaxNodes) break;
        }
        return nodes;
    }
}
