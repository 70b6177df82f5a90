using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// The value behind a part's object type: the item (pickers need its version) and the part's name on the item's type,
/// under which its fields live in the item's JSON.
/// </summary>
public sealed record PartSource(ContentItem Item, string PartName);
