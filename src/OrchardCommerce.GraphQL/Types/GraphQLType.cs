namespace OrchardCommerce.GraphQL.Types;

/// <summary>Any type of the type system: a named type, or a list or non-null wrapper around one (spec §3).</summary>
public abstract class GraphQLType
{
    /// <summary>The named type under all list and non-null wrappers.</summary>
    public abstract NamedType Named { get; }

    /// <summary>Scalars, enums and input objects, possibly wrapped (spec §3.4.2 IsInputType).</summary>
    public bool IsInputType => Named is ScalarType or EnumType or InputObjectType;

    /// <summary>Anything but input objects, possibly wrapped (spec §3.4.2 IsOutputType).</summary>
    public bool IsOutputType => Named is not InputObjectType;

    public bool IsLeafType => this is ScalarType or EnumType;
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>The type without its outermost non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    public ListType List() => new(this);
    public NonNullType NonNull() => this as NonNullType ?? new NonNullType(this);
}
