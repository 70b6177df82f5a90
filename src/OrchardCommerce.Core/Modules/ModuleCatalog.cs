namespace OrchardCommerce.Modules;

/// <summary>The modules compiled into this host, and the feature-id arithmetic over them.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, ModuleStartup> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);

    public ModuleCatalog(IEnumerable<ModuleStartup> modules)
    {
        foreach (var module in modules)
        {
            if (!_byId.TryAdd(module.Manifest.Id, module))
                throw new InvalidOperationException($"Module '{module.Manifest.Id}' is registered twice.");
            foreach (var alias in module.Manifest.AlsoKnownAs) _aliases[alias] = module.Manifest.Id;
        }
        foreach (var module in _byId.Values)
            foreach (var dependency in module.Manifest.DependsOn)
                if (!_byId.ContainsKey(dependency))
                    throw new InvalidOperationException($"Module '{module.Manifest.Id}' depends on unknown module '{dependency}'.");
    }

    public IReadOnlyCollection<ModuleStartup> Modules => _byId.Values;

    /// <summary>Our feature id for an id of ours or an Orchard Core alias; null when nothing here implements it.</summary>
    public string? Resolve(string featureId) =>
        _byId.ContainsKey(featureId) ? _byId[featureId].Manifest.Id : _aliases.GetValueOrDefault(featureId);

    /// <summary>The requested features plus their dependencies and the always-enabled ones, in dependency order.</summary>
    public IReadOnlyList<ModuleStartup> Expand(IEnumerable<string> featureIds)
    {
        var ordered = new List<ModuleStartup>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Visit(string id)
        {
            var resolved = Resolve(id);
            if (resolved is null || !seen.Add(resolved)) return;
            var module = _byId[resolved];
            foreach (var dependency in module.Manifest.DependsOn) Visit(dependency);
            ordered.Add(module);
        }
        foreach (var module in _byId.Values.Where(m => m.Manifest.AlwaysEnabled)) Visit(module.Manifest.Id);
        foreach (var id in featureIds) Visit(id);
        return ordered;
    }
}
