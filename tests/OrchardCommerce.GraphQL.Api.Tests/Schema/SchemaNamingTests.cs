using System.Text.Json.Nodes;
using OrchardCommerce.Contents.Models;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Api.Schema.Naming;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Tests.Schema;

/// <summary>Content names as GraphQL names: sanitised, cased, and renamed deterministically when they collide.</summary>
public sealed class SchemaNamingTests
{
    [Theory]
    [InlineData("blog-post", "BlogPost", "blogPost", "BLOG_POST")]
    [InlineData("Seo meta", "SeoMeta", "seoMeta", "SEO_META")]
    [InlineData("HTMLBody", "HTMLBody", "htmlBody", "HTML_BODY")]
    [InlineData("3d model", "_3dModel", "_3dModel", "_3D_MODEL")]
    [InlineData("__secret", "Secret", "secret", "SECRET")]
    [InlineData("True", "True", "true", "TRUE_")]
    [InlineData("ünïcode", "NCode", "nCode", "N_CODE")]
    public void Names_ContentNames_ValidGraphQLNames(string content, string pascal, string camel, string screaming)
    {
        GraphQLNames.Pascal(content).Should().Be(pascal);
        GraphQLNames.Camel(content).Should().Be(camel);
        GraphQLNames.ScreamingSnake(content).Should().Be(screaming);
    }

    [Theory]
    [InlineData("category", "categories")]
    [InlineData("box", "boxes")]
    [InlineData("heroSection", "heroSections")]
    [InlineData("day", "days")]
    public void Plural_EnglishNames_Pluralised(string name, string plural) => GraphQLNames.Plural(name).Should().Be(plural);

    [Fact]
    public void AllocateFamily_BaseOrDerivedTaken_SuffixThenNumber()
    {
        var registry = new NameRegistry(["Product", "PageFilter"]);

        registry.AllocateFamily("Product", "Item", ["", "Filter"]).Should().Be("ProductItem");
        registry.AllocateFamily("Page", "Item", ["", "Filter"]).Should().Be("PageItem");
        registry.AllocateFamily("Page", "Item", ["", "Filter"]).Should().Be("PageItem2");
    }

    [Fact]
    public void Build_CollidingAndInvalidTypeNames_RenamedDeterministically()
    {
        ContentTypeDefinition Type(string name) => new() { Name = name, Parts = [new ContentTypePartDefinition("TitlePart", "TitlePart", [])] };
        var types = new[] { Type("Blog-Post"), Type("Product"), Type("Blog Post"), Type("Query"), Type("ContentItem") };

        var first = StorefrontSchemaFactory.Build(types, [], hasCommerce: true);
        var second = StorefrontSchemaFactory.Build([.. types.Reverse()], [], hasCommerce: true);

        foreach (var schema in new[] { first, second })
        {
            // Ordinal order of the content names decides: "Blog Post" < "Blog-Post".
            Describe(schema, "BlogPost").Should().Be("Content type Blog Post.");
            Describe(schema, "BlogPostItem").Should().Be("Content type Blog-Post.");
            Describe(schema, "ProductItem").Should().Be("Content type Product.");
            Describe(schema, "QueryItem").Should().Be("Content type Query.");
            Describe(schema, "ContentItemItem").Should().Be("Content type ContentItem.");
            schema.GetType("Product")!.Description.Should().StartWith("An active product");
            schema.QueryType!.Fields.Keys.Should().Contain(["blogPost", "blogPosts", "blogPostItem", "blogPostItems", "productItem", "productItems"]);
        }
    }

    private static string? Describe(GraphQLSchema schema, string name) => (schema.GetType(name) as ObjectType)?.Description;
}
