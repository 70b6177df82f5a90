using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Shells;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Tenants.Services;

/// <summary>
/// Makes a tenant from a recipe: registers it (Uninitialized), runs the recipe, creates its administrator, then
/// marks it Running. On any failure the tenant is removed again, so no half-made tenant stays behind.
/// </summary>
public sealed class TenantSetupService(
    ShellHost shellHost, ITenantSetupRecipeRunner recipes, PendingTenantSetups pending, TimeProvider time, ILogger<TenantSetupService> logger)
{
    public async Task<TenantSetupResult> SetupAsync(ShellSettings settings, string recipeName, TenantAdmin admin, CancellationToken cancellationToken = default)
    {
        settings.State = ShellState.Uninitialized;
        settings.RecipeName = recipeName;
        if (settings.CreatedUtc == default) settings.CreatedUtc = time.GetUtcNow().UtcDateTime;
        await shellHost.SaveAsync(settings, cancellationToken);
        TenantSetupResult result;
        try
        {
            var parameters = new Dictionary<string, string>
            {
                ["TenantName"] = settings.Name,
                ["AdminUserName"] = admin.UserName,
                // Orchard Core's recipes spell it this way: parameters('AdminUsername').
                ["AdminUsername"] = admin.UserName,
                ["AdminEmail"] = admin.Email,
            };
            var report = await recipes.RunAsync(settings, recipeName, parameters, cancellationToken);
            // The recipe may have saved new settings (enabled features): continue with the registry's copy.
            var current = shellHost.Find(settings.Name) ?? settings;
            var shell = await shellHost.GetShellAsync(current, cancellationToken);
            string? generated;
            await using (var scope = shell.Services.CreateAsyncScopeSafe())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserSetupService>();
                (_, generated) = await users.CreateAdministratorAsync(admin.UserName, admin.Email, admin.Password, cancellationToken);
            }
            current.State = ShellState.Running;
            await shellHost.SaveAsync(current, cancellationToken);
            result = new TenantSetupResult(current, report, admin.UserName, generated, [], []);
        }
        catch (Exception exception)
        {
            pending.TakeAll(settings.Name);
            await UndoAsync(settings, exception);
            throw;
        }
        return await SetupDeclaredAsync(result, admin with { Password = admin.Password ?? result.GeneratedPassword }, cancellationToken);
    }

    // The declared tenants get the same administrator; one failing does not undo the tenant that declared it.
    private async Task<TenantSetupResult> SetupDeclaredAsync(TenantSetupResult parent, TenantAdmin admin, CancellationToken cancellationToken)
    {
        var done = new List<TenantSetupResult>();
        var failures = new List<string>();
        foreach (var declared in pending.TakeAll(parent.Tenant.Name))
        {
            try
            {
                done.Add(await SetupAsync(declared.Settings, declared.Recipe, admin, cancellationToken));
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Tenant {Tenant} declared by {Parent}'s recipe could not be set up", declared.Settings.Name, parent.Tenant.Name);
                failures.Add($"{declared.Settings.Name}: {exception.Message}");
            }
        }
        return parent with { Tenants = done, Failures = failures };
    }

    private async Task UndoAsync(ShellSettings settings, Exception cause)
    {
        logger.LogWarning(cause, "Setup of tenant {Tenant} failed; removing it", settings.Name);
        // The Default tenant holds the registry: it stays, Uninitialized, and setup can be tried again.
        if (settings.IsDefault || shellHost.Find(settings.Name) is null) return;
        try
        {
            await shellHost.RemoveAsync(settings.Name, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not remove the half-made tenant {Tenant}", settings.Name);
        }
    }
}
