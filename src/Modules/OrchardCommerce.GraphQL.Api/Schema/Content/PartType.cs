using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>
/// A reusable part (one that holds fields and is not its type's own part) as an object type shared by every type that
/// has it, and its filter input; the maps name each GraphQL field's content field.
/// </summary>
/// <param name="Filter">Null when none of the part's fields can be filtered.</param>
/// <param name="FilterFields">GraphQL filter field → (content field name, its filter kind).</param>
/// <param name="OrderFields">Content fields that can be ordered by, in definition order.</param>
internal sealed record PartType(ObjectType Object, InputObjectType? Filter, IReadOnlyDictionary<string, string> FilterFields,
    IReadOnlyList<string> OrderFields);
