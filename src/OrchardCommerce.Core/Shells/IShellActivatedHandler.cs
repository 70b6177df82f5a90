namespace OrchardCommerce.Shells;

/// <summary>Runs once each time a tenant's shell is built, after its migrations (warm caches, start watchers).</summary>
public interface IShellActivatedHandler
{
    Task ActivatedAsync(ShellContext shell, CancellationToken cancellationToken);
}
