using OrchardCommerce.Data;
using OrchardCommerce.Webhooks.Models;
using OrchardCommerce.Webhooks.Services;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCommerce.Webhooks.Tests.Services;

/// <summary>The subscriptions table through the store, on SQLite and on a real PostgreSQL.</summary>
public abstract class WebhookSubscriptionStoreTests() : ModuleTestBase(new Startup())
{
    private WebhookSubscriptionStore Store => Services.GetRequiredService<WebhookSubscriptionStore>();

    private static WebhookSubscriptionInput Input(string url = "https://example.com/hooks", bool active = true, params string[] events) =>
        new(url, events.Length == 0 ? ["product.*"] : events, active);

    [Fact]
    public async Task Create_NewSubscription_StoredWithGeneratedSecretShownOnce()
    {
        var created = await Store.CreateAsync(Input(events: ["product.*", "order.placed"]));
        await NewScopeAsync();
        var read = await Store.GetAsync(created.Id);
        var withSecret = await Store.GetAsync(created.Id, includeSecret: true);

        created.Id.Should().StartWith("whsub_");
        created.Secret.Should().MatchRegex("^whsec_[A-Za-z0-9_-]{43}$");
        created.CreatedUtc.Should().Be(Clock.GetUtcNow().UtcDateTime);
        read.Should().BeEquivalentTo(created with { Secret = null });
        read!.Secret.Should().BeNull();
        read.Events.Should().Equal("product.*", "order.placed");
        withSecret!.Secret.Should().Be(created.Secret);
    }

    [Fact]
    public async Task Create_TwoSubscriptions_DifferentSecrets()
    {
        var first = await Store.CreateAsync(Input());
        var second = await Store.CreateAsync(Input());

        first.Secret.Should().NotBe(second.Secret);
    }

    [Fact]
    public async Task List_WithAndWithoutSecrets_OnlyAskedForSecretsShown()
    {
        var a = await Store.CreateAsync(Input("https://a.example/hooks"));
        var b = await Store.CreateAsync(Input("https://b.example/hooks", active: false));

        var plain = await Store.ListAsync(includeSecrets: false);
        var secret = await Store.ListAsync(includeSecrets: true);

        plain.Select(s => (s.Id, s.Url, s.Active, s.Secret)).Should().Equal((a.Id, a.Url, true, null), (b.Id, b.Url, false, null));
        secret.Select(s => s.Secret).Should().Equal(a.Secret, b.Secret);
    }

    [Fact]
    public async Task Update_Existing_ReplacesFieldsKeepsSecret()
    {
        var created = await Store.CreateAsync(Input());
        Clock.Advance(TimeSpan.FromMinutes(5));

        var updated = await Store.UpdateAsync(created.Id, Input("http://other.example/in", active: false, "*"));

        updated!.Url.Should().Be("http://other.example/in");
        updated.Events.Should().Equal("*");
        updated.Active.Should().BeFalse();
        updated.Secret.Should().BeNull();
        updated.UpdatedUtc.Should().Be(created.CreatedUtc.AddMinutes(5));
        (await Store.GetAsync(created.Id, includeSecret: true))!.Secret.Should().Be(created.Secret);
    }

    [Fact]
    public async Task RotateSecret_Existing_NewSecretStored()
    {
        var created = await Store.CreateAsync(Input());

        var rotated = await Store.RotateSecretAsync(created.Id);

        rotated!.Secret.Should().StartWith("whsec_").And.NotBe(created.Secret);
        (await Store.GetAsync(created.Id, includeSecret: true))!.Secret.Should().Be(rotated.Secret);
    }

    [Fact]
    public async Task Delete_Existing_GoneAndSecondDeleteFalse()
    {
        var created = await Store.CreateAsync(Input());

        (await Store.DeleteAsync(created.Id)).Should().BeTrue();
        (await Store.DeleteAsync(created.Id)).Should().BeFalse();
        (await Store.GetAsync(created.Id)).Should().BeNull();
    }

    [Fact]
    public async Task Missing_UpdateRotateGet_Null()
    {
        (await Store.UpdateAsync("whsub_missing", Input())).Should().BeNull();
        (await Store.RotateSecretAsync("whsub_missing")).Should().BeNull();
        (await Store.GetAsync("whsub_missing")).Should().BeNull();
    }
}

public sealed class SqliteWebhookSubscriptionStoreTests : WebhookSubscriptionStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresWebhookSubscriptionStoreTests : WebhookSubscriptionStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
