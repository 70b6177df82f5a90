using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Modules;

namespace OrchardCommerce.Contents;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Contents.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services)
    {
    }

    public override void MapEndpoints(IEndpointRouteBuilder routes)
    {
    }
}
