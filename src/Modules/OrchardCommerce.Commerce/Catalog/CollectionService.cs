using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>Collections: hand-picked product groups. Deleting one unlinks its products and keeps them.</summary>
public sealed class CollectionService(DbSession session)
{
    private const string Select = "SELECT id AS Id, handle AS Handle, title AS Title FROM commerce_collections";

    public async Task<IReadOnlyList<CatalogCollection>> ListAsync(CancellationToken cancellationToken = default) =>
        (await (await session.GetConnectionAsync(cancellationToken)).QueryAsync<CollectionRow>(
            $"{Select} ORDER BY handle", transaction: session.Transaction)).Select(r => r.ToModel()).ToList();

    public async Task<CatalogCollection?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await (await session.GetConnectionAsync(cancellationToken)).QuerySingleOrDefaultAsync<CollectionRow>(
            $"{Select} WHERE id = @id", new { id }, session.Transaction))?.ToModel();

    public async Task<CatalogCollection?> GetByHandleAsync(string handle, CancellationToken cancellationToken = default) =>
        (await (await session.GetConnectionAsync(cancellationToken)).QuerySingleOrDefaultAsync<CollectionRow>(
            $"{Select} WHERE handle = @handle", new { handle }, session.Transaction))?.ToModel();

    public Task<CatalogCollection> CreateAsync(CollectionInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(null, input, cancellationToken)!;

    /// <returns>Null when there is no such collection.</returns>
    public Task<CatalogCollection?> UpdateAsync(string id, CollectionInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(id, input, cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var deleted = await work.Connection.ExecuteAsync("DELETE FROM commerce_collections WHERE id = @id", new { id }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return deleted > 0;
    }

    private async Task<CatalogCollection?> SaveAsync(string? id, CollectionInput input, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        if (!CatalogRules.IsHandle(input.Handle)) errors.Add("handle", "handle " + CatalogRules.HandleMessage);
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > CatalogRules.MaxTitleLength) errors.Add("title", "title is required, at most 500 characters.");
        errors.ThrowIfAny();
        await using var work = await session.BeginWorkAsync(cancellationToken);
        if (id is not null && await GetAsync(id, cancellationToken) is null) return null;
        var owner = await work.Connection.ExecuteScalarAsync<string?>("SELECT id FROM commerce_collections WHERE handle = @Handle", new { input.Handle }, work.Transaction);
        if (owner is not null && owner != id) throw new CatalogConflictException("handle", $"Another collection already has the handle '{input.Handle}'.");
        id ??= CommerceIds.New("col");
        await work.Connection.ExecuteAsync("""
            INSERT INTO commerce_collections (id, handle, title) VALUES (@id, @Handle, @Title)
            ON CONFLICT (id) DO UPDATE SET handle = excluded.handle, title = excluded.title
            """, new { id, input.Handle, input.Title }, work.Transaction);
        var saved = await GetAsync(id, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return saved;
    }

    private sealed class CollectionRow
    {
        public string Id { get; set; } = "";
        public string Handle { get; set; } = "";
        public string Title { get; set; } = "";
        public CatalogCollection ToModel() => new(Id, Handle, Title);
    }
}
