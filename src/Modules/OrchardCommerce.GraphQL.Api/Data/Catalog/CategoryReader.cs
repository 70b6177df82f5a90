using OrchardCommerce.Commerce.Catalog;

namespace OrchardCommerce.GraphQL.Api.Data.Catalog;

/// <summary>
/// The store's category tree and collections through Commerce's own services, each read once per request (scope):
/// categories are few, so one query for the tree answers every parent and children field of a response.
/// </summary>
public sealed class CategoryReader(CategoryService categories, CollectionService collections)
{
    private CategoryTree? _tree;
    private IReadOnlyList<CatalogCollection>? _collections;

    public async Task<CategoryTree> GetTreeAsync(CancellationToken cancellationToken = default) =>
        _tree ??= new CategoryTree(await categories.ListAsync(cancellationToken));

    /// <summary>Every collection, by handle.</summary>
    public async Task<IReadOnlyList<CatalogCollection>> ListCollectionsAsync(CancellationToken cancellationToken = default) =>
        _collections ??= await collections.ListAsync(cancellationToken);
}
