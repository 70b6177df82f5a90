using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Contents.Site;
using OrchardCommerce.GraphQL.Api.Data.Layout;
using OrchardCommerce.GraphQL.Api.Schema.Common;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Api.Schema.Layout;

/// <summary>
/// The storefront's frame: the tenant's branding, its home page and pages by route. Pages come back as ContentItem so
/// any routable type can be one; what they pick (the home page's hero) loads through the picker fields' data loader.
/// </summary>
internal static class LayoutSchema
{
    public static readonly IReadOnlyList<string> TypeNames = ["SiteBranding", "BrandColor"];
    public static readonly IReadOnlyList<string> RootFields = ["branding", "homePage", "page", "contentItem"];

    public static IEnumerable<FieldDefinition> QueryFields(CommonTypes common, InterfaceType contentItem)
    {
        var color = new ObjectType("BrandColor", () =>
        [
            new("name", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((KeyValuePair<string, string>)c.Source!).Key) },
            new("value", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((KeyValuePair<string, string>)c.Source!).Value) },
        ], description: "A CSS colour of the theme (\"primary\", \"on-primary\", …), only plain colour syntax.");
        var branding = new ObjectType("SiteBranding", () =>
        [
            new("siteName", SpecifiedScalars.String.NonNull()) { Resolver = c => new(((SiteBranding)c.Source!).SiteName) },
            new("tagline", SpecifiedScalars.String) { Resolver = c => new(((SiteBranding)c.Source!).Tagline) },
            new("logo", common.Media)
            {
                Resolver = c => new(((SiteBranding)c.Source!).LogoPath is { } path
                    ? new MediaValue(path, ContentHtmlRenderer.MediaUrl(path, PathBase(c)), null) : null),
            },
            new("colors", color.NonNull().List().NonNull()) { Resolver = c => new(((SiteBranding)c.Source!).Colors.ToList()) },
        ], description: "The tenant's look, from its published Branding item (defaults when it has none).");

        yield return new FieldDefinition("branding", branding.NonNull())
        {
            Resolver = async c => await StorefrontRead.RunAsync(c, (s, ct) => s.GetRequiredService<LayoutReader>().GetBrandingAsync(ct)),
        };
        yield return new FieldDefinition("homePage", contentItem)
        {
            Description = "The item at \"/\" (or marked as home page); its picker fields hold what it shows, such as a hero.",
            Arguments = [common.StatusArgument()],
            Resolver = async c =>
            {
                var status = StorefrontAccess.Status(c);
                return await StorefrontRead.RunAsync(c, (s, ct) => s.GetRequiredService<ContentManager>().GetByRouteAsync("/", status, ct));
            },
        };
        yield return new FieldDefinition("page", contentItem)
        {
            Description = "The item whose route is path (case-insensitive), of any routable type; null when none has it.",
            Arguments = [new("path", SpecifiedScalars.String.NonNull()), common.StatusArgument()],
            Resolver = async c =>
            {
                var status = StorefrontAccess.Status(c);
                var path = c.Argument("path", "");
                return await StorefrontRead.RunAsync(c, (s, ct) => s.GetRequiredService<ContentManager>().GetByRouteAsync(path, status, ct));
            },
        };
        yield return new FieldDefinition("contentItem", contentItem)
        {
            Description = "Any content item by id.",
            Arguments = [new("id", SpecifiedScalars.ID.NonNull()), common.StatusArgument()],
            Resolver = async c =>
            {
                var status = StorefrontAccess.Status(c);
                var id = c.Argument("id", "");
                return await StorefrontRead.RunAsync(c, (s, ct) => s.GetRequiredService<ContentManager>().GetAsync(id, status, ct));
            },
        };
    }

    private static string PathBase(ResolveContext context) =>
        context.Services?.GetService<IHttpContextAccessor>()?.HttpContext?.Request.PathBase.Value ?? "";
}
