using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL (graphql-js buildASTSchema): types in document order, extensions merged in, the specified
/// scalars and directives added where not redefined. Fields get no resolvers, so the default resolver reads values
/// off the data given as root value — how the differential tests run the same schema and data here and in graphql-js.
/// Custom scalars pass values through unless an implementation is given by name.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly Dictionary<string, TypeDefinitionNode> definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TypeSystemExtensionNode>> extensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedType> types = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, ScalarType> scalars;

    private SchemaBuilder(IReadOnlyDictionary<string, ScalarType>? scalars) =>
        this.scalars = scalars ?? new Dictionary<string, ScalarType>();

    public static GraphQLSchema Build(string sdl, IReadOnlyDictionary<string, ScalarType>? scalars = null) =>
        Build(Parser.Parse(sdl), scalars);

    public static GraphQLSchema Build(DocumentNode document, IReadOnlyDictionary<string, ScalarType>? scalars = null) =>
        new SchemaBuilder(scalars).BuildSchema(document);

    private GraphQLSchema BuildSchema(DocumentNode document)
    {
        var directiveNodes = new List<DirectiveDefinitionNode>();
        SchemaDefinitionNode? schemaNode = null;
        var schemaExtensions = new List<SchemaExtensionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type: definitions[NameOf(type)] = type; break;
                case SchemaDefinitionNode schema: schemaNode = schema; break;
                case SchemaExtensionNode schemaExtension: schemaExtensions.Add(schemaExtension); break;
                case DirectiveDefinitionNode directive: directiveNodes.Add(directive); break;
                case TypeSystemExtensionNode extension: AddExtension(extension); break;
            }
        }
        foreach (var (name, node) in definitions) types[name] = CreateType(name, node);

        var directives = directiveNodes.Select(BuildDirective).ToList();
        foreach (var specified in SpecifiedDirectives.All)
            if (directives.All(d => d.Name != specified.Name)) directives.Add(specified);

        var roots = (schemaNode?.OperationTypes ?? []).Concat(schemaExtensions.SelectMany(e => e.OperationTypes))
            .ToDictionary(o => o.Operation, o => o.Type.Name.Value);
        ObjectType? Root(OperationType operation, string conventional) =>
            (roots.Count > 0 ? roots.GetValueOrDefault(operation) : conventional) is { } name ? types.GetValueOrDefault(name) as ObjectType : null;

        return new GraphQLSchema(Root(OperationType.Query, "Query"), Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"),
            types.Values, directives, schemaNode?.Description?.Value);
    }

    private void AddExtension(TypeSystemExtensionNode extension)
    {
        var name = extension switch
        {
            ObjectTypeExtensionNode e => e.Name.Value,
            InterfaceTypeExtensionNode e => e.Name.Value,
            UnionTypeExtensionNode e => e.Name.Value,
            EnumTypeExtensionNode e => e.Name.Value,
            InputObjectTypeExtensionNode e => e.Name.Value,
            ScalarTypeExtensionNode e => e.Name.Value,
            _ => throw new ArgumentException("Unknown extension."),
        };
        if (!extensions.TryGetValue(name, out var list)) extensions[name] = list = [];
        list.Add(extension);
    }

    private static string NameOf(TypeDefinitionNode node) => node switch
    {
        ObjectTypeDefinitionNode n => n.Name.Value,
        InterfaceTypeDefinitionNode n => n.Name.Value,
        UnionTypeDefinitionNode n => n.Name.Value,
        EnumTypeDefinitionNode n => n.Name.Value,
        InputObjectTypeDefinitionNode n => n.Name.Value,
        ScalarTypeDefinitionNode n => n.Name.Value,
        _ => throw new ArgumentException("Unknown type definition."),
    };

    private IEnumerable<T> Extensions<T>(string name) => extensions.GetValueOrDefault(name)?.OfType<T>() ?? [];

    private GraphQLType TypeFrom(TypeNode node) => node switch
    {
        NonNullTypeNode n => new NonNullType(TypeFrom(n.Type)),
        ListTypeNode l => new ListType(TypeFrom(l.Type)),
        NamedTypeNode named => NamedTypeFrom(named.Name.Value),
        _ => throw new ArgumentException("Unknown type node."),
    };

    private NamedType NamedTypeFrom(string name) =>
        types.GetValueOrDefault(name) ?? SpecifiedScalars.All.FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"Unknown type \"{name}\".");
}
