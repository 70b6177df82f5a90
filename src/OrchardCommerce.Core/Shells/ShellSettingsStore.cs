using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using OrchardCommerce.Data;
using OrchardCommerce.Migrations;
using OrchardCommerce.Outbox;

namespace OrchardCommerce.Shells;

/// <summary>
/// The tenant registry, kept in the Default tenant's database (one JSON row per tenant), with its outbox: a save or
/// delete that another side must hear about writes its <see cref="TenantEvents"/> event in the same transaction.
/// </summary>
internal sealed class ShellSettingsStore(TenantDatabase defaultDatabase, OutboxSignal<TenantStream> signal, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<List<ShellSettings>> LoadAsync(CancellationToken cancellationToken)
    {
        await defaultDatabase.EnsureCreatedAsync(cancellationToken);
        await using var connection = await defaultDatabase.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS oc_tenants (name TEXT NOT NULL PRIMARY KEY, data TEXT NOT NULL)");
        await EnsureEventsTableAsync(connection, cancellationToken);
        var rows = await connection.QueryAsync<string>("SELECT data FROM oc_tenants ORDER BY name");
        return rows.Select(row => JsonSerializer.Deserialize<ShellSettings>(row, Json)!).ToList();
    }

    public async Task SaveAsync(ShellSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await defaultDatabase.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var data = JsonSerializer.Serialize(settings, Json);
        // FOR UPDATE: two Cms.Web processes saving one tenant number its events one after the other.
        var before = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT data FROM oc_tenants WHERE name = @name" + (defaultDatabase.Dialect.IsPostgres ? " FOR UPDATE" : ""),
            new { name = settings.Name }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO oc_tenants (name, data) VALUES (@name, @data) ON CONFLICT (name) DO UPDATE SET data = excluded.data",
            new { name = settings.Name, data }, transaction, cancellationToken: cancellationToken));
        var previous = before is null ? null : JsonSerializer.Deserialize<ShellSettings>(before, Json);
        var type = TenantEvents.For(previous, settings, changed: before != data);
        if (type is not null) await AppendAsync(transaction, type, settings, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (type is not null) signal.Notify();
    }

    public async Task DeleteAsync(ShellSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await defaultDatabase.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "DELETE FROM oc_tenants WHERE name = @name RETURNING data", new { name = settings.Name }, transaction, cancellationToken: cancellationToken));
        // A tenant whose setup failed was never announced, so its removal is not either.
        var announce = before is not null && JsonSerializer.Deserialize<ShellSettings>(before, Json)!.State != ShellState.Uninitialized;
        if (announce) await AppendAsync(transaction, TenantEvents.Removed, settings, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (announce) signal.Notify();
    }

    private async Task AppendAsync(DbTransaction transaction, string type, ShellSettings settings, CancellationToken cancellationToken)
    {
        var version = await OutboxWriter<TenantStream>.NextVersionAsync(transaction, TenantEvents.AggregateType, settings.Name, cancellationToken);
        var payload = new
        {
            name = settings.Name, state = settings.State.ToString(), hosts = settings.RequestUrlHosts, urlPrefix = settings.RequestUrlPrefix,
            features = settings.Features, recipe = settings.RecipeName,
        };
        await OutboxWriter<TenantStream>.AppendAsync(transaction, defaultDatabase.Dialect, type, TenantEvents.AggregateType, settings.Name,
            version, payload, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    // The registry predates module migrations (it is read before any shell exists), so its outbox table is made here,
    // once, under a lock so that two processes starting on one PostgreSQL database do not both create it.
    private async Task EnsureEventsTableAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var dialect = defaultDatabase.Dialect;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (dialect.IsPostgres)
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@lockClass, hashtext(current_schema()))",
                new { lockClass = TenantStream.LockClass }, transaction, cancellationToken: cancellationToken));
        var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(dialect.IsPostgres
            ? $"SELECT to_regclass('{TenantStream.Table}') IS NOT NULL"
            : $"SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = '{TenantStream.Table}'",
            transaction: transaction, cancellationToken: cancellationToken));
        if (!exists) await OutboxSchema.CreateAsync(new MigrationContext(connection, transaction, dialect), TenantStream.Table);
        await transaction.CommitAsync(cancellationToken);
    }
}
