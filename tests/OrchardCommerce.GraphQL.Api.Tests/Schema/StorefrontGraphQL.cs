using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.GraphQL.Api.Schema;
using OrchardCommerce.GraphQL.Execution;
using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Utilities;
using OrchardCommerce.GraphQL.Validation;

namespace OrchardCommerce.GraphQL.Api.Tests.Schema;

/// <summary>
/// Runs a GraphQL document against a tenant scope as the endpoint will: the provider's schema, validation, then
/// DocumentExecutor with the scope's services and the caller. Answers the response JSON (errors, then data).
/// </summary>
public static class StorefrontGraphQL
{
    public static StorefrontCaller Previewer { get; } =
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "editor")], "test")), CanSeeDrafts: true);

    public static async Task<JsonObject> ExecuteAsync(IServiceProvider services, string query, object? variables = null, StorefrontCaller? caller = null)
    {
        var schema = await services.GetRequiredService<IStorefrontSchemaProvider>().GetSchemaAsync(services, CancellationToken.None);
        var document = Parser.Parse(query);
        var errors = DocumentValidator.Validate(schema.Schema, document);
        if (errors.Count > 0) throw new InvalidOperationException("Invalid document: " + string.Join("; ", errors.Select(e => e.Message)));
        var result = await DocumentExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema.Schema,
            Document = document,
            Variables = variables is null ? null : JsonInput.ToMap(JsonSerializer.SerializeToElement(variables)),
            Services = services,
            UserContext = caller ?? StorefrontCaller.Anonymous,
        });
        return JsonNode.Parse(result.ToJson())!.AsObject();
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public static async Task<JsonNode> DataAsync(IServiceProvider services, string query, object? variables = null, StorefrontCaller? caller = null)
    {
        var response = await ExecuteAsync(services, query, variables, caller);
        if (response["errors"] is JsonArray errors) throw new InvalidOperationException("GraphQL errors: " + errors.ToJsonString());
        return response["data"]!;
    }
}
