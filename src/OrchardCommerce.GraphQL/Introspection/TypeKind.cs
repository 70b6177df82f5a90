namespace OrchardCommerce.GraphQL.Introspection;

/// <summary>The kinds of type introspection reports (spec §4.5.2).</summary>
public enum TypeKind
{
    SCALAR, OBJECT, INTERFACE, UNION, ENUM, INPUT_OBJECT, LIST, NON_NULL,
}
