using OrchardCommerce.Contents.Handlers;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Sync.Links;

namespace OrchardCommerce.Sync.Mirror;

/// <summary>
/// Commerce owns the handle, SKU, price, stock and availability a linked ProductContent item shows: an editor's save that changes them is
/// refused naming the field, instead of being overwritten by the next sync. Recipe imports and the sync pass.
/// </summary>
public sealed class MirrorFieldsGuard(ProductLinkStore links, ContentItemStore items, MirrorWriteScope scope) : IContentHandler
{
    public async Task UpdatingAsync(ContentUpdateContext context, CancellationToken cancellationToken)
    {
        if (context.Importing || scope.Active || context.Item.ContentType != MirrorFields.ContentType) return;
        if (await links.FindByContentAsync(context.Item.ContentItemId, cancellationToken) is not { Archived: false }) return;
        if (await items.GetAsync(context.Item.ContentItemId, VersionOptions.Latest, cancellationToken) is not { } stored) return;
        Refuse(context, "Handle", MirrorFields.Handle(stored) != MirrorFields.Handle(context.Item));
        Refuse(context, "Sku", MirrorFields.Sku(stored) != MirrorFields.Sku(context.Item));
        Refuse(context, "Price", MirrorFields.Price(stored) != MirrorFields.Price(context.Item));
        Refuse(context, "Stock", MirrorFields.Stock(stored) != MirrorFields.Stock(context.Item));
        Refuse(context, "Availability", MirrorFields.Availability(stored) != MirrorFields.Availability(context.Item));
    }

    private static void Refuse(ContentUpdateContext context, string field, bool changed)
    {
        if (changed)
            context.AddError($"{MirrorFields.Part}.{field}", $"{field} is owned by commerce and shown here read-only; change it through the commerce API.");
    }
}
