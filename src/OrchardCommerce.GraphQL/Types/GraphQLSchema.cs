using OrchardCommerce.GraphQL.Introspection;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>
/// A schema (spec §3.3): root operation types, directives and every named type reachable from them, the introspection
/// types included. Types are collected in graphql-js's order so `__schema { types }` lists them the same way.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, NamedType> typeMap = new(StringComparer.Ordinal);
    private readonly List<NamedType> orderedTypes;
    private readonly Dictionary<string, List<ObjectType>> objectImplementations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InterfaceType>> interfaceImplementations = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, HashSet<NamedType>> subTypes = [];

    public GraphQLSchema(ObjectType? query, ObjectType? mutation = null, ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null, IReadOnlyList<DirectiveDefinition>? directives = null, string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Directives = directives ?? SpecifiedDirectives.All;
        Description = description;
        orderedTypes = new TypeCollector(types).Collect(query, mutation, subscription, Directives);
        foreach (var type in orderedTypes)
        {
            if (!typeMap.TryAdd(type.Name, type))
                throw new ArgumentException($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            if (type is ComplexType complex) RecordImplementations(complex);
        }
    }

    public ObjectType? QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }
    public IReadOnlyList<DirectiveDefinition> Directives { get; }
    public string? Description { get; }

    /// <summary>Every named type in graphql-js's collection order.</summary>
    public IReadOnlyList<NamedType> Types => orderedTypes;

    public NamedType? GetType(string name) => typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    public ObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type may be at run time (spec §3.7, §3.8).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => objectImplementations.GetValueOrDefault(iface.Name) ?? [],
        _ => [],
    };

    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType iface) =>
        interfaceImplementations.GetValueOrDefault(iface.Name) ?? [];

    /// <summary>Whether maybeSub is a member of the union or an implementation (object or interface) of the interface.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSub)
    {
        if (!subTypes.TryGetValue(abstractType, out var set))
        {
            set = [.. GetPossibleTypes(abstractType)];
            if (abstractType is InterfaceType iface) set.UnionWith(GetInterfaceImplementations(iface));
            subTypes[abstractType] = set;
        }
        return set.Contains(maybeSub);
    }

    /// <summary>The field a selection names on a parent type, meta-fields included (graphql-js getFieldDef).</summary>
    public FieldDefinition? GetFieldDefinition(NamedType parentType, string fieldName)
    {
        if (fieldName == MetaFields.SchemaField.Name && parentType == QueryType) return MetaFields.SchemaField;
        if (fieldName == MetaFields.TypeField.Name && parentType == QueryType) return MetaFields.TypeField;
        if (fieldName == MetaFields.TypeNameField.Name && parentType is ComplexType or UnionType) return MetaFields.TypeNameField;
        return (parentType as ComplexType)?.GetField(fieldName);
    }

    private void RecordImplementations(ComplexType type)
    {
        foreach (var iface in type.Interfaces)
        {
            if (type is ObjectType obj) Add(objectImplementations, iface.Name, obj);
            else if (type is InterfaceType sub) Add(interfaceImplementations, iface.Name, sub);
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
