using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Introspection;

public static partial class IntrospectionTypes
{
    private static EnumType CreateDirectiveLocation()
    {
        (DirectiveLocation Location, string Description)[] values =
        [
            (DirectiveLocation.QUERY, "Location adjacent to a query operation."),
            (DirectiveLocation.MUTATION, "Location adjacent to a mutation operation."),
            (DirectiveLocation.SUBSCRIPTION, "Location adjacent to a subscription operation."),
            (DirectiveLocation.FIELD, "Location adjacent to a field."),
            (DirectiveLocation.FRAGMENT_DEFINITION, "Location adjacent to a fragment definition."),
            (DirectiveLocation.FRAGMENT_SPREAD, "Location adjacent to a fragment spread."),
            (DirectiveLocation.INLINE_FRAGMENT, "Location adjacent to an inline fragment."),
            (DirectiveLocation.VARIABLE_DEFINITION, "Location adjacent to a variable definition."),
            (DirectiveLocation.SCHEMA, "Location adjacent to a schema definition."),
            (DirectiveLocation.SCALAR, "Location adjacent to a scalar definition."),
            (DirectiveLocation.OBJECT, "Location adjacent to an object type definition."),
            (DirectiveLocation.FIELD_DEFINITION, "Location adjacent to a field definition."),
            (DirectiveLocation.ARGUMENT_DEFINITION, "Location adjacent to an argument definition."),
            (DirectiveLocation.INTERFACE, "Location adjacent to an interface definition."),
            (DirectiveLocation.UNION, "Location adjacent to a union definition."),
            (DirectiveLocation.ENUM, "Location adjacent to an enum definition."),
            (DirectiveLocation.ENUM_VALUE, "Location adjacent to an enum value definition."),
            (DirectiveLocation.INPUT_OBJECT, "Location adjacent to an input object type definition."),
            (DirectiveLocation.INPUT_FIELD_DEFINITION, "Location adjacent to an input object field definition."),
            (DirectiveLocation.DIRECTIVE_DEFINITION, "Location adjacent to a directive definition."),
        ];
        return new EnumType("__DirectiveLocation", values.Select(v => new EnumValueDefinition(v.Location.ToString(), v.Location) { Description = v.Description }),
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
    }

    private static EnumType CreateTypeKind()
    {
        (TypeKind Kind, string Description)[] values =
        [
            (TypeKind.SCALAR, "Indicates this type is a scalar."),
            (TypeKind.OBJECT, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            (TypeKind.INTERFACE, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            (TypeKind.UNION, "Indicates this type is a union. `possibleTypes` is a valid field."),
            (TypeKind.ENUM, "Indicates this type is an enum. `enumValues` is a valid field."),
            (TypeKind.INPUT_OBJECT, "Indicates this type is an input object. `inputFields` is a valid field."),
            (TypeKind.LIST, "Indicates this type is a list. `ofType` is a valid field."),
            (TypeKind.NON_NULL, "Indicates this type is a non-null. `ofType` is a valid field."),
        ];
        return new EnumType("__TypeKind", values.Select(v => new EnumValueDefinition(v.Kind.ToString(), v.Kind) { Description = v.Description }),
            "An enum describing what kind of type a given `__Type` is.");
    }
}
