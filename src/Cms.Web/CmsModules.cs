using OrchardCommerce.Modules;

namespace OrchardCommerce.Cms.Web;

/// <summary>The modules compiled into Cms.Web; tests host the same list.</summary>
public static class CmsModules
{
    public static ModuleStartup[] All() =>
    [
        new Recipes.Startup(),
        new Contents.Startup(),
        new Media.Startup(),
        new Users.Startup(),
        new Tenants.Startup(),
        new Commerce.Startup(),
        new GraphQL.Api.Startup(),
        new Sync.Startup(),
        new Webhooks.Startup(),
    ];
}
