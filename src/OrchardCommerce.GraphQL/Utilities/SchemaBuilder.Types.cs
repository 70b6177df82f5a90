using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
    private NamedType CreateType(string name, TypeDefinitionNode node)
    {
        if (SpecifiedScalars.All.FirstOrDefault(s => s.Name == name) is { } specified) return specified;
        switch (node)
        {
            case ObjectTypeDefinitionNode o:
                var objectExtensions = Extensions<ObjectTypeExtensionNode>(name).ToList();
                return new ObjectType(name,
                    () => o.Fields.Concat(objectExtensions.SelectMany(e => e.Fields)).Select(BuildField),
                    () => o.Interfaces.Concat(objectExtensions.SelectMany(e => e.Interfaces)).Select(i => (InterfaceType)NamedTypeFrom(i.Name.Value)),
                    o.Description?.Value) { AstNode = node };
            case InterfaceTypeDefinitionNode i:
                var interfaceExtensions = Extensions<InterfaceTypeExtensionNode>(name).ToList();
                return new InterfaceType(name,
                    () => i.Fields.Concat(interfaceExtensions.SelectMany(e => e.Fields)).Select(BuildField),
                    () => i.Interfaces.Concat(interfaceExtensions.SelectMany(e => e.Interfaces)).Select(n => (InterfaceType)NamedTypeFrom(n.Name.Value)),
                    i.Description?.Value) { AstNode = node };
            case UnionTypeDefinitionNode u:
                return new UnionType(name,
                    () => u.Types.Concat(Extensions<UnionTypeExtensionNode>(name).SelectMany(e => e.Types)).Select(t => (ObjectType)NamedTypeFrom(t.Name.Value)),
                    u.Description?.Value) { AstNode = node };
            case EnumTypeDefinitionNode e:
                var values = e.Values.Concat(Extensions<EnumTypeExtensionNode>(name).SelectMany(x => x.Values))
                    .Select(v => new EnumValueDefinition(v.Name.Value, v.Name.Value) { Description = v.Description?.Value, DeprecationReason = DeprecationReason(v.Directives) });
                return new EnumType(name, values, e.Description?.Value) { AstNode = node };
            case InputObjectTypeDefinitionNode input:
                var inputExtensions = Extensions<InputObjectTypeExtensionNode>(name).ToList();
                return new InputObjectType(name, () => input.Fields.Concat(inputExtensions.SelectMany(x => x.Fields)).Select(BuildInputValue), input.Description?.Value)
                {
                    AstNode = node,
                    IsOneOf = HasDirective(input.Directives, "oneOf") || inputExtensions.Any(x => HasDirective(x.Directives, "oneOf")),
                };
            case ScalarTypeDefinitionNode s:
                if (scalars.TryGetValue(name, out var implementation)) return implementation;
                var scalarDirectives = s.Directives.Concat(Extensions<ScalarTypeExtensionNode>(name).SelectMany(x => x.Directives)).ToList();
                return new ScalarType(name, s.Description?.Value, v => v, v => v, n => ValueFromAstUntyped.Convert(n))
                {
                    AstNode = node,
                    SpecifiedByUrl = DirectiveArgument(scalarDirectives, SpecifiedDirectives.SpecifiedBy, "url") as string,
                };
            default:
                throw new ArgumentException($"Unknown type definition for {name}.");
        }
    }

    private FieldDefinition BuildField(FieldDefinitionNode node) => new(node.Name.Value, TypeFrom(node.Type))
    {
        Description = node.Description?.Value,
        Arguments = node.Arguments.Select(BuildInputValue).ToList(),
        DeprecationReason = DeprecationReason(node.Directives),
        AstNode = node,
    };

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node)
    {
        var type = TypeFrom(node.Type);
        object? defaultValue = null;
        var hasDefault = node.DefaultValue is not null && ValueFromAst.TryConvert(node.DefaultValue, type, null, out defaultValue);
        return new InputValueDefinition(node.Name.Value, type)
        {
            Description = node.Description?.Value,
            HasDefaultValue = hasDefault,
            DefaultValue = defaultValue,
            DeprecationReason = DeprecationReason(node.Directives),
            AstNode = node,
        };
    }

    private DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) =>
        new(node.Name.Value, node.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value)).ToList())
        {
            Description = node.Description?.Value,
            Arguments = node.Arguments.Select(BuildInputValue).ToList(),
            IsRepeatable = node.Repeatable,
            AstNode = node,
        };

    private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) => directives.Any(d => d.Name.Value == name);

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives) =>
        HasDirective(directives, SpecifiedDirectives.Deprecated.Name)
            ? DirectiveArgument(directives, SpecifiedDirectives.Deprecated, "reason") as string
            : null;

    /// <summary>A directive's argument coerced as graphql-js getDirectiveValues does, the default filling in when absent.</summary>
    private static object? DirectiveArgument(IEnumerable<DirectiveNode> directives, DirectiveDefinition definition, string argumentName)
    {
        var directive = directives.FirstOrDefault(d => d.Name.Value == definition.Name);
        var argument = definition.GetArgument(argumentName)!;
        var node = directive?.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
        if (node is not null && ValueFromAst.TryConvert(node.Value, argument.Type, null, out var value)) return value;
        return argument.HasDefaultValue ? argument.DefaultValue : null;
    }
}
