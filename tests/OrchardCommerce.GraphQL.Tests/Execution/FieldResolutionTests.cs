using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Tests.Execution;

/// <summary>What resolvers receive (coerced arguments) and what the default resolver reads.</summary>
public sealed class FieldResolutionTests
{
    [Fact]
    public async Task Execute_ArgumentsWithDefaultsAndVariables_ResolverSeesCoercedValues()
    {
        var filter = new InputObjectType("Filter", () =>
        [
            new InputValueDefinition("min", SpecifiedScalars.Int) { HasDefaultValue = true, DefaultValue = 0 },
            new InputValueDefinition("tags", SpecifiedScalars.String.List()),
        ]);
        var query = new ObjectType("Query", () =>
        [
            new("echo", SpecifiedScalars.String)
            {
                Arguments = [new("filter", filter), new("first", SpecifiedScalars.Int) { HasDefaultValue = true, DefaultValue = 10 }],
                Resolver = c => new(JsonSerializer.Serialize(c.Arguments)),
            },
        ]);
        var variables = JsonDocument.Parse("""{"tag":"new"}""").RootElement;

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("query Q($tag: [String]) { echo(filter: {tags: $tag}) }"),
            VariablesJson = variables,
        });

        JsonNode.Parse(result.ToJson())!["data"]!["echo"]!.GetValue<string>().Should().Be("""{"filter":{"min":0,"tags":["new"]},"first":10}""");
    }

    [Fact]
    public async Task Execute_DefaultResolverOverObjectsAndJsonNodes_ReadsPropertiesByFieldName()
    {
        var item = new ObjectType("Item", () => [new("name", SpecifiedScalars.String), new("unitPrice", SpecifiedScalars.Float)]);
        var query = new ObjectType("Query", () => [new("record", item), new("node", item), new("items", item.List())]);
        var root = new Dictionary<string, object?>
        {
            ["record"] = new { Name = "Pen", UnitPrice = 1.5m },
            ["node"] = JsonNode.Parse("""{"name":"Ink","unitPrice":3}"""),
            ["items"] = JsonNode.Parse("""[{"name":"A"},{"name":"B","unitPrice":null}]"""),
        };

        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = new GraphQLSchema(query),
            Document = Parser.Parse("{ record { name unitPrice } node { name unitPrice } items { name unitPrice } }"),
            RootValue = root,
        });

        result.ToJson().Should().Be("""{"data":{"record":{"name":"Pen","unitPrice":1.5},"node":{"name":"Ink","unitPrice":3},"items":[{"name":"A","unitPrice":null},{"name":"B","unitPrice":null}]}}""");
    }
}
