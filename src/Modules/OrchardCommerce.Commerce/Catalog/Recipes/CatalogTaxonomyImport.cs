using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Commerce.Catalog.Recipes;

/// <summary>
/// The Catalog step's categories and collections. Categories may name a parent listed after them, so they are
/// saved parents-first; a parent that is neither in the step nor stored, or a cycle, fails with the category's path.
/// </summary>
internal sealed class CatalogTaxonomyImport(CategoryService categories, CollectionService collections)
{
    public async Task ImportAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        var pending = new List<(string Path, CategoryInput Input)>();
        foreach (var (json, path) in JsonFields.Objects(context.Step, "categories", "", errors))
        {
            var handle = JsonFields.String(json, "handle", path, errors, required: true);
            var title = JsonFields.String(json, "title", path, errors, required: true);
            var parent = JsonFields.String(json, "parent", path, errors, required: false);
            if (handle is not null && title is not null) pending.Add((path, new CategoryInput(handle, title, parent, pending.Count)));
        }
        CatalogStep.Fail(context, errors);
        var inStep = pending.Select(p => p.Input.Handle).ToHashSet(StringComparer.Ordinal);
        var saved = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var ready = pending.FindIndex(p => p.Input.Parent is null || saved.Contains(p.Input.Parent) || !inStep.Contains(p.Input.Parent));
            if (ready < 0) throw context.Error($"{pending[0].Path}parent: the categories' parents form a cycle.");
            var (path, input) = pending[ready];
            pending.RemoveAt(ready);
            await SaveAsync(context, path, () => categories.GetByHandleAsync(input.Handle, cancellationToken),
                existing => categories.UpdateAsync(existing, input, cancellationToken), () => categories.CreateAsync(input, cancellationToken), c => c.Id);
            saved.Add(input.Handle);
            context.Report.Count("commerce categories");
        }
        foreach (var (json, path) in JsonFields.Objects(context.Step, "collections", "", errors))
        {
            var handle = JsonFields.String(json, "handle", path, errors, required: true);
            var title = JsonFields.String(json, "title", path, errors, required: true);
            CatalogStep.Fail(context, errors);
            var input = new CollectionInput(handle!, title!);
            await SaveAsync(context, path, () => collections.GetByHandleAsync(input.Handle, cancellationToken),
                existing => collections.UpdateAsync(existing, input, cancellationToken), () => collections.CreateAsync(input, cancellationToken), c => c.Id);
            context.Report.Count("commerce collections");
        }
        CatalogStep.Fail(context, errors);
    }

    private static async Task SaveAsync<T>(RecipeStepContext context, string path, Func<Task<T?>> find, Func<string, Task<T?>> update,
        Func<Task<T>> create, Func<T, string> id) where T : class
    {
        try
        {
            if (await find() is { } existing) await update(id(existing));
            else await create();
        }
        catch (CatalogValidationException e)
        {
            throw context.Error(string.Join("; ", e.Errors.Select(x => $"{path}{x.Key}: {string.Join(" ", x.Value)}")));
        }
        catch (CatalogConflictException e)
        {
            throw context.Error($"{path}{e.Message}");
        }
    }
}
