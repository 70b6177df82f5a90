namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// A request the endpoint refuses before (or instead of) executing it: the status code to answer with, and a message
/// that goes out as a GraphQL error (with <paramref name="code"/> as extensions.code) so clients read it like any other.
/// </summary>
internal sealed class GraphQLRequestException(int statusCode, string message, string? code = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
    public string? Code { get; } = code;

    /// <summary>Extra response headers (e.g. Allow on 405).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
