using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using OrchardCommerce.Commerce;
using OrchardCommerce.Data;
using OrchardCommerce.Webhooks.Models;

namespace OrchardCommerce.Webhooks.Services;

/// <summary>
/// The tenant's subscriptions in its own database (isolation by construction). Secrets are generated here, never
/// chosen by clients; they leave the store only when a caller asks for them (create, rotate, the daemon's read).
/// </summary>
public sealed class WebhookSubscriptionStore(DbSession session, TimeProvider clock)
{
    private const string Columns =
        "id AS Id, url AS Url, events AS Events, secret AS Secret, CAST(active AS INTEGER) AS Active, created_utc AS CreatedUtc, updated_utc AS UpdatedUtc";

    public async Task<IReadOnlyList<WebhookSubscription>> ListAsync(bool includeSecrets, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM webhook_subscriptions ORDER BY id", transaction: session.Transaction);
        return rows.Select(row => row.ToModel(includeSecrets)).ToList();
    }

    public async Task<WebhookSubscription?> GetAsync(string id, bool includeSecret = false, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM webhook_subscriptions WHERE id = @id",
            new { id }, session.Transaction);
        return row?.ToModel(includeSecret);
    }

    /// <summary>Creates a subscription with a fresh secret and returns it with that secret (the one time a client sees it).</summary>
    public async Task<WebhookSubscription> CreateAsync(WebhookSubscriptionInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetStoredUtcNow();
        var id = CommerceIds.New("whsub");
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("""
            INSERT INTO webhook_subscriptions (id, url, events, secret, active, created_utc, updated_utc)
            VALUES (@id, @Url, @events, @secret, @Active, @now, @now)
            """, new { id, input.Url, events = JsonSerializer.Serialize(input.Events), secret = NewSecret(), input.Active, now }, work.Transaction);
        var created = await GetAsync(id, includeSecret: true, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return created!;
    }

    /// <summary>Replaces url, events and active; the secret stays. Null when there is no such subscription.</summary>
    public async Task<WebhookSubscription?> UpdateAsync(string id, WebhookSubscriptionInput input, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var changed = await work.Connection.ExecuteAsync("""
            UPDATE webhook_subscriptions SET url = @Url, events = @events, active = @Active, updated_utc = @now WHERE id = @id
            """, new { id, input.Url, events = JsonSerializer.Serialize(input.Events), input.Active, now = clock.GetStoredUtcNow() }, work.Transaction);
        var updated = changed == 0 ? null : await GetAsync(id, cancellationToken: cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return updated;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var deleted = await work.Connection.ExecuteAsync("DELETE FROM webhook_subscriptions WHERE id = @id", new { id }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return deleted > 0;
    }

    /// <summary>
    /// Replaces the secret; deliveries signed from now on use the new one (the daemon re-reads within its cache time).
    /// Returns the subscription with the new secret, or null when there is none.
    /// </summary>
    public async Task<WebhookSubscription?> RotateSecretAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var changed = await work.Connection.ExecuteAsync("UPDATE webhook_subscriptions SET secret = @secret, updated_utc = @now WHERE id = @id",
            new { id, secret = NewSecret(), now = clock.GetStoredUtcNow() }, work.Transaction);
        var rotated = changed == 0 ? null : await GetAsync(id, includeSecret: true, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return rotated;
    }

    // 256 random bits; the prefix makes a leaked secret recognisable to secret scanners.
    private static string NewSecret() => "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Url { get; init; } = "";
        public string Events { get; init; } = "[]";
        public string Secret { get; init; } = "";
        public long Active { get; init; }
        public DateTime CreatedUtc { get; init; }
        public DateTime UpdatedUtc { get; init; }

        public WebhookSubscription ToModel(bool includeSecret) =>
            new(Id, Url, JsonSerializer.Deserialize<List<string>>(Events) ?? [], Active != 0,
                DateTime.SpecifyKind(CreatedUtc, DateTimeKind.Utc), DateTime.SpecifyKind(UpdatedUtc, DateTimeKind.Utc))
            {
                Secret = includeSecret ? Secret : null,
            };
    }
}
