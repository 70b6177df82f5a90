using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>A request's variables as the executor reads them; none given is an empty set.</summary>
internal static class GraphQLVariables
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Read(JsonElement? json)
    {
        if (json is not { } variables) return None;
        try
        {
            return JsonInput.ToMap(variables);
        }
        catch (InvalidOperationException)
        {
            // Well-formed JSON whose string escapes are not valid UTF-16 (a lone surrogate such as "\ud800").
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "The variables hold a string that is not valid UTF-16.", "BAD_REQUEST");
        }
    }
}
