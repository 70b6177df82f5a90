using OrchardCommerce.Commerce.Catalog;

namespace OrchardCommerce.GraphQL.Api.Data.Catalog;

/// <summary>The whole category tree in memory, so a query walking parents and children costs nothing after the first read.</summary>
public sealed class CategoryTree
{
    private readonly Dictionary<string, CatalogCategory> _byHandle;
    private readonly ILookup<string, CatalogCategory> _children;

    /// <param name="all">Every category, parents' order first (as CategoryService lists them: position, then handle).</param>
    public CategoryTree(IReadOnlyList<CatalogCategory> all)
    {
        All = all;
        _byHandle = all.ToDictionary(c => c.Handle, StringComparer.Ordinal);
        _children = all.Where(c => c.Parent is not null).ToLookup(c => c.Parent!, StringComparer.Ordinal);
        Roots = all.Where(c => c.Parent is null).ToList();
    }

    public IReadOnlyList<CatalogCategory> All { get; }
    public IReadOnlyList<CatalogCategory> Roots { get; }

    public CatalogCategory? Find(string handle) => _byHandle.GetValueOrDefault(handle);

    /// <summary>The direct children of <paramref name="handle"/>, in the tree's order.</summary>
    public IReadOnlyList<CatalogCategory> ChildrenOf(string handle) => [.. _children[handle]];
}
