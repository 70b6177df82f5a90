using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;
using OrchardCommerce.GraphQL.Api.Data;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Data.Layout;
using OrchardCommerce.GraphQL.Api.Data.Versions;
using OrchardCommerce.Shells;
using OrchardCommerce.Tenants.Services;

namespace OrchardCommerce.GraphQL.Api.Tests.Integration;

/// <summary>
/// The acme demo recipe set up in Cms.Web as ops would: the feature is on, and the readers see the demo storefront
/// (every product with its content, the home page with its hero) inside a real shell, activation handlers included.
/// </summary>
public abstract class DemoStorefrontTests(DatabaseProvider provider) : IAsyncLifetime
{
    private CmsTestHost _host = null!;
    private ShellContext _shell = null!;

    public async Task InitializeAsync()
    {
        _host = await CmsTestHost.StartAsync(provider);
        var setup = _host.Services.GetRequiredService<TenantSetupService>();
        await setup.SetupAsync(new ShellSettings { Name = "acme", RequestUrlHosts = ["acme.test"] }, "acme",
            new TenantAdmin("admin", "admin@example.com", "Admin#Pass1"));
        var shells = _host.Services.GetRequiredService<ShellHost>();
        _shell = await shells.GetShellAsync(shells.Find("acme")!);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = _shell.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider);
    }

    [Fact]
    public async Task AcmeRecipe_EveryProductWithItsContentAndTheHomePageWithItsHero()
    {
        _shell.IsEnabled(Manifest.FeatureId).Should().BeTrue();

        var products = await InTenantAsync(s => s.GetRequiredService<StorefrontProductReader>().ListAsync(new StorefrontProductQuery()));
        var home = await InTenantAsync(s => s.GetRequiredService<LayoutReader>().GetHomePageAsync());

        products.Edges.Should().HaveCount(4).And.OnlyContain(e =>
            e.Node.Content != null && (string)e.Node.Content.FindPart("ProductContent")!["Sku"]!["Text"]! == e.Node.Product.Variants[0].Sku);
        home!.Item.DisplayText.Should().Be("Home");
        home.Picked.Values.Should().ContainSingle().Which.ContentType.Should().Be("HeroSection");
        (await InTenantAsync(s => s.GetRequiredService<LayoutReader>().GetBrandingAsync())).SiteName.Should().Be("Acme Outfitters");
    }

    [Fact]
    public async Task AcmeShell_CategoryAdded_TaxonomyVersionMoves()
    {
        (await InTenantAsync(s => Task.FromResult(s.GetRequiredService<StorefrontFeatures>().HasCommerce))).Should().BeTrue();
        var before = await InTenantAsync(s => s.GetRequiredService<StorefrontVersions>().GetAsync());

        await InTenantAsync(s => s.GetRequiredService<CategoryService>().CreateAsync(new CategoryInput("packs", "Packs", null, 0)));

        (await InTenantAsync(s => s.GetRequiredService<StorefrontVersions>().GetAsync())).Taxonomy.Should().BeGreaterThan(before.Taxonomy);
    }
}

public sealed class SqliteDemoStorefrontTests() : DemoStorefrontTests(DatabaseProvider.Sqlite);

public sealed class PostgresDemoStorefrontTests() : DemoStorefrontTests(DatabaseProvider.Postgres);
