namespace OrchardCommerce.GraphQL.Types;

/// <summary>
/// Collects the named types a schema reaches, depth first, in graphql-js's order: the given types keep their order
/// (each is taken out and collected again in turn), then roots, directive arguments and the introspection types.
/// </summary>
internal sealed class TypeCollector(IEnumerable<NamedType>? types)
{
    private readonly List<NamedType> ordered = [];
    private readonly HashSet<NamedType> seen = [];

    public List<NamedType> Collect(ObjectType? query, ObjectType? mutation, ObjectType? subscription, IReadOnlyList<DirectiveDefinition> directives)
    {
        var given = types?.ToList() ?? [];
        foreach (var type in given)
            if (seen.Add(type)) ordered.Add(type);
        foreach (var type in given)
        {
            ordered.Remove(type);
            seen.Remove(type);
            Visit(type);
        }
        if (query is not null) Visit(query);
        if (mutation is not null) Visit(mutation);
        if (subscription is not null) Visit(subscription);
        foreach (var argument in directives.SelectMany(d => d.Arguments)) Visit(argument.Type);
        Visit(Introspection.IntrospectionTypes.Schema);
        return ordered;
    }

    private void Visit(GraphQLType type)
    {
        var named = type.Named;
        if (!seen.Add(named)) return;
        ordered.Add(named);
        switch (named)
        {
            case UnionType union:
                foreach (var member in union.Types) Visit(member);
                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces) Visit(iface);
                foreach (var field in complex.Fields.Values)
                {
                    Visit(field.Type);
                    foreach (var argument in field.Arguments) Visit(argument.Type);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields) Visit(field.Type);
                break;
        }
    }
}
