using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>A directive a schema supports (spec §3.13).</summary>
public sealed class DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations)
{
    public string Name { get; } = Names.Assert(name);
    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = [];
    public string? Description { get; init; }
    public bool IsRepeatable { get; init; }
    public string? DeprecationReason { get; init; }
    public DirectiveDefinitionNode? AstNode { get; init; }

    public InputValueDefinition? GetArgument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);
    public override string ToString() => "@" + Name;
}
