using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Utilities;

/// <summary>The schema type a type reference names, or null when its named type is unknown (graphql-js typeFromAST);
/// validation and variable coercion both read variable types through it.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Get(GraphQLSchema schema, TypeNode? node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Get(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
