using OrchardCommerce.Testing;

namespace OrchardCommerce.GraphQL.Tests.Validation;

/// <summary>
/// The differential validation documents: Documents/schema.graphql is the schema; every other .graphql file holds
/// documents for one rule (named after it), separated by lines "#---".
/// </summary>
public static class ValidationDocuments
{
    public const string Separator = "#---";

    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "OrchardCommerce.GraphQL.Tests", "Validation", "Documents");

    public static string SchemaSdl => File.ReadAllText(Path.Combine(Folder, "schema.graphql"));

    /// <summary>Per file (rule) name, its documents in file order.</summary>
    public static IReadOnlyList<(string Rule, string Source)> LoadAll()
    {
        var documents = new List<(string, string)>();
        foreach (var path in Directory.GetFiles(Folder, "*.graphql").Order(StringComparer.Ordinal))
        {
            var rule = Path.GetFileNameWithoutExtension(path);
            if (rule == "schema") continue;
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            foreach (var source in text.Split("\n" + Separator + "\n"))
                documents.Add((rule, source));
        }
        return documents;
    }
}
