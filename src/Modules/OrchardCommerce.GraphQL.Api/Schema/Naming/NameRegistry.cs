namespace OrchardCommerce.GraphQL.Api.Schema.Naming;

/// <summary>
/// One namespace of GraphQL names (the schema's types, one type's fields, the root fields). Fixed names are reserved
/// first; a derived name that is taken gets the suffix given and then a number ("PageItem", "PageItem2"), so the
/// same definitions always give the same schema, and a rename is easy to recognise.
/// </summary>
public sealed class NameRegistry
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public NameRegistry(IEnumerable<string>? reserved = null)
    {
        foreach (var name in reserved ?? []) _taken.Add(name);
    }

    public bool IsTaken(string name) => _taken.Contains(name) || name.StartsWith("__", StringComparison.Ordinal);

    public void Reserve(string name) => _taken.Add(name);

    /// <summary>The first free name of <paramref name="name"/>, name+suffix, name+suffix+2, …; reserved on return.</summary>
    public string Allocate(string name, string suffix) => AllocateFamily(name, suffix, [""]);

    /// <summary>
    /// A base whose every derived name (base + each of <paramref name="derived"/>, "" for the base itself) is free,
    /// tried as for <see cref="Allocate"/>; all of them are reserved on return, so a type and its Filter/Order/Connection
    /// are renamed together.
    /// </summary>
    public string AllocateFamily(string name, string suffix, IReadOnlyList<string> derived)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = attempt switch { 0 => name, 1 => name + suffix, _ => name + suffix + attempt };
            if (derived.Any(d => IsTaken(candidate + d))) continue;
            foreach (var d in derived) _taken.Add(candidate + d);
            return candidate;
        }
    }
}
