using System.Security.Cryptography;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Payments;

/// <summary>
/// The tenant's webhook signing secret, generated on first use and kept in the tenant database: each tenant has its
/// own, no configuration file or repository ever holds one, and rotating it takes effect at once for every process.
/// </summary>
public sealed class WebhookSecretStore(DbSession session, PaymentStore store)
{
    public async Task<WebhookSecret> GetOrCreateAsync(CancellationToken cancellationToken = default)
    {
        if (await ReadAsync(cancellationToken) is { } existing) return existing;
        await using (var work = await session.BeginWorkAsync(cancellationToken))
        {
            // Two first requests at once: the second insert does nothing and both read the winner's secret.
            await work.Connection.ExecuteAsync("""
                INSERT INTO commerce_payment_settings (id, webhook_secret, updated_utc) VALUES (1, @secret, @now)
                ON CONFLICT (id) DO NOTHING
                """, new { secret = NewSecret(), now = store.Now() }, work.Transaction);
            await work.CompleteAsync(cancellationToken);
        }
        return await ReadAsync(cancellationToken) ?? throw new InvalidOperationException("The webhook secret was not stored.");
    }

    /// <summary>Replaces the secret; webhooks signed with the old one are refused from now on.</summary>
    public async Task<WebhookSecret> RotateAsync(CancellationToken cancellationToken = default)
    {
        var secret = new WebhookSecret(NewSecret(), store.Now());
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("""
            INSERT INTO commerce_payment_settings (id, webhook_secret, updated_utc) VALUES (1, @Secret, @UpdatedUtc)
            ON CONFLICT (id) DO UPDATE SET webhook_secret = excluded.webhook_secret, updated_utc = excluded.updated_utc
            """, secret, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return secret;
    }

    private async Task<WebhookSecret?> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = (await (await session.GetConnectionAsync(cancellationToken)).QueryAsync<(string Secret, DateTime UpdatedUtc)>(
            "SELECT webhook_secret, updated_utc FROM commerce_payment_settings WHERE id = 1", transaction: session.Transaction)).ToList();
        return rows is [var row] ? new WebhookSecret(row.Secret, DateTime.SpecifyKind(row.UpdatedUtc, DateTimeKind.Utc)) : null;
    }

    // 256 random bits; the prefix makes a leaked secret recognisable to secret scanners.
    private static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
