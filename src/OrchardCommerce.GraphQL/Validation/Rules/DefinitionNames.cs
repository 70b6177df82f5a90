using OrchardCommerce.GraphQL.Language;

namespace OrchardCommerce.GraphQL.Validation.Rules;

/// <summary>The name a type system definition or extension declares, and the kinds of node that are type system ones.</summary>
internal static class DefinitionNames
{
    public static string? Of(Node node) => node switch
    {
        ObjectTypeDefinitionNode n => n.Name.Value,
        InterfaceTypeDefinitionNode n => n.Name.Value,
        UnionTypeDefinitionNode n => n.Name.Value,
        EnumTypeDefinitionNode n => n.Name.Value,
        InputObjectTypeDefinitionNode n => n.Name.Value,
        ScalarTypeDefinitionNode n => n.Name.Value,
        ObjectTypeExtensionNode n => n.Name.Value,
        InterfaceTypeExtensionNode n => n.Name.Value,
        UnionTypeExtensionNode n => n.Name.Value,
        EnumTypeExtensionNode n => n.Name.Value,
        InputObjectTypeExtensionNode n => n.Name.Value,
        ScalarTypeExtensionNode n => n.Name.Value,
        DirectiveDefinitionNode n => n.Name.Value,
        _ => null,
    };

    public static bool IsTypeDefinitionOrExtension(Node node) =>
        node is TypeDefinitionNode || (node is TypeSystemExtensionNode && node is not SchemaExtensionNode);
}
