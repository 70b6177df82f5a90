namespace OrchardCommerce.GraphQL.Types;

/// <summary>An interface (spec §3.7); interfaces may implement interfaces.</summary>
public sealed class InterfaceType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null) : ComplexType(name, description, fields, interfaces)
{
    /// <summary>Absent: the implementations' IsTypeOf decide, then a "__typename" key in the value.</summary>
    public TypeResolver? ResolveType { get; init; }
}
