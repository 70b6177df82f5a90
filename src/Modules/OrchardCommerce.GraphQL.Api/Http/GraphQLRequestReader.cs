using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// Reads a request's GraphQL parameters (GraphQL over HTTP §"Request"). Anything malformed — wrong content type, a body
/// over the limit, JSON that does not parse, a parameter of the wrong JSON type — throws <see cref="GraphQLRequestException"/>.
/// </summary>
internal static class GraphQLRequestReader
{
    public static async ValueTask<GraphQLHttpRequest> ReadAsync(HttpContext context, GraphQLEndpointOptions options)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method)) return FromQueryString(request.Query);

        // Only JSON bodies: a cross-site HTML form can send form or text content types but not these, so a form
        // post from another site never reaches the executor (CSRF), and no CORS preflight-free request can mutate.
        if (!IsJsonContentType(request.ContentType))
            throw new GraphQLRequestException(StatusCodes.Status415UnsupportedMediaType,
                "POST requests must have the Content-Type application/json.");
        if (request.ContentLength > options.MaxBodyBytes) throw TooLarge(options);
        var body = await ReadBodyAsync(request, options, context.RequestAborted);
        try
        {
            using var document = JsonDocument.Parse(body);
            return FromJson(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "The request body is not valid JSON: " + exception.Message, "BAD_REQUEST");
        }
        catch (InvalidOperationException)
        {
            // Valid JSON that is not valid text, e.g. a lone surrogate escape ("\ud800") in the query string.
            throw new GraphQLRequestException(StatusCodes.Status400BadRequest, "The request body holds a string that is not valid UTF-16.", "BAD_REQUEST");
        }
    }

    private static GraphQLHttpRequest FromQueryString(IQueryCollection query)
    {
        var variablesText = Single(query, "variables");
        var variables = variablesText is null ? (JsonElement?)null : ParseParameter(variablesText, "variables");
        var extensions = Single(query, "extensions") is { } text ? ParseParameter(text, "extensions") : (JsonElement?)null;
        return new GraphQLHttpRequest(Single(query, "query"), Single(query, "operationName"),
            NullIfJsonNull(Checked(variables, "variables")), variablesText, PersistedQueryOf(Checked(extensions, "extensions")), IsGet: true);
    }

    private static GraphQLHttpRequest FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Bad("The request body must be a JSON object.");
        string? query = null, operationName = null;
        JsonElement? variables = null, extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query": query = StringOrNull(property.Value, "query"); break;
                case "operationName": operationName = StringOrNull(property.Value, "operationName"); break;
                case "variables": variables = Checked(property.Value.Clone(), "variables"); break;
                case "extensions": extensions = Checked(property.Value, "extensions"); break;
            }
        }
        var nonNullVariables = NullIfJsonNull(variables);
        return new GraphQLHttpRequest(query, operationName, nonNullVariables, nonNullVariables?.GetRawText(), PersistedQueryOf(extensions), IsGet: false);
    }

    private static PersistedQueryReference? PersistedQueryOf(JsonElement? extensions)
    {
        if (extensions is not { ValueKind: JsonValueKind.Object } ext || !ext.TryGetProperty("persistedQuery", out var pq)) return null;
        if (pq.ValueKind != JsonValueKind.Object
            || !pq.TryGetProperty("version", out var version) || !version.TryGetInt32(out var v)
            || !pq.TryGetProperty("sha256Hash", out var hash) || hash.ValueKind != JsonValueKind.String)
            throw Bad("extensions.persistedQuery must be an object with a numeric version and a sha256Hash string.");
        return new PersistedQueryReference(v, hash.GetString()!);
    }

    private static JsonElement? Checked(JsonElement? value, string name) =>
        value is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) }
            ? throw Bad($"The \"{name}\" parameter must be a JSON object.")
            : value;

    private static JsonElement? NullIfJsonNull(JsonElement? value) => value is { ValueKind: JsonValueKind.Null } ? null : value;

    private static string? StringOrNull(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw Bad($"The \"{name}\" parameter must be a string."),
    };

    private static JsonElement ParseParameter(string text, string name)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException)
        {
            throw Bad($"The \"{name}\" parameter is not valid JSON.");
        }
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) switch
        {
            false => null,
            true when values.Count == 1 => values[0],
            _ => throw Bad($"The \"{name}\" parameter is given more than once."),
        };

    private static bool IsJsonContentType(string? contentType)
    {
        if (contentType is null) return false;
        var mediaType = contentType.AsSpan();
        var semicolon = mediaType.IndexOf(';');
        if (semicolon >= 0) mediaType = mediaType[..semicolon];
        mediaType = mediaType.Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals(GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase);
    }

    private static async ValueTask<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, GraphQLEndpointOptions options, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)length : 1024);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(4096), cancellationToken);
            if (read == 0) return buffer.WrittenMemory;
            buffer.Advance(read);
            if (buffer.WrittenCount > options.MaxBodyBytes) throw TooLarge(options);
        }
    }

    private static GraphQLRequestException TooLarge(GraphQLEndpointOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {options.MaxBodyBytes} bytes.", "PAYLOAD_TOO_LARGE");

    private static GraphQLRequestException Bad(string message) => new(StatusCodes.Status400BadRequest, message, "BAD_REQUEST");
}
