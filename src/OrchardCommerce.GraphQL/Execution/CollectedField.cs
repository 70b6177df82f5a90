using System.Collections.Concurrent;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// One response key of a selection set: the field nodes merged under it (spec §6.3.2), the field they name on the
/// parent type, and what can be worked out once for every request: argument values without variables and the
/// sub-selections collected per runtime type.
/// </summary>
internal sealed class CollectedField(string responseName, FieldNode[] nodes, FieldDefinition definition, bool shared)
{
    private readonly bool argumentsUseVariables = ArgumentCoercer.UsesVariables(nodes[0].Arguments);
    private IReadOnlyDictionary<string, object?>? constantArguments;
    private SubfieldEntry? lastSubfields;
    private ConcurrentDictionary<ObjectType, CollectedFields>? subfields;

    public string ResponseName { get; } = responseName;
    public FieldNode[] Nodes { get; } = nodes;
    public FieldDefinition Definition { get; } = definition;

    /// <summary>Whether this entry lives in the cross-request cache, so nothing depending on variables may be stored on it.</summary>
    public bool Shared { get; } = shared;

    public IReadOnlyDictionary<string, object?> Arguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (constantArguments is { } known) return known;
        var coerced = ArgumentCoercer.Coerce(Definition.Arguments, Nodes[0].Arguments, Nodes[0], variables);
        if (!argumentsUseVariables) constantArguments = coerced;
        return coerced;
    }

    /// <summary>The fields of this field's sub-selections for one runtime object type (graphql-js collectSubfields, memoized).</summary>
    public CollectedFields Subfields(Execution execution, ObjectType type)
    {
        if (lastSubfields is { } last && last.Type == type) return last.Fields;
        if (subfields?.TryGetValue(type, out var cached) == true) return Remember(type, cached);
        if (execution.TryGetSubfields(this, type, out var perRequest)) return perRequest;
        var collected = FieldCollector.Collect(execution, type, Nodes, Shared);
        if (Shared && collected.DependsOnVariables)
        {
            execution.AddSubfields(this, type, collected);
            return collected;
        }
        (subfields ??= new()).TryAdd(type, collected);
        return Remember(type, collected);
    }

    private CollectedFields Remember(ObjectType type, CollectedFields fields)
    {
        lastSubfields = new SubfieldEntry(type, fields);
        return fields;
    }

    private sealed record SubfieldEntry(ObjectType Type, CollectedFields Fields);
}
