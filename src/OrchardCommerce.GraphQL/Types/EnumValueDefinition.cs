namespace OrchardCommerce.GraphQL.Types;

/// <summary>One value of an enum: its name in documents and the internal value resolvers see and return.</summary>
public sealed class EnumValueDefinition(string name, object? value)
{
    public string Name { get; } = EnumNames.Assert(name);
    public object? Value { get; } = value;
    public string? Description { get; init; }
    public string? DeprecationReason { get; init; }
}
