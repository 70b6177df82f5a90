using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using OrchardCommerce.Recipes.Services;

namespace OrchardCommerce.Recipes.Tests.Services;

public sealed class RecipeHarvesterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("oc-harvest-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private RecipeHarvester Create(string? path) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [RecipeHarvester.PathKey] = path }).Build(),
        new HostingEnvironment { ContentRootPath = _root },
        new RecipeReader());

    [Fact]
    public async Task Harvest_ConfiguredFolder_ListsRecipesByName()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "my-recipes")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "z.recipe.json"), """{ "name": "blog", "description": "Blog", "steps": [] }""");
        await File.WriteAllTextAsync(Path.Combine(folder, "a.recipe.json"), """{ "name": "saas", "steps": [], }""");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.json"), "not a recipe");

        var recipes = await Create("my-recipes").HarvestAsync();

        recipes.Select(r => r.Name).Should().Equal("blog", "saas");
        recipes[0].Description.Should().Be("Blog");
        (await Create("my-recipes").FindAsync("SAAS"))!.FileName.Should().Be("a.recipe.json");
    }

    [Fact]
    public async Task Harvest_DefaultFolderMissing_ReturnsNone()
    {
        var recipes = await Create(null).HarvestAsync();

        recipes.Should().BeEmpty();
    }
}
