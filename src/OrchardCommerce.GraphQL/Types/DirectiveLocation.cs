namespace OrchardCommerce.GraphQL.Types;

/// <summary>Where a directive may appear (spec §3.13 DirectiveLocations); names as in documents and introspection.</summary>
public enum DirectiveLocation
{
    QUERY, MUTATION, SUBSCRIPTION, FIELD, FRAGMENT_DEFINITION, FRAGMENT_SPREAD, INLINE_FRAGMENT, VARIABLE_DEFINITION,
    SCHEMA, SCALAR, OBJECT, FIELD_DEFINITION, ARGUMENT_DEFINITION, INTERFACE, UNION, ENUM, ENUM_VALUE, INPUT_OBJECT,
    INPUT_FIELD_DEFINITION, DIRECTIVE_DEFINITION,
}
