using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.GraphQL.Api.Data.Paging;
using OrchardCommerce.GraphQL.Types;
using PageData = OrchardCommerce.GraphQL.Api.Data.Paging.PageInfo;

namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>The types every storefront schema has, made once per schema (types compare by reference).</summary>
internal sealed class CommonTypes
{
    public static readonly IReadOnlyList<string> Names =
        ["Query", "Mutation", "Subscription", "String", "Int", "Float", "Boolean", "ID", "DateTime", "Decimal", "JSON",
         "Status", "OrderDirection", "PageInfo", "Media", "Link", "Markdown", "ContentItem", .. FilterInputs.Names];

    public EnumType Status { get; } = new("Status",
    [
        new("PUBLISHED", VersionOptions.Published) { Description = "The version visitors see." },
        new("LATEST", VersionOptions.Latest) { Description = "The newest version, published or not (needs the ViewDrafts permission)." },
        new("DRAFT", VersionOptions.Draft) { Description = "Only items with a pending draft, in that draft (needs the ViewDrafts permission)." },
    ], "Which version of content items to read.");

    public EnumType OrderDirection { get; } = new("OrderDirection", [new("ASC", false), new("DESC", true)]);

    public ObjectType PageInfo { get; } = new("PageInfo", () =>
    [
        new("hasNextPage", SpecifiedScalars.Boolean.NonNull()) { Resolver = c => new(((PageData)c.Source!).HasNextPage) },
        new("hasPreviousPage", SpecifiedScalars.Boolean.NonNull()) { Resolver = c => new(((PageData)c.Source!).HasPreviousPage) },
        new("startCursor", SpecifiedScalars.String) { Resolver = c => new(((PageData)c.Source!).StartCursor) },
        new("endCursor", SpecifiedScalars.String) { Resolver = c => new(((PageData)c.Source!).EndCursor) },
    ], description: "Relay cursor paging: pass endCursor as `after` to read the next page.");

    public ObjectType Media { get; } = new("Media", () =>
    [
        new("path", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((MediaValue)c.Source!).Path) },
        new("url", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((MediaValue)c.Source!).Url) },
        new("alt", SpecifiedScalars.String) { Resolver = c => new(((MediaValue)c.Source!).Alt) },
    ], description: "A media file: its path in the tenant's media library and the URL to show it at.");

    public ObjectType Link { get; } = new("Link", () =>
    [
        new("url", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((LinkValue)c.Source!).Url) },
        new("text", SpecifiedScalars.String) { Resolver = c => new(((LinkValue)c.Source!).Text) },
    ]);

    /// <summary>The source value is the stored Markdown; its HTML is rendered (and sanitized) only when asked for.</summary>
    public ObjectType Markdown { get; } = new("Markdown", () =>
    [
        new("markdown", SpecifiedScalars.String.NonNull()) { Resolver = c => new((string)c.Source!) },
        new("html", SpecifiedScalars.String.NonNull())
        {
            Description = "The Markdown as sanitized HTML (raw HTML in the source is escaped).",
            Resolver = c => new(c.Services!.GetRequiredService<MarkdownRenderer>().ToHtml((string)c.Source!)),
        },
    ]);

    public FilterInputs Filters { get; } = new();

    public InputValueDefinition StatusArgument() => new("status", Status.NonNull())
    {
        HasDefaultValue = true,
        DefaultValue = VersionOptions.Published,
        Description = "LATEST and DRAFT need the ViewDrafts permission.",
    };

    /// <summary>A Relay connection and its edge type over nodes of <paramref name="node"/>; the source is a <see cref="Connection{T}"/>.</summary>
    public ObjectType Connection<T>(string name, GraphQLType node)
    {
        var edge = new ObjectType(name + "Edge", () =>
        [
            new("cursor", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((Edge<T>)c.Source!).Cursor) },
            new("node", node.NonNull()) { Resolver = c => new(((Edge<T>)c.Source!).Node) },
        ]);
        return new ObjectType(name + "Connection", () =>
        [
            new("edges", edge.NonNull().List().NonNull()) { Resolver = c => new(((Connection<T>)c.Source!).Edges) },
            new("nodes", node.NonNull().List().NonNull()) { Resolver = c => new(Nodes((Connection<T>)c.Source!)) },
            new("pageInfo", PageInfo.NonNull()) { Resolver = c => new(((Connection<T>)c.Source!).PageInfo) },
            new("totalCount", SpecifiedScalars.Int.NonNull())
            {
                Description = "Every item the filters match, not only this page.",
                Resolver = c => new((int)(((Connection<T>)c.Source!).TotalCount ?? 0)),
            },
        ]);
    }

    private static List<T> Nodes<T>(Connection<T> connection)
    {
        var nodes = new List<T>(connection.Edges.Count);
        foreach (var edge in connection.Edges) nodes.Add(edge.Node);
        return nodes;
    }
}
