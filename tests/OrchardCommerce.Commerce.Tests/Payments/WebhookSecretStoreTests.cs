using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Payments;
using OrchardCommerce.Commerce.Tests.Infrastructure;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Tests.Payments;

public abstract class WebhookSecretStoreTests : CommerceTestBase
{
    private WebhookSecretStore Secrets => Services.GetRequiredService<WebhookSecretStore>();

    [Fact]
    public async Task GetOrCreate_FirstUse_GeneratesRandomSecretAndKeepsIt()
    {
        var first = await Secrets.GetOrCreateAsync();
        await NewScopeAsync();
        var again = await Secrets.GetOrCreateAsync();

        first.Secret.Should().MatchRegex("^whsec_[0-9a-f]{64}$");
        again.Should().Be(first);
    }

    [Fact]
    public async Task Rotate_ReplacesSecretForLaterReads()
    {
        var before = await Secrets.GetOrCreateAsync();

        var rotated = await Secrets.RotateAsync();
        await NewScopeAsync();

        rotated.Secret.Should().NotBe(before.Secret);
        (await Secrets.GetOrCreateAsync()).Secret.Should().Be(rotated.Secret);
    }
}

public sealed class SqliteWebhookSecretStoreTests : WebhookSecretStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresWebhookSecretStoreTests : WebhookSecretStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
