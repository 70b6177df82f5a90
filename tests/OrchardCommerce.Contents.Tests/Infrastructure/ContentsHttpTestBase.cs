using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Data;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Shells;
using OrchardCommerce.Testing;

namespace OrchardCommerce.Contents.Tests.Infrastructure;

/// <summary>Cms.Web on Kestrel with a tenant "acme" (host acme.test) that has Contents enabled and the test model.</summary>
public abstract class ContentsHttpTestBase : IAsyncLifetime
{
    protected const string TenantHost = "acme.test";

    protected abstract DatabaseProvider Provider { get; }
    protected CmsTestHost Host { get; private set; } = null!;
    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await CmsTestHost.StartAsync(Provider);
        var shells = Host.Services.GetRequiredService<ShellHost>();
        await shells.SaveAsync(new ShellSettings
        {
            Name = "acme", State = ShellState.Running, RequestUrlHosts = [TenantHost],
            Features = ["OrchardCommerce.Contents"], CreatedUtc = DateTime.UtcNow,
            // Content only: otherwise the in-process daemon hears tenant.created and runs the store recipe on it in
            // the background, whose Branding type (colour patterns) can land between a test's seeds.
            ProvisionStore = false,
        });
        await SeedAsync(TestModel.Definition());
        Client = Host.CreateClient(TenantHost);
    }

    /// <summary>Runs a step inside the tenant, in one unit of work, as a recipe would.</summary>
    protected async Task SeedAsync(JsonObject step)
    {
        var shells = Host.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetShellAsync(shells.Find("acme")!);
        await using var scope = shell.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<DbSession>();
        await using var work = await session.BeginWorkAsync();
        var handler = scope.ServiceProvider.GetServices<IRecipeStepHandler>().Single(h => h.Name == (string?)step["name"]);
        await handler.ExecuteAsync(new RecipeStepContext("test.recipe.json", 0, step, new RecipeReport()), CancellationToken.None);
        await work.CompleteAsync();
    }

    protected Task SeedItemsAsync(params string[] items) => SeedAsync(new JsonObject
    {
        ["name"] = "Content",
        ["data"] = new JsonArray(items.Select(i => (JsonNode)TestModel.Item(i)).ToArray()),
    });

    protected async Task<ContentManager> WithContentAsync(Func<ContentManager, Task> action)
    {
        var shells = Host.Services.GetRequiredService<ShellHost>();
        var shell = await shells.GetShellAsync(shells.Find("acme")!);
        await using var scope = shell.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        await action(content);
        return content;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
