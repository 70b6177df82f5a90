using System.Text.RegularExpressions;

namespace OrchardCommerce.GraphQL.Types;

/// <summary>Checks names given to types, fields, arguments and enum values (spec §2.1.9 Name).</summary>
public static partial class Names
{
    public static string Assert(string name) =>
        NamePattern().IsMatch(name) ? name : throw new ArgumentException($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", nameof(name));

    [GeneratedRegex("^[_a-zA-Z][_a-zA-Z0-9]*$")]
    private static partial Regex NamePattern();
}
