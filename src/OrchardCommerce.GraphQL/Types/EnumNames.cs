namespace OrchardCommerce.GraphQL.Types;

/// <summary>Enum values are names other than true, false and null (spec §3.9).</summary>
internal static class EnumNames
{
    public static string Assert(string name) => name is "true" or "false" or "null"
        ? throw new ArgumentException($"Enum values cannot be named: {name}.", nameof(name))
        : Names.Assert(name);
}
