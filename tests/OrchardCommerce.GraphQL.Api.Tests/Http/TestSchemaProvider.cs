using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Tests.Http;

/// <summary>
/// A small code-first storefront schema over the real readers, standing in for the tenant's schema provider (registered
/// in the host, which tenants fall back to) so the HTTP rules are tested on data the recipes put in the tenant.
/// </summary>
internal sealed class TestSchemaProvider : IStorefrontSchemaProvider
{
    private readonly StorefrontSchema _schema = new(Build(), 1);

    public ValueTask<StorefrontSchema> GetSchemaAsync(IServiceProvider requestServices, CancellationToken cancellationToken) => new(_schema);

    private static readonly object SelfValue = new Dictionary<string, object?>();

    private static GraphQLSchema Build()
    {
        ObjectType product = null!;
        product = new ObjectType("Product", () =>
        [
            new("handle", SpecifiedScalars.String.NonNull()),
            new("title", SpecifiedScalars.String.NonNull()),
            new("related", product.NonNull().List().NonNull())
            {
                Arguments = [new InputValueDefinition("first", SpecifiedScalars.Int)],
                Resolver = c => new ValueTask<object?>(Enumerable.Repeat(c.Source, c.Argument<int?>("first") ?? 1).ToList()),
            },
        ]);
        ObjectType query = null!;
        query = new ObjectType("Query", () =>
        [
            new("products", product.NonNull().List().NonNull())
            {
                Arguments = [new InputValueDefinition("first", SpecifiedScalars.Int)],
                Resolver = async c =>
                {
                    var reader = c.Services!.GetRequiredService<StorefrontProductReader>();
                    var page = await reader.ListAsync(new StorefrontProductQuery(First: c.Argument<int?>("first") ?? 20), c.CancellationToken);
                    return page.Edges.Select(e => e.Node.Product).ToList();
                },
            },
            new("categories", SpecifiedScalars.String.NonNull().List().NonNull())
            {
                Resolver = async c => (await c.Services!.GetRequiredService<CategoryReader>().GetTreeAsync(c.CancellationToken)).All.Select(x => x.Title).ToList(),
            },
            new("canSeeDrafts", SpecifiedScalars.Boolean.NonNull()) { Resolver = c => new(((StorefrontCaller)c.UserContext!).CanSeeDrafts) },
            new("echo", SpecifiedScalars.String)
            {
                Arguments = [new InputValueDefinition("text", SpecifiedScalars.String)],
                Resolver = c => new(c.Argument<string?>("text")),
            },
            new("self", query) { Resolver = _ => new(SelfValue) },
            new("fail", SpecifiedScalars.String) { Resolver = _ => throw new InvalidOperationException("resolver failed") },
        ]);
        var mutation = new ObjectType("Mutation", () =>
        [
            new("echo", SpecifiedScalars.String)
            {
                Arguments = [new InputValueDefinition("text", SpecifiedScalars.String)],
                Resolver = c => new(c.Argument<string?>("text")),
            },
        ]);
        return new GraphQLSchema(query, mutation);
    }
}
