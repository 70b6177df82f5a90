using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Recipes.Scripting;

/// <summary>Maps between script values (string, double, bool, null), JSON nodes and caller-supplied CLR values.</summary>
internal static class ScriptValueConverter
{
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),

        // Parsed rather than JsonValue.Create(double) so the node behaves like one read from a recipe file:
        // GetValue<int>() works on it. JSON has no NaN or Infinity; JSON.stringify writes null for them too.
        double d => double.IsFinite(d) ? JsonNode.Parse(d.ToString("R", CultureInfo.InvariantCulture)) : null,
        _ => JsonValue.Create(JsValues.ToString(value)),
    };

    /// <summary>Returns false for objects and arrays, which have no script value.</summary>
    public static bool TryFromJson(JsonNode? node, out object? value)
    {
        value = null;
        switch (node?.GetValueKind())
        {
            case null or JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                value = node.Deserialize<string>();
                return true;
            case JsonValueKind.True or JsonValueKind.False:
                value = node.GetValue<bool>();
                return true;
            case JsonValueKind.Number:
                value = node is JsonValue number && number.TryGetValue<double>(out var d)
                    ? d
                    : double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }

    public static object? FromClr(object? value) => value switch
    {
        null or string or bool or double => value,
        JsonNode node => TryFromJson(node, out var converted) ? converted : node.ToJsonString(),
        JsonElement element => FromClr(JsonSerializer.SerializeToNode(element)),
        IConvertible number when IsNumeric(number) => number.ToDouble(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static bool IsNumeric(IConvertible value) => value.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal;
}
