using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.Tenants.Tests.Services;

public abstract class TenantSetupServiceTests(DatabaseProvider provider)
{
    [Fact]
    public async Task AutoSetup_FirstStart_DefaultRunningWithConfiguredAdministrator()
    {
        await using var host = await TenantsTestHost.StartAsync(provider);

        var shells = host.Services.GetRequiredService<ShellHost>();
        shells.Find(ShellSettings.DefaultName)!.State.Should().Be(ShellState.Running);
        host.Runner.Runs.Select(r => (r.Tenant, r.Recipe)).Should().Equal(("Default", "default"));
        (await host.GetTokenAsync()).Should().StartWith("oc_");
    }

    [Fact]
    public async Task AutoSetup_RecipeDeclaresTenants_DeclaredTenantSetUpAfterwardsWithSameAdministrator()
    {
        await using var host = await TenantsTestHost.StartAsync(provider, new Dictionary<string, string?>
        {
            ["OrchardCommerce:AutoSetup:Recipe"] = "withtenants",
        });

        host.Runner.Runs.Select(r => (r.Tenant, r.Recipe)).Should().Equal(("Default", "withtenants"), ("declared", "blank"));
        var declared = await host.CreateClient(token: await host.GetTokenAsync()).GetFromJsonAsync<JsonObject>("/api/tenants/declared");
        ((string?)declared!["state"]).Should().Be("Running");
        ((string?)declared["description"]).Should().Be("Declared by the Default recipe");
        var token = await host.GetTokenAsync("declared.localhost");
        (await host.CreateClient("declared.localhost", token).GetAsync("/api/users")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AutoSetup_NoPasswordConfigured_UrlsAndGeneratedPasswordLoggedOnce()
    {
        await using var host = await TenantsTestHost.StartAsync(provider, new Dictionary<string, string?>
        {
            ["OrchardCommerce:AutoSetup:Recipe"] = "withtenants",
            ["OrchardCommerce:AutoSetup:AdminPassword"] = null,
        });

        var log = host.Logs.Messages.ToList();
        log.Where(m => m.Contains("POST /api/auth/token")).Should().ContainSingle("ops are told once how to sign in");
        string.Join("\n", log).Should().Contain($"http://declared.localhost:{host.Address.Port}/").And.Contain($"http://localhost:{host.Address.Port}/");
        var passwordLine = log.Should().ContainSingle(m => m.Contains("generated now")).Subject;
        var password = passwordLine.Split(" is ")[1].Split(" (generated")[0];
        (await host.GetTokenAsync("declared.localhost", "admin", password)).Should().StartWith("oc_");
    }

    [Fact]
    public async Task AutoSetup_PasswordConfigured_LoggedAsFromConfigurationNotPrinted()
    {
        await using var host = await TenantsTestHost.StartAsync(provider);

        var log = host.Logs.Messages.ToList();
        log.Should().ContainSingle(m => m.Contains("POST /api/auth/token"));
        log.Should().ContainSingle(m => m.Contains("the one in configuration"));
        log.Should().NotContain(m => m.Contains(TenantsTestHost.AdminPassword));
    }

    [Fact]
    public async Task SetupAsync_NoPassword_GeneratedOnceAndSharedWithDeclaredTenants()
    {
        await using var host = await TenantsTestHost.StartAsync(provider, new Dictionary<string, string?>
        {
            ["OrchardCommerce:AutoSetup:Enabled"] = "false",
        });
        var shells = host.Services.GetRequiredService<ShellHost>();
        var setup = host.Services.GetRequiredService<TenantSetupService>();

        var result = await setup.SetupAsync(shells.Find(ShellSettings.DefaultName)!, "withtenants", new TenantAdmin("admin", "admin@localhost", null));

        result.GeneratedPassword.Should().NotBeNullOrEmpty();
        result.Tenants.Select(t => t.Tenant.Name).Should().Equal("declared");
        result.Tenants[0].GeneratedPassword.Should().BeNull();
        result.Failures.Should().BeEmpty();
        (await host.GetTokenAsync("localhost", "admin", result.GeneratedPassword!)).Should().StartWith("oc_");
        (await host.GetTokenAsync("declared.localhost", "admin", result.GeneratedPassword!)).Should().StartWith("oc_");
    }

    [Fact]
    public async Task SetupAsync_DeclaredTenantHostTaken_RecipeErrorAndNothingDeclared()
    {
        await using var host = await TenantsTestHost.StartAsync(provider, new Dictionary<string, string?>
        {
            ["OrchardCommerce:AutoSetup:Enabled"] = "false",
        });
        var shells = host.Services.GetRequiredService<ShellHost>();
        var setup = host.Services.GetRequiredService<TenantSetupService>();

        var act = () => setup.SetupAsync(shells.Find(ShellSettings.DefaultName)!, "badtenants", new TenantAdmin("admin", "admin@localhost", "Admin#Pass1"));

        (await act.Should().ThrowAsync<RecipeException>()).Which.Reason.Should().Contain("hosts").And.Contain("localhost");
        shells.Find(ShellSettings.DefaultName)!.State.Should().Be(ShellState.Uninitialized);
        shells.Find("clash").Should().BeNull();
        host.Services.GetRequiredService<PendingTenantSetups>().All().Should().BeEmpty();
    }

    [Fact]
    public async Task SetupAsync_AdministratorRefused_TenantRemovedAgain()
    {
        await using var host = await TenantsTestHost.StartAsync(provider);
        var shells = host.Services.GetRequiredService<ShellHost>();
        var setup = host.Services.GetRequiredService<TenantSetupService>();
        var tenant = new ShellSettings { Name = "weak", RequestUrlHosts = ["weak.localhost"] };

        var act = () => setup.SetupAsync(tenant, "blank", new TenantAdmin("admin", "not-an-email", "short"));

        await act.Should().ThrowAsync<OrchardCommerce.Users.Services.UserValidationException>();
        shells.Find("weak").Should().BeNull();
        if (provider == DatabaseProvider.Sqlite)
            File.Exists(Path.Combine(host.AppDataPath, "Sites", "weak", "oc.db")).Should().BeFalse();
    }
}

public sealed class SqliteTenantSetupServiceTests() : TenantSetupServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresTenantSetupServiceTests() : TenantSetupServiceTests(DatabaseProvider.Postgres);
