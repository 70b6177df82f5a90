namespace OrchardCommerce.GraphQL.Tests.Conformance;

/// <summary>One document of the differential corpus: a name for reports and the GraphQL text.</summary>
public sealed record CorpusDocument(string Name, string Source)
{
    public static IReadOnlyList<CorpusDocument> LoadAll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "documents.json");
        var options = new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return System.Text.Json.JsonSerializer.Deserialize<List<CorpusDocument>>(File.ReadAllText(path), options)!;
    }
}
