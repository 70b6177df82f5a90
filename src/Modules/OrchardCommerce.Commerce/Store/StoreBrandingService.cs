using Dapper;
using OrchardCommerce.Commerce.Outbox;
using OrchardCommerce.Data;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Commerce.Store;

/// <summary>Reads and applies the store's branding; an applied change appends store.updated in the same unit of work.</summary>
public sealed class StoreBrandingService(DbSession session, OutboxWriter<CommerceStream> outbox, TimeProvider clock)
{
    public const string Aggregate = "store";

    private const string Columns = """
        site_name AS SiteName, tagline AS Tagline, primary_color AS PrimaryColor, secondary_color AS SecondaryColor,
        accent_color AS AccentColor, logo AS Logo, branding_version AS Version
        """;

    public async Task<StoreBranding> GetAsync(CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoreBranding>(new CommandDefinition(
            $"SELECT {Columns} FROM commerce_store_settings WHERE id = 1", transaction: session.Transaction, cancellationToken: cancellationToken))
            ?? new StoreBranding(null, null, null, null, null, null, 0);
    }

    /// <summary>
    /// Applies <paramref name="branding"/> when its version is newer than the stored one, or the same and different (a
    /// repair). Returns whether it applied, and the branding now stored.
    /// </summary>
    public async Task<(bool Applied, StoreBranding Branding)> ApplyAsync(StoreBranding branding, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        if (session.Dialect.IsPostgres)
            await work.Connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(4246, hashtext(current_schema()))",
                transaction: work.Transaction, cancellationToken: cancellationToken));
        var stored = await GetAsync(cancellationToken);
        if (branding.Version < stored.Version || branding == stored)
        {
            await work.CompleteAsync(cancellationToken);
            return (false, stored);
        }
        await work.Connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO commerce_store_settings (id, site_name, tagline, primary_color, secondary_color, accent_color, logo, branding_version, updated_utc)
            VALUES (1, @SiteName, @Tagline, @PrimaryColor, @SecondaryColor, @AccentColor, @Logo, @Version, @now)
            ON CONFLICT (id) DO UPDATE SET site_name = excluded.site_name, tagline = excluded.tagline, primary_color = excluded.primary_color,
                secondary_color = excluded.secondary_color, accent_color = excluded.accent_color, logo = excluded.logo,
                branding_version = excluded.branding_version, updated_utc = excluded.updated_utc
            """, new
        {
            branding.SiteName, branding.Tagline, branding.PrimaryColor, branding.SecondaryColor, branding.AccentColor, branding.Logo,
            branding.Version, now = clock.GetUtcNow().UtcDateTime,
        }, work.Transaction, cancellationToken: cancellationToken));
        var version = await outbox.NextVersionAsync(Aggregate, "store", cancellationToken);
        await outbox.AppendAsync(CommerceEvents.StoreUpdated, Aggregate, "store", version, branding, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return (true, branding);
    }
}
