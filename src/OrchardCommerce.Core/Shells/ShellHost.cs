using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OrchardCommerce.Data;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Shells;

/// <summary>
/// Holds every tenant: the registry, the host-name matcher, and the shells, built on a tenant's first request
/// so that a thousand registered tenants cost only what their traffic needs.
/// </summary>
public sealed class ShellHost : IAsyncDisposable
{
    private readonly IServiceProvider _hostServices;
    private readonly ModuleCatalog _catalog;
    private readonly ShellOptions _options;
    private readonly ILogger<ShellHost> _logger;
    private readonly ShellSettingsStore _store;
    private readonly ConcurrentDictionary<string, Lazy<Task<ShellContext>>> _shells = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _registryLock = new(1, 1);
    private volatile Registry _registry = new([]);

    public ShellHost(IServiceProvider hostServices, ModuleCatalog catalog, IOptions<ShellOptions> options, ILogger<ShellHost> logger)
    {
        _hostServices = hostServices;
        _catalog = catalog;
        _options = options.Value;
        _logger = logger;
        _store = new ShellSettingsStore(_options.CreateDatabase(new ShellSettings { Name = ShellSettings.DefaultName }), TenantSignal,
            hostServices.GetService<TimeProvider>() ?? TimeProvider.System);
    }

    public ShellOptions Options => _options;

    /// <summary>Wakes this process's readers of the tenant feed when a registry change commits.</summary>
    public OutboxSignal<TenantStream> TenantSignal { get; } = new();
    public IReadOnlyCollection<ShellSettings> AllSettings => _registry.All;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var all = await _store.LoadAsync(cancellationToken);
        if (!all.Any(s => s.IsDefault))
            all.Insert(0, new ShellSettings { Name = ShellSettings.DefaultName, CreatedUtc = DateTime.UtcNow });
        var defaultShell = all.First(s => s.IsDefault);
        // The Default tenant's host names come from configuration, so ops can move it without a database edit.
        defaultShell.RequestUrlHosts = [.. _options.DefaultHostNames];
        _registry = new Registry(all);
    }

    public ShellSettings? Find(string name) => _registry.ByName.GetValueOrDefault(name);

    public (ShellSettings Shell, string Prefix)? Match(string host, PathString path) => _registry.Matcher.Match(host, path);

    public Task<ShellContext> GetShellAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        var lazy = _shells.GetOrAdd(settings.Name, _ => new Lazy<Task<ShellContext>>(() => BuildAsync(settings)));
        var task = lazy.Value;
        // A failed build is not cached: the next request tries again (the database may be back).
        if (task.IsFaulted) _shells.TryRemove(new KeyValuePair<string, Lazy<Task<ShellContext>>>(settings.Name, lazy));
        return task.WaitAsync(cancellationToken);
    }

    /// <summary>Adds or updates a tenant in the registry; its shell is rebuilt on next use with the new settings.</summary>
    public async Task SaveAsync(ShellSettings settings, CancellationToken cancellationToken = default)
    {
        await _registryLock.WaitAsync(cancellationToken);
        try
        {
            await _store.SaveAsync(settings, cancellationToken);
            var all = _registry.All.Where(s => !s.Name.Equals(settings.Name, StringComparison.OrdinalIgnoreCase)).Append(settings).ToList();
            if (settings.IsDefault) settings.RequestUrlHosts = [.. _options.DefaultHostNames];
            _registry = new Registry(all);
        }
        finally { _registryLock.Release(); }
        await ReleaseAsync(settings.Name);
    }

    /// <summary>Removes a tenant and deletes all of its data.</summary>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken = default)
    {
        var settings = Find(name) ?? throw new KeyNotFoundException($"Tenant '{name}' does not exist.");
        if (settings.IsDefault) throw new InvalidOperationException("The Default tenant cannot be removed.");
        await _registryLock.WaitAsync(cancellationToken);
        try
        {
            await _store.DeleteAsync(settings, cancellationToken);
            _registry = new Registry(_registry.All.Where(s => s != settings).ToList());
        }
        finally { _registryLock.Release(); }
        await ReleaseAsync(settings.Name);
        await using var database = _options.CreateDatabase(settings);
        await database.DropAsync(cancellationToken);
    }

    /// <summary>Drops a built shell; the next request builds it again from the current settings.</summary>
    public async Task ReleaseAsync(string name)
    {
        if (!_shells.TryRemove(name, out var lazy) || !lazy.IsValueCreated) return;
        try
        {
            var shell = await lazy.Value;
            // Requests already inside the old shell finish with it; dispose once they have had time to.
            _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => shell.DisposeAsync().AsTask(), TaskScheduler.Default);
        }
        catch (Exception exception)
        {
            _logger.LogDebug(exception, "Released tenant {Tenant} whose shell had failed to build", name);
        }
    }

    private async Task<ShellContext> BuildAsync(ShellSettings settings)
    {
        var modules = _catalog.Expand(settings.Features);
        var database = _options.CreateDatabase(settings);
        var services = new ServiceCollection();
        services.AddSingleton(settings);
        services.AddSingleton(database);
        services.AddSingleton(database.Dialect);
        services.AddSingleton(new HostServices(_hostServices));
        services.AddSingleton(_hostServices.GetRequiredService<ILoggerFactory>());
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddFromHost<IConfiguration>();
        services.AddFromHost<IHostEnvironment>();
        services.AddFromHost<TimeProvider>();
        services.AddFromHost<ModuleCatalog>();
        services.AddSingleton(this);
        services.AddOptions();
        services.AddSingleton<ShellContextHolder>();
        services.AddSingleton(sp => sp.GetRequiredService<ShellContextHolder>().Shell);
        services.AddTransient<MigrationRunner>();
        services.AddScoped<DbSession>();
        foreach (var module in modules) module.ConfigureServices(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var shell = new ShellContext(settings, database, provider, modules.Select(m => m.Manifest.Id).ToHashSet(StringComparer.OrdinalIgnoreCase));
        provider.GetRequiredService<ShellContextHolder>().Shell = shell;
        try
        {
            await database.EnsureCreatedAsync();
            await provider.GetRequiredService<MigrationRunner>().RunAsync();
            foreach (var handler in provider.GetServices<IShellActivatedHandler>())
                await handler.ActivatedAsync(shell, CancellationToken.None);
        }
        catch
        {
            await shell.DisposeAsync();
            throw;
        }
        _logger.LogDebug("Built tenant {Tenant} with features {Features} on {Database}", settings.Name, string.Join(", ", shell.Features), database.Description);
        return shell;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _shells.Values.Where(l => l.IsValueCreated))
            if (lazy.Value.IsCompletedSuccessfully) await lazy.Value.Result.DisposeAsync();
        _shells.Clear();
    }

    private sealed class Registry
    {
        public Registry(List<ShellSettings> all)
        {
            All = all;
            ByName = all.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
            Matcher = new ShellMatcher(all.Where(s => s.State != ShellState.Disabled || s.IsDefault));
        }

        public IReadOnlyCollection<ShellSettings> All { get; }
        public Dictionary<string, ShellSettings> ByName { get; }
        public ShellMatcher Matcher { get; }
    }
}

/// <summary>Lets the tenant's container hand out the ShellContext that is created after the container itself.</summary>
internal sealed class ShellContextHolder
{
    public ShellContext Shell { get; set; } = null!;
}
