using Dapper;
using OrchardCommerce.Commerce.Carts;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Inventory;

/// <summary>The tenant's stock locations. Checkout picks among them; a recipe's Catalog step can create them too.</summary>
public sealed class LocationService(DbSession session)
{
    public async Task<IReadOnlyList<StockLocation>> ListAsync(CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<StockLocation>(
            "SELECT id AS Id, handle AS Handle, name AS Name FROM commerce_locations ORDER BY handle", transaction: session.Transaction)).ToList();
    }

    /// <summary>Creates a location, or renames it when the handle exists (so scripts and recipes can run again).</summary>
    public async Task<(StockLocation Location, bool Created)> SaveAsync(string? handle, string? name, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CatalogRules.IsHandle(handle)) errors["handle"] = [$"The handle {CatalogRules.HandleMessage}"];
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors["name"] = ["A name of 1 to 200 characters is required."];
        if (errors.Count > 0) throw new CommerceValidationException(errors);

        await using var work = await session.BeginWorkAsync(cancellationToken);
        var id = CommerceIds.New("loc");
        var stored = await work.Connection.QuerySingleAsync<StockLocation>("""
            INSERT INTO commerce_locations (id, handle, name) VALUES (@id, @handle, @name)
            ON CONFLICT (handle) DO UPDATE SET name = excluded.name
            RETURNING id AS Id, handle AS Handle, name AS Name
            """, new { id, handle, name = name!.Trim() }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return (stored, stored.Id == id);
    }
}
