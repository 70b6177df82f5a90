using OrchardCommerce.GraphQL.Types.Scalars;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>The five scalars every schema has (spec §3.5), one instance each so types compare by reference.</summary>
public static class SpecifiedScalars
{
    public static readonly ScalarType String = StringScalar.Create();
    public static readonly ScalarType Int = IntScalar.Create();
    public static readonly ScalarType Float = FloatScalar.Create();
    public static readonly ScalarType Boolean = BooleanScalar.Create();
    public static readonly ScalarType ID = IdScalar.Create();

    /// <summary>In graphql-js's order, which introspection of a schema's types follows.</summary>
    public static readonly IReadOnlyList<ScalarType> All = [String, Int, Float, Boolean, ID];
}
