using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Shells;

/// <summary>The tenant registry, kept in the Default tenant's database (one JSON row per tenant).</summary>
internal sealed class ShellSettingsStore(TenantDatabase defaultDatabase)
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
        var rows = await connection.QueryAsync<string>("SELECT data FROM oc_tenants ORDER BY name");
        return rows.Select(row => JsonSerializer.Deserialize<ShellSettings>(row, Json)!).ToList();
    }

    public async Task SaveAsync(ShellSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await defaultDatabase.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO oc_tenants (name, data) VALUES (@name, @data) ON CONFLICT (name) DO UPDATE SET data = excluded.data",
            new { name = settings.Name, data = JsonSerializer.Serialize(settings, Json) });
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await defaultDatabase.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM oc_tenants WHERE name = @name", new { name });
    }
}
