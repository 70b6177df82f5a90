using OrchardCommerce.Contents.Models;

namespace OrchardCommerce.GraphQL.Api.Data.Layout;

/// <summary>The item at a route and the items its content picker fields pick (a home page's hero), by id.</summary>
/// <param name="Picked">Items picked by any of the page's content picker fields, in the page's version; absent ids are gone or unpublished.</param>
public sealed record StorefrontPage(ContentItem Item, IReadOnlyDictionary<string, ContentItem> Picked);
