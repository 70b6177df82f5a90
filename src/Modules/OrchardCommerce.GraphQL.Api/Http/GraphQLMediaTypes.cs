using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>Response media types of GraphQL over HTTP, and which one a request's Accept header asks for.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// application/graphql-response+json unless the client lists only application/json (legacy clients, which then get
    /// 200 for GraphQL errors). No Accept header or */* gets the spec's media type, as the spec recommends.
    /// </summary>
    public static bool PrefersLegacyJson(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0) return false;
        var sawJson = false;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types)) return false;
        foreach (var type in types)
        {
            if (type.Quality is 0) continue;
            var mediaType = type.MediaType.AsSpan();
            if (mediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return false;
            if (mediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)) sawJson = true;
        }
        return sawJson;
    }

    /// <summary>A browser navigating to the endpoint (GraphiQL instead of a JSON error about the missing query).</summary>
    public static bool WantsHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var types)) return false;
        foreach (var type in types)
            if (type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
