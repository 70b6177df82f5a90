using System.Text.RegularExpressions;

namespace OrchardCommerce.Shells;

/// <summary>A tenant's entry in the registry: how requests reach it, where its data lives, what it has enabled.</summary>
public sealed partial class ShellSettings
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }
    public ShellState State { get; set; } = ShellState.Uninitialized;
    /// <summary>Host names that route to this tenant: exact ("acme.example.com") or wildcard ("*.acme.example.com").</summary>
    public List<string> RequestUrlHosts { get; set; } = [];
    /// <summary>Optional first path segment ("acme" routes /acme/... here), for tenants sharing a host name.</summary>
    public string? RequestUrlPrefix { get; set; }
    /// <summary>PostgreSQL schema of this tenant; null on SQLite, where each tenant has its own file.</summary>
    public string? Schema { get; set; }
    public List<string> Features { get; set; } = [];
    /// <summary>The setup recipe's name, kept so ops can see how the tenant was made.</summary>
    public string? RecipeName { get; set; }
    public string? Description { get; set; }
    /// <summary>Whether the tenant gets a commerce store when it is created, if its own recipe brought none.</summary>
    public bool ProvisionStore { get; set; } = true;
    public DateTime CreatedUtc { get; set; }

    public bool IsDefault => string.Equals(Name, DefaultName, StringComparison.OrdinalIgnoreCase);

    public static bool IsValidName(string? name) => name is not null && NamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex NamePattern();
}

public enum ShellState
{
    /// <summary>Registered, its recipe not yet run: requests get 404.</summary>
    Uninitialized,
    Running,
    /// <summary>Kept with its data, but answers 404 until enabled again.</summary>
    Disabled,
}
