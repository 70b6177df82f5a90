using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Validation;

/// <summary>Subtyping and overlap of types as validation needs them (graphql-js typeComparators).</summary>
internal static class TypeRelations
{
    /// <summary>Whether a value of maybeSub is always a valid value of super (spec §5.8.5 AreTypesCompatible).</summary>
    public static bool IsSubTypeOf(GraphQLSchema schema, GraphQLType maybeSub, GraphQLType super)
    {
        if (ReferenceEquals(maybeSub, super)) return true;
        if (super is NonNullType superNonNull)
            return maybeSub is NonNullType subNonNull && IsSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSub is NonNullType nonNull) return IsSubTypeOf(schema, nonNull.OfType, super);
        if (super is ListType superList) return maybeSub is ListType subList && IsSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSub is ListType) return false;
        return super.IsAbstractType && maybeSub is ComplexType && schema.IsSubType((NamedType)super, (NamedType)maybeSub);
    }

    /// <summary>Whether some object type is possible for both composite types (spec §5.5.2.3 GetPossibleTypes).</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.IsAbstractType)
        {
            if (!b.IsAbstractType) return schema.IsSubType(a, b);
            foreach (var possible in schema.GetPossibleTypes(a))
                if (schema.IsSubType(b, possible)) return true;
            return false;
        }
        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
