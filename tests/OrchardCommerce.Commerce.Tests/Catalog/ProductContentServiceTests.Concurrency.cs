using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;

namespace OrchardCommerce.Commerce.Tests.Catalog;

public abstract partial class ProductContentServiceTests
{
    [Fact]
    public async Task Apply_ConcurrentVersionsInRandomOrder_EndsWithTheNewest()
    {
        var created = await Products.CreateAsync(CatalogSamples.Jacket());
        var versions = Enumerable.Range(1, 20).Select(v => (long)v).ToArray();
        new Random(20250301).Shuffle(versions);
        var scopes = Services.GetRequiredService<IServiceScopeFactory>();

        // One scope (own session, own transaction) per apply, as concurrent requests of the daemon's workers would have.
        var results = await Task.WhenAll(versions.Select(version => Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var contents = scope.ServiceProvider.GetRequiredService<ProductContentService>();
            return (Version: version, Result: (await contents.ApplyAsync(created.Id, Version(version)))!);
        })));

        var stored = (await Reader.GetAsync(created.Id))!;
        stored.ContentVersion.Should().Be(20);
        stored.Should().BeEquivalentTo(Version(20), o => o.ExcludingMissingMembers());
        results.Single(r => r.Version == 20).Result.Applied.Should().BeTrue("the newest version always applies");
        var applied = results.Count(r => r.Result.Applied);
        stored.Version.Should().Be(created.Version + applied, "each applied version is one product version");
        var events = await EventsAfterCreateAsync();
        events.Should().HaveCount(applied);
        events.Select(e => e.Version).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        events[^1].Payload.Should().Contain("\"contentVersion\":20");
    }

    private static ProductContentInput Version(long version) =>
        new(version, $"Description {version}", $"Title {version}", $"SEO {version}", [$"products/v{version}.svg"]);
}
