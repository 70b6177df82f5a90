using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Contents.Api;
using OrchardCommerce.Contents.Handlers;
using OrchardCommerce.Contents.Migrations;
using OrchardCommerce.Contents.Outbox;
using OrchardCommerce.Contents.Recipes;
using OrchardCommerce.Contents.Services;
using OrchardCommerce.Contents.Site;
using OrchardCommerce.Migrations;
using OrchardCommerce.Modules;
using OrchardCommerce.Outbox;
using OrchardCommerce.Recipes.Services;
using OrchardCommerce.Security;

namespace OrchardCommerce.Contents;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Contents.Manifest.Value;

    // The API's RequireAuthorization and IAuthorizationService need authentication and authorization services in
    // the host; both calls are idempotent, so they compose with the Users module's schemes and policies.
    public override void ConfigureHostServices(IServiceCollection services)
    {
        services.AddAuthentication();
        services.AddAuthorization();
    }

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IDataMigration, ContentsMigrations>();
        services.AddSingleton<HtmlSanitizer>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentDefinitionStore>();
        services.AddScoped<ContentItemStore>();
        services.AddSingleton<ContentGeneration>();
        services.AddSingleton<PublishedContentCache>();
        services.AddScoped<RouteIndex>();
        services.AddScoped<ContentManager>();
        services.AddSingleton<OutboxSignal<ContentStream>>();
        services.AddScoped<OutboxWriter<ContentStream>>();
        services.AddScoped<ChangeFeed<ContentStream>>();
        services.AddScoped<ContentEventWriter>();
        services.AddScoped<ContentHtmlRenderer>();
        services.AddScoped<SiteRenderer>();

        // Order matters: the title sets DisplayText before Autoroute makes a slug of it.
        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<IContentHandler, HtmlBodyPartHandler>();
        services.AddScoped<IContentHandler, HtmlFieldHandler>();
        services.AddScoped<IContentHandler, TextFieldHandler>();
        services.AddScoped<IContentHandler, NumericFieldHandler>();
        services.AddScoped<IContentHandler, LinkFieldHandler>();
        services.AddScoped<IContentHandler, ContentPickerFieldHandler>();
        services.AddScoped<IContentHandler, DateFieldHandler>();

        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        services.AddScoped<IRecipeExportStep, ContentDefinitionExportStep>();
        services.AddScoped<IRecipeExportStep, ContentExportStep>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes)
    {
        routes.MapContentApi();
        routes.MapChangeFeed<ContentStream>("/api/content/events", Permissions.ReadContentEvents)
            .WithName("Content.Events.Read").WithTags("Content");
        routes.MapSite();
    }
}
