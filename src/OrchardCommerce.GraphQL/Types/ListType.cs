namespace OrchardCommerce.GraphQL.Types;

/// <summary>[T]: a list of the inner type (spec §3.11).</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;
    public override NamedType Named => OfType.Named;
    public override string ToString() => $"[{OfType}]";
    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);
    public override int GetHashCode() => HashCode.Combine(1, OfType);
}
