namespace OrchardCommerce.Modules;

/// <summary>What a module is: its feature id, name, the features it needs, and Orchard Core ids it stands in for.</summary>
/// <param name="Aliases">Orchard Core feature ids a recipe may name instead of ours (for example "OrchardCore.Contents").</param>
/// <param name="AlwaysEnabled">Enabled on every tenant whatever its recipe says (users, recipes, tenants' own plumbing).</param>
public sealed record ModuleManifest(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string>? Dependencies = null,
    IReadOnlyList<string>? Aliases = null,
    bool AlwaysEnabled = false)
{
    public IReadOnlyList<string> DependsOn => Dependencies ?? [];
    public IReadOnlyList<string> AlsoKnownAs => Aliases ?? [];
}
