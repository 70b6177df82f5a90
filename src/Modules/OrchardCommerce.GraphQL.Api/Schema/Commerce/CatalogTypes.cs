using System.Text.Encodings.Web;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Commerce.Catalog;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.GraphQL.Api.Data.Catalog;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Api.Schema.Content;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Commerce;

/// <summary>
/// Products as the store sells them (active ones only, so status is always ACTIVE), merged with their ProductContent
/// item. A product's id is its handle: Commerce keeps its internal ids out of the store's answers.
/// </summary>
internal sealed class CatalogTypes
{
    public CatalogTypes(CommonTypes common, GraphQLType productContent)
    {
        Money = new ObjectType("Money", () =>
        [
            new("currency", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((MoneyValue)c.Source!).Currency) },
            new("amount", SpecifiedScalars.Int.NonNull()) { Description = "In minor units (cents).", Resolver = c => new(((MoneyValue)c.Source!).Amount) },
            new("formatted", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((MoneyValue)c.Source!).Formatted) },
        ]);
        var option = new ObjectType("ProductOption", () =>
        [
            new("name", SpecifiedScalars.String.NonNull()),
            new("values", SpecifiedScalars.String.NonNull().List().NonNull()),
        ]);
        var selected = new ObjectType("SelectedOption", () =>
        [
            new("name", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((KeyValuePair<string, string>)c.Source!).Key) },
            new("value", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((KeyValuePair<string, string>)c.Source!).Value) },
        ]);
        var currency = new InputValueDefinition("currency", SpecifiedScalars.String.NonNull()) { Description = "ISO 4217, e.g. EUR." };
        var variant = new ObjectType("ProductVariant", () =>
        [
            new("id", SpecifiedScalars.ID.NonNull()) { Description = "The SKU.", Resolver = c => new(((StoreVariant)c.Source!).Sku) },
            new("sku", SpecifiedScalars.String.NonNull()),
            new("title", SpecifiedScalars.String.NonNull()),
            new("options", selected.NonNull().List().NonNull()) { Resolver = c => new(((StoreVariant)c.Source!).Options.ToList()) },
            new("price", Money)
            {
                Arguments = [currency], Description = "Null when the variant is not sold in that currency.",
                Resolver = c => new(Price((StoreVariant)c.Source!, c.Argument("currency", ""))),
            },
            new("prices", Money.NonNull().List().NonNull())
            {
                Resolver = c => new(((StoreVariant)c.Source!).Prices.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new MoneyValue(p.Key, p.Value)).ToList()),
            },
            new("available", SpecifiedScalars.Boolean.NonNull()) { Resolver = c => new(((StoreVariant)c.Source!).Available > 0) },
            new("quantityAvailable", SpecifiedScalars.Int.NonNull()) { Resolver = c => new((int)Math.Clamp(((StoreVariant)c.Source!).Available, 0, int.MaxValue)) },
        ]);
        var range = new ObjectType("PriceRange", () =>
        [
            new("min", Money.NonNull()) { Resolver = c => new(((MoneyValue[])c.Source!)[0]) },
            new("max", Money.NonNull()) { Resolver = c => new(((MoneyValue[])c.Source!)[1]) },
        ]);
        Category = new ObjectType("Category", () =>
        [
            new("id", SpecifiedScalars.ID.NonNull()),
            new("handle", SpecifiedScalars.String.NonNull()),
            new("title", SpecifiedScalars.String.NonNull()),
            new("parent", Category!) { Resolver = async c => ((CatalogCategory)c.Source!).Parent is { } parent ? (await TreeAsync(c)).Find(parent) : null },
            new("children", Category!.NonNull().List().NonNull()) { Resolver = async c => (await TreeAsync(c)).ChildrenOf(((CatalogCategory)c.Source!).Handle) },
            new("products", ProductConnection!.NonNull())
            {
                Arguments = [First(), new("after", SpecifiedScalars.String)],
                Description = "Active products in this category (one query per category asked for).",
                Resolver = async c => await CatalogQueries.ListAsync(c, new StorefrontProductQuery(Category: ((CatalogCategory)c.Source!).Handle,
                    First: c.Argument("first", 20), After: c.Argument<string?>("after"))),
            },
        ]);
        Product = new ObjectType("Product", () =>
        [
            new("id", SpecifiedScalars.ID.NonNull()) { Description = "The handle.", Resolver = c => new(P(c).Handle) },
            new("handle", SpecifiedScalars.String.NonNull()) { Resolver = c => new(P(c).Handle) },
            new("title", SpecifiedScalars.String.NonNull()) { Resolver = c => new(P(c).Title) },
            new("status", SpecifiedScalars.String.NonNull()) { Resolver = _ => new(ProductStatus.Active.ToUpperInvariant()) },
            new("description", SpecifiedScalars.String) { Description = "HTML: the content's body, else the catalog's description.", Resolver = c => new(Description(c)) },
            new("seoTitle", SpecifiedScalars.String) { Description = "Synced from the content item's SEO fields.", Resolver = c => new(P(c).SeoTitle) },
            new("seoDescription", SpecifiedScalars.String) { Resolver = c => new(P(c).SeoDescription) },
            new("media", SpecifiedScalars.String.NonNull().List().NonNull())
            {
                Description = "Media paths (under /media/) synced from the content item, in its order.", Resolver = c => new(P(c).Media),
            },
            new("options", option.NonNull().List().NonNull()) { Resolver = c => new(P(c).Options) },
            new("variants", variant.NonNull().List().NonNull()) { Resolver = c => new(P(c).Variants) },
            new("priceRange", range) { Arguments = [currency], Resolver = c => new(Range(P(c), c.Argument("currency", ""))) },
            new("categories", Category.NonNull().List().NonNull())
            {
                Resolver = async c => { var tree = await TreeAsync(c); return P(c).Categories.Select(tree.Find).OfType<CatalogCategory>().ToList(); },
            },
            new("content", productContent) { Description = "The product's ProductContent item.", Resolver = c => new(((StorefrontProduct)c.Source!).Content) },
        ], description: "An active product of the catalog with its marketing content; id is the handle.");
        ProductConnection = common.Connection<StorefrontProduct>("Product", Product);
    }

    public ObjectType Money { get; }
    public ObjectType Product { get; }
    public ObjectType ProductConnection { get; }
    public ObjectType Category { get; }

    public static InputValueDefinition First() => new("first", SpecifiedScalars.Int) { HasDefaultValue = true, DefaultValue = 20 };

    public static Task<CategoryTree> TreeAsync(ResolveContext context) =>
        StorefrontRead.RunAsync(context, (s, ct) => s.GetRequiredService<CategoryReader>().GetTreeAsync(ct));

    private static StoreProduct P(ResolveContext context) => ((StorefrontProduct)context.Source!).Product;

    private static MoneyValue? Price(StoreVariant variant, string currency) =>
        variant.Prices.TryGetValue(currency, out var amount) ? new MoneyValue(currency, amount) : null;

    private static MoneyValue[]? Range(StoreProduct product, string currency)
    {
        var amounts = product.Variants.Select(v => v.Prices.TryGetValue(currency, out var a) ? a : (long?)null).OfType<long>().ToList();
        return amounts.Count == 0 ? null : [new(currency, amounts.Min()), new(currency, amounts.Max())];
    }

    private static string? Description(ResolveContext context)
    {
        var (product, content) = ((StorefrontProduct)context.Source!) is var p ? (p.Product, p.Content) : default;
        if (content?.FindPart(ContentModelCatalog.MarkdownBodyPart)?["Markdown"] is { } markdown && ContentFieldValues.Text(markdown) is { Length: > 0 } text)
            return context.Services!.GetRequiredService<MarkdownRenderer>().ToHtml(text);
        if (ContentFieldValues.Text(content?.FindPart(ContentModelCatalog.HtmlBodyPart)?["Html"]) is { Length: > 0 } html) return html;
        return string.IsNullOrEmpty(product.Description) ? null : $"<p>{HtmlEncoder.Default.Encode(product.Description)}</p>";
    }
}
