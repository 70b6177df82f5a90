using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// The fields every content item has (its own columns), shared by the ContentItem interface and each content type's
/// object type. Resolvers cast instead of reflecting: these are read for every item of every list.
/// </summary>
internal static class ContentItemFields
{
    /// <summary>Names a content type's own fields may not take (they get a "Field" suffix instead).</summary>
    public static readonly IReadOnlyList<string> Reserved =
        ["id", "contentType", "displayText", "createdUtc", "modifiedUtc", "publishedUtc", "published", "latest", "owner", "author",
         "title", "path", "htmlBody", "markdownBody", "__typename"];

    public static IEnumerable<FieldDefinition> Create() =>
    [
        new("id", SpecifiedScalars.ID.NonNull()) { Resolver = c => new(Item(c).ContentItemId) },
        new("contentType", SpecifiedScalars.String.NonNull()) { Resolver = c => new(Item(c).ContentType) },
        new("displayText", SpecifiedScalars.String) { Resolver = c => new(Item(c).DisplayText) },
        new("createdUtc", CustomScalars.DateTime) { Resolver = c => new(Item(c).CreatedUtc) },
        new("modifiedUtc", CustomScalars.DateTime) { Resolver = c => new(Item(c).ModifiedUtc) },
        new("publishedUtc", CustomScalars.DateTime) { Resolver = c => new(Item(c).PublishedUtc) },
        new("published", SpecifiedScalars.Boolean.NonNull()) { Resolver = c => new(Item(c).Published) },
        new("latest", SpecifiedScalars.Boolean.NonNull()) { Resolver = c => new(Item(c).Latest) },
        new("owner", SpecifiedScalars.String) { Resolver = c => new(Item(c).Owner) },
        new("author", SpecifiedScalars.String) { Resolver = c => new(Item(c).Author) },
    ];

    /// <summary>The ContentItem interface: what a picker field or a page lookup returns when the type is not known in advance.</summary>
    public static InterfaceType Interface(Func<string, ObjectType?> byContentType) => new("ContentItem", Create,
        description: "Any content item; use a fragment (`... on Page`) for its type's own fields.")
    {
        ResolveType = (value, _) => value is ContentItem item ? byContentType(item.ContentType) : null,
    };

    private static ContentItem Item(ResolveContext context) => (ContentItem)context.Source!;
}
