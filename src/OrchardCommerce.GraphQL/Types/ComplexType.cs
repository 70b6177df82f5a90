namespace OrchardCommerce.GraphQL.Types;

/// <summary>
/// An object or interface type: fields and implemented interfaces, both given as thunks so types may refer to each
/// other (and themselves) before all are built; each is read once, on first use.
/// </summary>
public abstract class ComplexType : NamedType
{
    private readonly Lazy<IReadOnlyDictionary<string, FieldDefinition>> fields;
    private readonly Lazy<IReadOnlyList<InterfaceType>> interfaces;

    protected ComplexType(string name, string? description, Func<IEnumerable<FieldDefinition>> fields, Func<IEnumerable<InterfaceType>>? interfaces)
        : base(name, description)
    {
        this.fields = new(() => ToMap(name, fields()));
        this.interfaces = new(() => interfaces is null ? [] : interfaces().ToList());
    }

    /// <summary>Fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => fields.Value;

    public IReadOnlyList<InterfaceType> Interfaces => interfaces.Value;

    public FieldDefinition? GetField(string fieldName) => Fields.GetValueOrDefault(fieldName);

    private static IReadOnlyDictionary<string, FieldDefinition> ToMap(string typeName, IEnumerable<FieldDefinition> definitions)
    {
        var map = new OrderedFieldMap();
        foreach (var field in definitions)
            if (!map.TryAdd(field.Name, field))
                throw new ArgumentException($"{typeName}.{field.Name} is defined twice.");
        return map;
    }
}
