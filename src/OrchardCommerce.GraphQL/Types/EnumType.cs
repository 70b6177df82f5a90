using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>An enum (spec §3.9): named values in documents and JSON, any internal value in resolvers.</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValueDefinition> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<object, EnumValueDefinition> byValue = [];
    private EnumValueDefinition? nullValue;

    public EnumType(string name, IEnumerable<EnumValueDefinition> values, string? description = null) : base(name, description)
    {
        Values = values.ToList();
        foreach (var value in Values)
        {
            if (!byName.TryAdd(value.Name, value)) throw new ArgumentException($"{name}.{value.Name} is defined twice.");
            if (value.Value is null) nullValue ??= value;
            else byValue.TryAdd(value.Value, value);
        }
    }

    /// <summary>An enum whose internal values are its names, as SDL-built enums are.</summary>
    public static EnumType Of(string name, params string[] values) => new(name, values.Select(v => new EnumValueDefinition(v, v)));

    public IReadOnlyList<EnumValueDefinition> Values { get; }

    public EnumValueDefinition? GetValue(string valueName) => byName.GetValueOrDefault(valueName);

    public string Serialize(object? value)
    {
        var found = value is null ? nullValue : byValue.GetValueOrDefault(value);
        return found?.Name ?? throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    public object? ParseValue(object? value, bool hideSuggestions = false)
    {
        if (value is not string text)
        {
            var shown = Inspect.Value(value);
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-string value: {shown}." + Suggest(shown, hideSuggestions));
        }
        return GetValue(text) is { } found
            ? found.Value
            : throw new GraphQLCoercionException($"Value \"{text}\" does not exist in \"{Name}\" enum." + Suggest(text, hideSuggestions));
    }

    public object? ParseLiteral(ValueNode node, bool hideSuggestions = false)
    {
        var shown = Printer.Print(node);
        if (node is not EnumValueNode enumNode)
            throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent non-enum value: {shown}." + Suggest(shown, hideSuggestions));
        return GetValue(enumNode.Value) is { } found
            ? found.Value
            : throw new GraphQLCoercionException($"Value \"{shown}\" does not exist in \"{Name}\" enum." + Suggest(shown, hideSuggestions));
    }

    private string Suggest(string unknown, bool hide) =>
        hide ? "" : DidYouMean.Format("the enum value", SuggestionList.For(unknown, Values.Select(v => v.Name)));
}
