namespace OrchardCommerce.GraphQL.Api.Data.Content;

/// <summary>
/// What a content query filters or orders by: a field of one of the type's parts (<see cref="Field"/>), or one of the
/// item's own columns (display text, dates, owner, author, id).
/// </summary>
/// <param name="Part">The part's name on the type ("BlogPost", "Branding"); null for the item's own columns.</param>
/// <param name="Name">The field's name, or the column's name as ContentItem spells it.</param>
public sealed record ContentProperty(string? Part, string Name)
{
    public static readonly ContentProperty DisplayText = new(null, "DisplayText");
    public static readonly ContentProperty CreatedUtc = new(null, "CreatedUtc");
    public static readonly ContentProperty ModifiedUtc = new(null, "ModifiedUtc");
    public static readonly ContentProperty PublishedUtc = new(null, "PublishedUtc");
    public static readonly ContentProperty Owner = new(null, "Owner");
    public static readonly ContentProperty Author = new(null, "Author");
    public static readonly ContentProperty ContentItemId = new(null, "ContentItemId");

    /// <summary>The item's own columns, in the order a schema would list them.</summary>
    public static readonly IReadOnlyList<ContentProperty> Metadata = [DisplayText, CreatedUtc, ModifiedUtc, PublishedUtc, Owner, Author, ContentItemId];

    public static ContentProperty Field(string part, string field) => new(part, field);

    public bool IsField => Part is not null;

    public override string ToString() => Part is null ? Name : $"{Part}.{Name}";
}
