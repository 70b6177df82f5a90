using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Execution;

internal sealed partial class Execution
{
    /// <summary>
    /// ResolveAbstractType (spec §6.4.3): the type's resolver, else graphql-js's default — a "__typename" string in the
    /// value, then the first possible type whose IsTypeOf accepts it — checked as graphql-js ensureValidRuntimeType does.
    /// </summary>
    private ObjectType ResolveRuntimeType(NamedType abstractType, CollectedField field, ResolveContext context, object value)
    {
        var resolver = abstractType switch
        {
            InterfaceType iface => iface.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        var resolved = resolver?.Invoke(value, context);
        var name = resolver is not null ? resolved?.Name : DefaultTypeName(abstractType, value);
        if (name is null)
            throw Error($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.ParentType.Name}.{context.Field.Name}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", field);
        var runtimeType = Schema.GetType(name);
        if (runtimeType is null || (resolved is not null && runtimeType != resolved))
            throw Error($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.", field);
        if (runtimeType is not ObjectType objectType)
            throw Error($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".", field);
        if (!Schema.IsSubType(abstractType, objectType))
            throw Error($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", field);
        return objectType;
    }

    private string? DefaultTypeName(NamedType abstractType, object value)
    {
        if (ResultValues.TypeNameOf(value) is { } typeName) return typeName;
        foreach (var candidate in Schema.GetPossibleTypes(abstractType))
            if (candidate.IsTypeOf?.Invoke(value) == true) return candidate.Name;
        return null;
    }

    private static GraphQLErrorException Error(string message, CollectedField field) => new(GraphQLError.At(message, field.Nodes));
}
