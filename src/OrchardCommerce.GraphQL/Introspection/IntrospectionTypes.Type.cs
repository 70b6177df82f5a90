using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    public static TypeKind KindOf(GraphQLType type) => type switch
    {
        ScalarType => TypeKind.SCALAR,
        ObjectType => TypeKind.OBJECT,
        InterfaceType => TypeKind.INTERFACE,
        UnionType => TypeKind.UNION,
        EnumType => TypeKind.ENUM,
        InputObjectType => TypeKind.INPUT_OBJECT,
        ListType => TypeKind.LIST,
        _ => TypeKind.NON_NULL,
    };

    private static ObjectType CreateType() => new("__Type", () =>
    [
        new("kind", TypeKindEnum.NonNull()) { Resolver = Resolve.From<GraphQLType>(t => KindOf(t)) },
        new("name", SpecifiedScalars.String) { Resolver = Resolve.From<GraphQLType>(t => (t as NamedType)?.Name) },
        new("description", SpecifiedScalars.String) { Resolver = Resolve.From<GraphQLType>(t => (t as NamedType)?.Description) },
        new("specifiedByURL", SpecifiedScalars.String) { Resolver = Resolve.From<GraphQLType>(t => (t as ScalarType)?.SpecifiedByUrl) },
        new("fields", Field.NonNull().List())
        {
            Arguments = [Resolve.IncludeDeprecatedArgument()],
            Resolver = Resolve.From<GraphQLType>((t, c) => t is ComplexType complex
                ? complex.Fields.Values.Where(f => Resolve.IncludeDeprecated(c) || f.DeprecationReason is null).ToList()
                : null),
        },
        new("interfaces", Type.NonNull().List()) { Resolver = Resolve.From<GraphQLType>(t => (t as ComplexType)?.Interfaces) },
        new("possibleTypes", Type.NonNull().List())
        {
            Resolver = Resolve.From<GraphQLType>((t, c) => t is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)t) : null),
        },
        new("enumValues", EnumValue.NonNull().List())
        {
            Arguments = [Resolve.IncludeDeprecatedArgument()],
            Resolver = Resolve.From<GraphQLType>((t, c) => t is EnumType e
                ? e.Values.Where(v => Resolve.IncludeDeprecated(c) || v.DeprecationReason is null).ToList()
                : null),
        },
        new("inputFields", InputValue.NonNull().List())
        {
            Arguments = [Resolve.IncludeDeprecatedArgument()],
            Resolver = Resolve.From<GraphQLType>((t, c) => t is InputObjectType input
                ? input.Fields.Where(f => Resolve.IncludeDeprecated(c) || f.DeprecationReason is null).ToList()
                : null),
        },
        new("ofType", Type) { Resolver = Resolve.From<GraphQLType>(t => t switch { ListType l => l.OfType, NonNullType n => n.OfType, _ => null }) },
        new("isOneOf", SpecifiedScalars.Boolean) { Resolver = Resolve.From<GraphQLType>(t => t is InputObjectType input ? input.IsOneOf : null) },
    ], description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
}
