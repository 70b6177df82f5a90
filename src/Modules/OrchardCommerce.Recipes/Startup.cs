using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Modules;

namespace OrchardCommerce.Recipes;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Recipes.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
