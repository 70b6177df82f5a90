using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Tests.Execution;

/// <summary>JSON text with every number printed as JavaScript prints it, so two engines' outputs compare as text.</summary>
public static class CanonicalJson
{
    public static string Of(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    public static string Of(string json) => Of(JsonNode.Parse(json));

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    if (!first) text.Append(',');
                    first = false;
                    text.Append(JsonSerializer.Serialize(key)).Append(':');
                    Write(value, text);
                }
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    Write(array[i], text);
                }
                text.Append(']');
                break;
            default:
                var element = node.GetValue<JsonElement>();
                text.Append(element.ValueKind == JsonValueKind.Number ? JsNumber.Format(element.GetDouble()) : element.GetRawText());
                break;
        }
    }
}
