namespace OrchardCommerce.GraphQL.Bench;

/// <summary>The bench's own folder in the source tree, where node/ (the graphql-js baseline) lives.</summary>
internal static class BenchPaths
{
    public static string Root { get; } = Find();

    public static string Node => Path.Combine(Root, "node");

    public static string Repository => Path.GetFullPath(Path.Combine(Root, "..", ".."));

    // Read from the source tree rather than copied to bin/, so `npm ci` fills node/node_modules once for every build.
    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "GraphQL.Bench");
            if (File.Exists(Path.Combine(candidate, "GraphQL.Bench.csproj"))) return candidate;
            if (File.Exists(Path.Combine(dir.FullName, "GraphQL.Bench.csproj"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("bench/GraphQL.Bench not found above " + AppContext.BaseDirectory);
    }
}
