using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>The checks against stored data a product write needs before it writes: taken handles and SKUs, known taxonomy.</summary>
public sealed class CatalogLookups(DbSession session)
{
    public async Task EnsureFreeAsync(ProductInput input, string? productId)
    {
        var connection = await session.GetConnectionAsync();
        var owner = await connection.ExecuteScalarAsync<string?>("SELECT id FROM commerce_products WHERE handle = @Handle",
            new { input.Handle }, session.Transaction);
        if (owner is not null && owner != productId)
            throw new CatalogConflictException("handle", $"Another product already has the handle '{input.Handle}'.");
        var taken = (await connection.QueryAsync<string>($"SELECT sku FROM commerce_variants WHERE {session.Dialect.In("sku", "skus")} AND product_id <> @id",
            new { skus = input.Variants.Select(v => v.Sku).ToArray(), id = productId ?? "" }, session.Transaction)).ToHashSet();
        for (var i = 0; i < input.Variants.Count; i++)
            if (taken.Contains(input.Variants[i].Sku))
                throw new CatalogConflictException($"variants[{i}].sku", $"SKU '{input.Variants[i].Sku}' belongs to another product.");
    }

    /// <summary>Ids of <paramref name="handles"/> in <paramref name="table"/>, in their order; unknown ones name their index.</summary>
    public async Task<IReadOnlyList<string>> ResolveAsync(string table, IReadOnlyList<string> handles, string field, CatalogErrors errors)
    {
        var connection = await session.GetConnectionAsync();
        var ids = (await connection.QueryAsync<(string Handle, string Id)>($"SELECT handle, id FROM {table} WHERE {session.Dialect.In("handle", "handles")}",
            new { handles = handles.ToArray() }, session.Transaction)).ToDictionary(r => r.Handle, r => r.Id);
        var resolved = new List<string>();
        for (var i = 0; i < handles.Count; i++)
        {
            if (ids.TryGetValue(handles[i], out var id)) resolved.Add(id);
            else errors.Add($"{field}[{i}]", $"there is no {(table == "commerce_categories" ? "category" : "collection")} with the handle '{handles[i]}'.");
        }
        return resolved;
    }

    /// <summary>
    /// A concurrent writer can take a handle or SKU between the check and the insert; the UNIQUE constraint catches
    /// it and this turns it into the same 409 the check gives.
    /// </summary>
    public static bool IsUniqueViolation(DbException e) => e is SqliteException { SqliteErrorCode: 19 } && e.Message.Contains("UNIQUE")
        || e.SqlState == "23505";
}
