namespace OrchardCommerce.GraphQL.Types;

/// <summary>An object type (spec §3.6): the only kind of composite type a value is at run time.</summary>
public sealed class ObjectType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null) : ComplexType(name, description, fields, interfaces)
{
    /// <summary>Whether a value belongs to this type, for abstract types without a <see cref="TypeResolver"/>.</summary>
    public Func<object?, bool>? IsTypeOf { get; init; }
}
