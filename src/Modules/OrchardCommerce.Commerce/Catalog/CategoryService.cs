using System.Data.Common;
using Dapper;
using OrchardCommerce.Data;

namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// The category tree. A parent is named by handle; a category can never become its own ancestor. Deleting one
/// lifts its children to the root (ON DELETE SET NULL) and unlinks its products.
/// </summary>
public sealed class CategoryService(DbSession session)
{
    private const string Select = """
        SELECT c.id AS Id, c.handle AS Handle, c.title AS Title, p.handle AS Parent, c.position AS Position
        FROM commerce_categories c LEFT JOIN commerce_categories p ON p.id = c.parent_id
        """;

    /// <summary>Every category, parents' order first: by position, then handle.</summary>
    public async Task<IReadOnlyList<CatalogCategory>> ListAsync(CancellationToken cancellationToken = default) =>
        (await (await session.GetConnectionAsync(cancellationToken)).QueryAsync<CategoryRow>(
            $"{Select} ORDER BY c.position, c.handle", transaction: session.Transaction)).Select(r => r.ToModel()).ToList();

    public async Task<CatalogCategory?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        (await (await session.GetConnectionAsync(cancellationToken)).QuerySingleOrDefaultAsync<CategoryRow>(
            $"{Select} WHERE c.id = @id", new { id }, session.Transaction))?.ToModel();

    public async Task<CatalogCategory?> GetByHandleAsync(string handle, CancellationToken cancellationToken = default) =>
        (await (await session.GetConnectionAsync(cancellationToken)).QuerySingleOrDefaultAsync<CategoryRow>(
            $"{Select} WHERE c.handle = @handle", new { handle }, session.Transaction))?.ToModel();

    public Task<CatalogCategory> CreateAsync(CategoryInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(null, input, cancellationToken)!;

    /// <returns>Null when there is no such category.</returns>
    public Task<CatalogCategory?> UpdateAsync(string id, CategoryInput input, CancellationToken cancellationToken = default) =>
        SaveAsync(id, input, cancellationToken);

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var deleted = await work.Connection.ExecuteAsync("DELETE FROM commerce_categories WHERE id = @id", new { id }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return deleted > 0;
    }

    private async Task<CatalogCategory?> SaveAsync(string? id, CategoryInput input, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        if (!CatalogRules.IsHandle(input.Handle)) errors.Add("handle", "handle " + CatalogRules.HandleMessage);
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Length > CatalogRules.MaxTitleLength) errors.Add("title", "title is required, at most 500 characters.");
        if (input.Position < 0) errors.Add("position", "position must be zero or more.");
        errors.ThrowIfAny();
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var connection = work.Connection;
        if (id is not null && await GetAsync(id, cancellationToken) is null) return null;
        var owner = await connection.ExecuteScalarAsync<string?>("SELECT id FROM commerce_categories WHERE handle = @Handle", new { input.Handle }, work.Transaction);
        if (owner is not null && owner != id) throw new CatalogConflictException("handle", $"Another category already has the handle '{input.Handle}'.");
        string? parentId = null;
        if (input.Parent is not null)
        {
            parentId = await connection.ExecuteScalarAsync<string?>("SELECT id FROM commerce_categories WHERE handle = @Parent", new { input.Parent }, work.Transaction)
                ?? throw CatalogValidationException.For("parent", $"there is no category with the handle '{input.Parent}'.");
            if (id is not null && await IsSelfOrDescendantAsync(connection, parentId, id))
                throw CatalogValidationException.For("parent", "a category cannot be placed under itself or one of its descendants.");
        }
        id ??= CommerceIds.New("cat");
        await connection.ExecuteAsync("""
            INSERT INTO commerce_categories (id, handle, title, parent_id, position) VALUES (@id, @Handle, @Title, @parentId, @Position)
            ON CONFLICT (id) DO UPDATE SET handle = excluded.handle, title = excluded.title, parent_id = excluded.parent_id, position = excluded.position
            """, new { id, input.Handle, input.Title, parentId, input.Position }, work.Transaction);
        var saved = await GetAsync(id, cancellationToken);
        await work.CompleteAsync(cancellationToken);
        return saved;
    }

    // Walks up from the proposed parent; the tree is shallow, so a query per level is fine.
    private async Task<bool> IsSelfOrDescendantAsync(DbConnection connection, string candidateId, string categoryId)
    {
        for (string? current = candidateId; current is not null;)
        {
            if (current == categoryId) return true;
            current = await connection.ExecuteScalarAsync<string?>("SELECT parent_id FROM commerce_categories WHERE id = @current", new { current }, session.Transaction);
        }
        return false;
    }

    private sealed class CategoryRow
    {
        public string Id { get; set; } = "";
        public string Handle { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Parent { get; set; }
        public long Position { get; set; }
        public CatalogCategory ToModel() => new(Id, Handle, Title, Parent, (int)Position);
    }
}
