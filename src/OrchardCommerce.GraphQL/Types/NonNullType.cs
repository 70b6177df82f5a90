namespace OrchardCommerce.GraphQL.Types;

/// <summary>T!: the inner type, never null (spec §3.12); a non-null of a non-null is not a type.</summary>
public sealed class NonNullType : GraphQLType
{
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType) throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        OfType = ofType;
    }

    public GraphQLType OfType { get; }
    public override NamedType Named => OfType.Named;
    public override string ToString() => $"{OfType}!";
    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);
    public override int GetHashCode() => HashCode.Combine(2, OfType);
}
