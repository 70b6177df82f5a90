using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Tests.Conformance;

/// <summary>Differential test: our parser and printer against graphql-js 16 over the whole corpus.</summary>
public sealed class GraphQLJsConformanceTests
{
    [Fact]
    public async Task ParseAndPrint_Corpus_MatchesGraphQLJsForEveryDocument()
    {
        // Arrange
        var corpus = CorpusDocument.LoadAll();

        // Act
        var reference = await GraphQLJsReference.ParseAndPrintAsync(corpus.Select(d => d.Source));
        var mismatches = new List<string>();
        for (var i = 0; i < corpus.Count; i++)
        {
            var ours = ParseOutcome.Ours(corpus[i].Source);
            if (!JsonNode.DeepEquals(ours, reference[i]))
                mismatches.Add($"{corpus[i].Name}\n  ours:       {ours.ToJsonString()}\n  graphql-js: {reference[i]!.ToJsonString()}");
        }

        // Assert
        reference.Count.Should().Be(corpus.Count);
        mismatches.Should().BeEmpty("{0} of {1} documents differ:\n{2}", mismatches.Count, corpus.Count, string.Join("\n", mismatches));
    }

    [Fact]
    public async Task ParseAndPrint_MutatedCorpus_MatchesGraphQLJsForEveryVariant()
    {
        // Arrange
        var variants = CorpusMutator.Mutate(CorpusDocument.LoadAll(), count: 3000, seed: 20261122);

        // Act
        var reference = await GraphQLJsReference.ParseAndPrintAsync(variants);
        var mismatches = variants
            .Select((text, i) => (text, ours: ParseOutcome.Ours(text), theirs: reference[i]))
            .Where(x => !JsonNode.DeepEquals(x.ours, x.theirs))
            .Select(x => $"{JsonValue.Create(x.text).ToJsonString()}\n  ours:       {x.ours.ToJsonString()}\n  graphql-js: {x.theirs!.ToJsonString()}")
            .ToList();

        // Assert
        reference.Count.Should().Be(variants.Count);
        mismatches.Should().BeEmpty("{0} of {1} variants differ:\n{2}", mismatches.Count, variants.Count, string.Join("\n", mismatches.Take(20)));
    }

    [Fact]
    public void Corpus_CoversValidAndInvalidDocuments_AtLeast150()
    {
        // Arrange
        var corpus = CorpusDocument.LoadAll();

        // Act
        var outcomes = corpus.Select(d => ParseOutcome.Ours(d.Source)).ToList();

        // Assert
        corpus.Count.Should().BeGreaterThanOrEqualTo(150);
        outcomes.Count(o => o["printed"] is not null).Should().BeGreaterThan(100);
        outcomes.Count(o => o["error"] is not null).Should().BeGreaterThan(100);
    }
}
