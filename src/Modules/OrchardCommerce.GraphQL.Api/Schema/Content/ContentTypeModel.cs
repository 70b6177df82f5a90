using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Content;

/// <summary>One content type's GraphQL types: the object type, its filter, order and connection, and how filters map back.</summary>
internal sealed class ContentTypeModel
{
    public required ContentTypeDefinition Definition { get; init; }
    public required ObjectType Object { get; init; }
    public required InputObjectType Filter { get; init; }
    public required InputObjectType Order { get; init; }
    public required ObjectType Connection { get; init; }
    public required ContentFilterMap FilterMap { get; init; }

    /// <summary>Has an AutoroutePart: the single query also finds items by path.</summary>
    public bool Routable { get; init; }
}
