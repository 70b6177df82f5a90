using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Tests.Conformance;
using OrchardCommerce.GraphQL.Utilities;
using OrchardCommerce.GraphQL.Validation;

namespace OrchardCommerce.GraphQL.Tests.Validation;

/// <summary>
/// Validates the same documents against the same schema here and in graphql-js 16.15 (tests/graphql-conformance/
/// validate.mjs) and requires the very same errors: messages, locations and order.
/// </summary>
public sealed class ValidationConformanceTests
{
    [Fact]
    public async Task Validate_RuleDocuments_MatchGraphQLJs()
    {
        var documents = ValidationDocuments.LoadAll();

        var outcome = await CompareAsync(documents.Select(d => (d.Rule, d.Source)).ToList());

        outcome.Unparsed.Should().BeEmpty("every rule document is meant to parse");
        outcome.Compared.Should().BeGreaterThanOrEqualTo(200);
        outcome.Mismatches.Should().BeEmpty();
    }

    [Fact]
    public async Task Validate_CorpusDocuments_MatchGraphQLJs()
    {
        var corpus = CorpusDocument.LoadAll();

        var outcome = await CompareAsync(corpus.Select(d => (d.Name, d.Source)).ToList());

        outcome.Compared.Should().BeGreaterThan(150, "graphql-js parses 180 of the corpus documents; the rest are syntax error cases");
        outcome.Mismatches.Should().BeEmpty();
    }

    private static async Task<Outcome> CompareAsync(IReadOnlyList<(string Name, string Source)> documents)
    {
        var sdl = ValidationDocuments.SchemaSdl;
        var schema = SchemaBuilder.Build(sdl);
        var input = JsonSerializer.Serialize(new { sdl, queries = documents.Select(d => d.Source) });
        var reference = (await NodeScript.RunAsync("validate.mjs", input)).AsArray();
        var outcome = new Outcome();
        for (var i = 0; i < documents.Count; i++)
        {
            var (name, source) = documents[i];
            var expected = reference[i]!;
            if (expected["parseError"] is not null)
            {
                outcome.Unparsed.Add(name);
                continue;
            }
            if (expected["crash"] is not null) continue;
            var actual = Describe(DocumentValidator.Validate(schema, Parser.Parse(source)));
            var wanted = Describe(expected["errors"]!.AsArray());
            outcome.Compared++;
            if (actual != wanted) outcome.Mismatches.Add($"{name} #{i}:\n{source}\n--- graphql-js:\n{wanted}--- ours:\n{actual}");
        }
        return outcome;
    }

    private static string Describe(IReadOnlyList<GraphQLError> errors)
    {
        var text = new StringBuilder();
        foreach (var error in errors)
            text.Append(error.Message).Append(" @ ").AppendJoin(" ", (error.Locations ?? []).Select(l => $"{l.Line}:{l.Column}")).Append('\n');
        return text.ToString();
    }

    private static string Describe(JsonArray errors)
    {
        var text = new StringBuilder();
        foreach (var error in errors)
            text.Append((string)error!["message"]!).Append(" @ ")
                .AppendJoin(" ", error["locations"]!.AsArray().Select(l => $"{(int)l!["line"]!}:{(int)l["column"]!}")).Append('\n');
        return text.ToString();
    }

    private sealed class Outcome
    {
        public List<string> Unparsed { get; } = [];
        public List<string> Mismatches { get; } = [];
        public int Compared { get; set; }
    }
}
