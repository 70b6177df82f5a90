using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// The resolver of fields that have none (graphql-js defaultFieldResolver): the value under the field's name in the
/// parent — a map entry, a JSON property, or a public property of a .NET object (PascalCase for camelCase fields).
/// </summary>
public static class DefaultFieldResolver
{
    public static readonly FieldResolver Instance = context => new ValueTask<object?>(Read(context.Source, context.Field.Name));

    public static object? Read(object? source, string name) => source switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(name),
        JsonElement { ValueKind: JsonValueKind.Object } element => element.TryGetProperty(name, out var property) ? property : null,
        JsonElement => null,
        JsonObject node => node.TryGetPropertyValue(name, out var property) ? property : null,
        JsonNode => null,
        string => null,
        _ => PropertyReaders.For(source.GetType()).Read(source, name),
    };
}
