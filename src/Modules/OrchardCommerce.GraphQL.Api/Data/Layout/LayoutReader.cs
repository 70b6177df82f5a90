using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Contents.Site;
using OrchardCommerce.GraphQL.Api.Data.Content;

namespace OrchardCommerce.GraphQL.Api.Data.Layout;

/// <summary>
/// What a storefront's frame needs: the tenant's branding (the site's own <see cref="SiteBranding"/>), and pages by
/// route with the items they pick (the home page with its hero) in one more query.
/// </summary>
public sealed class LayoutReader(ContentManager content, ContentDefinitionStore definitions, ContentByIdReader byId)
{
    public const string ContentPickerField = "ContentPickerField";

    /// <summary>The published Branding item's site name, tagline, logo and safe colours; defaults when there is none.</summary>
    public Task<SiteBranding> GetBrandingAsync(CancellationToken cancellationToken = default) =>
        SiteBranding.LoadAsync(content, cancellationToken);

    /// <summary>The item at "/", or the one marked as home page.</summary>
    public Task<StorefrontPage?> GetHomePageAsync(VersionOptions status = VersionOptions.Published, CancellationToken cancellationToken = default) =>
        GetPageAsync("/", status, cancellationToken);

    /// <summary>The item whose route is <paramref name="path"/> (case-insensitive), with what it picks; null when none has it.</summary>
    public async Task<StorefrontPage?> GetPageAsync(string path, VersionOptions status = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        var item = await content.GetByRouteAsync(path, status, cancellationToken);
        if (item is null) return null;
        var picked = await PickedIdsAsync(item, cancellationToken);
        // A draft page previews with the drafts of what it picks; a published one shows only published items.
        var pickedStatus = status == VersionOptions.Published ? VersionOptions.Published : VersionOptions.Latest;
        return new StorefrontPage(item, await byId.GetManyAsync(picked, pickedStatus, cancellationToken));
    }

    private async Task<List<string>> PickedIdsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        if (await definitions.GetTypeAsync(item.ContentType, cancellationToken) is not { } type) return ids;
        foreach (var typePart in type.Parts)
        {
            if (await definitions.GetPartAsync(typePart.PartName, cancellationToken) is not { } part) continue;
            foreach (var field in part.Fields.Where(f => f.FieldName == ContentPickerField))
                if (item.FindPart(typePart.Name)?[field.Name]?["ContentItemIds"] is JsonArray picked)
                    ids.AddRange(picked.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var id) ? id : null).OfType<string>());
        }
        return ids;
    }
}
