namespace OrchardCommerce.GraphQL.Types;

/// <summary>A union of object types (spec §3.8).</summary>
public sealed class UnionType(string name, Func<IEnumerable<ObjectType>> types, string? description = null) : NamedType(name, description)
{
    private readonly Lazy<IReadOnlyList<ObjectType>> members = new(() => types().ToList());

    public IReadOnlyList<ObjectType> Types => members.Value;

    /// <summary>Absent: the members' IsTypeOf decide, then a "__typename" key in the value.</summary>
    public TypeResolver? ResolveType { get; init; }
}
