using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.GraphQL.Api.Data.Paging;

/// <summary>
/// Cursors are base64url JSON: opaque to clients (the spec asks them not to parse cursors), yet able to carry a sort
/// value of any type next to the tie-breaking id.
/// </summary>
internal static class OpaqueCursor
{
    public static string Encode(JsonObject value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(value.ToJsonString()));

    /// <exception cref="StorefrontQueryException">The text is not a cursor this API handed out.</exception>
    public static JsonObject Decode(string cursor, string argument)
    {
        try
        {
            if (JsonNode.Parse(Base64Url.DecodeFromChars(cursor)) is JsonObject value) return value;
        }
        catch (Exception e) when (e is FormatException or JsonException) { }
        throw new StorefrontQueryException(argument, $"'{argument}' is not a cursor from this API.");
    }
}
