using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Store;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Store;

public abstract class StoreBrandingServiceTests : CommerceTestBase
{
    private StoreBrandingService Store => Services.GetRequiredService<StoreBrandingService>();

    private static StoreBranding Branding(long version, string tagline = "Gear") => new("Acme", tagline, "#c2410c", null, null, "logo.svg", version);

    private async Task<long> EventsAsync() =>
        await (await Services.GetRequiredService<DbSession>().GetConnectionAsync())
            .ExecuteScalarAsync<long>("SELECT COUNT(*) FROM commerce_events WHERE type = 'store.updated'");

    [Fact]
    public async Task Apply_Newer_StoredWithOneEvent()
    {
        var (applied, _) = await Store.ApplyAsync(Branding(1));

        applied.Should().BeTrue();
        (await Store.GetAsync()).Should().Be(Branding(1));
        (await EventsAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Apply_SameAgainOrOlder_NothingWritten()
    {
        await Store.ApplyAsync(Branding(3, "Three"));

        (await Store.ApplyAsync(Branding(3, "Three"))).Applied.Should().BeFalse();
        (await Store.ApplyAsync(Branding(2, "Two"))).Applied.Should().BeFalse();

        (await Store.GetAsync()).Tagline.Should().Be("Three");
        (await EventsAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Apply_SameVersionDrifted_Repaired()
    {
        await Store.ApplyAsync(Branding(2, "Right"));
        await (await Services.GetRequiredService<DbSession>().GetConnectionAsync()).ExecuteAsync("UPDATE commerce_store_settings SET tagline = 'Wrong'");

        (await Store.ApplyAsync(Branding(2, "Right"))).Applied.Should().BeTrue();

        (await Store.GetAsync()).Tagline.Should().Be("Right");
    }

    [Fact]
    public async Task Get_NothingApplied_EmptyAtVersionZero() =>
        (await Store.GetAsync()).Should().Be(new StoreBranding(null, null, null, null, null, null, 0));
}

public sealed class StoreBrandingServiceSqliteTests : StoreBrandingServiceTests { protected override DatabaseProvider Provider => DatabaseProvider.Sqlite; }

public sealed class StoreBrandingServicePostgresTests : StoreBrandingServiceTests { protected override DatabaseProvider Provider => DatabaseProvider.Postgres; }
