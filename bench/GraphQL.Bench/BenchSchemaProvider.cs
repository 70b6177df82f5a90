using System.Text.Json;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Types;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Bench;

/// <summary>
/// The sample's schema and data served by our endpoint, as graphql-js serves them: the SDL's types, and root fields that
/// return root.json's values (read once into plain maps and lists, like a rootValue). Until the storefront schema
/// provider exists this is what "ours" runs; it measures our HTTP layer and engine on the same work graphql-js does.
/// </summary>
internal sealed class BenchSchemaProvider : IStorefrontSchemaProvider
{
    private readonly StorefrontSchema _schema;

    public BenchSchemaProvider(string schemaPath, string rootPath)
    {
        var sdl = SchemaBuilder.Build(File.ReadAllText(schemaPath));
        using var json = JsonDocument.Parse(File.ReadAllText(rootPath));
        var root = JsonInput.ToMap(json.RootElement);
        var fields = new List<FieldDefinition>();
        foreach (var field in sdl.QueryType!.Fields.Values)
        {
            var value = root.GetValueOrDefault(field.Name);
            fields.Add(new FieldDefinition(field.Name, field.Type) { Arguments = field.Arguments, Resolver = _ => new ValueTask<object?>(value) });
        }
        _schema = new StorefrontSchema(new GraphQLSchema(new ObjectType("Query", () => fields)), 1);
    }

    public ValueTask<StorefrontSchema> GetSchemaAsync(IServiceProvider requestServices, CancellationToken cancellationToken) => new(_schema);
}
