namespace OrchardCommerce.Testing;

/// <summary>Folders of this repository, found from the test binaries by walking up to the solution file.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Recipes => Path.Combine(Root, "recipes");
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "OrchardCommerce.sln"))) return dir.FullName;
        throw new InvalidOperationException("OrchardCommerce.sln not found above " + AppContext.BaseDirectory);
    }
}
