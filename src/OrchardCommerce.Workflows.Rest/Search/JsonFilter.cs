using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrchardCommerce.Workflows.Rest.Http;

namespace OrchardCommerce.Workflows.Rest.Search;

/// <summary>
/// The search filter language over result items: a plain value means $eq; an object holds advanced operators
/// ($eq, $neq, $exists, $gt, $gte, $lt, $lte, $in, $notIn, $like with * and ? wildcards); fields are AND-ed, and
/// "$or" holds alternatives AND-ed with the rest. Keys compare as their decimal text, dates as RFC 3339 instants.
/// </summary>
internal static class JsonFilter
{
    public static bool Matches(JsonObject item, JsonObject filter)
    {
        foreach (var (field, condition) in filter)
        {
            if (field == "$or")
            {
                if (condition is JsonArray alternatives && alternatives.Count > 0
                    && !alternatives.OfType<JsonObject>().Any(alternative => Matches(item, alternative)))
                    return false;
                continue;
            }
            if (!FieldMatches(item[field], condition)) return false;
        }
        return true;
    }

    private static bool FieldMatches(JsonNode? actual, JsonNode? condition)
    {
        if (condition is not JsonObject operators) return Equal(actual, condition);
        foreach (var (op, operand) in operators)
        {
            var ok = op switch
            {
                "$eq" => Equal(actual, operand),
                "$neq" => !Equal(actual, operand),
                "$exists" => (actual is not null) == (operand is JsonValue v && v.TryGetValue(out bool b) && b),
                "$gt" => Compare(actual, operand) is > 0,
                "$gte" => Compare(actual, operand) is >= 0,
                "$lt" => Compare(actual, operand) is < 0,
                "$lte" => Compare(actual, operand) is <= 0,
                "$in" => operand is JsonArray inList && inList.Any(o => Equal(actual, o)),
                "$notIn" => operand is JsonArray outList && !outList.Any(o => Equal(actual, o)),
                "$like" => actual is not null && Like(Text(actual), Text(operand)),
                _ => throw new BadRequestException($"Unknown filter operator '{op}'."),
            };
            if (!ok) return false;
        }
        return true;
    }

    private static bool Equal(JsonNode? actual, JsonNode? expected) =>
        actual is null || expected is null ? actual is null && expected is null : Text(actual) == Text(expected);

    private static int? Compare(JsonNode? actual, JsonNode? operand)
    {
        if (actual is null || operand is null) return null;
        var (a, b) = (Text(actual), Text(operand));
        if (decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y)) return x.CompareTo(y);
        if (DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.None, out var e)) return d.CompareTo(e);
        return string.CompareOrdinal(a, b);
    }

    private static string Text(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        null => "",
        _ => node.ToJsonString(),
    };

    private static bool Like(string value, string pattern)
    {
        var regex = new System.Text.StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
            regex.Append(pattern[i] switch
            {
                '\\' when i + 1 < pattern.Length => Regex.Escape(pattern[++i].ToString()),
                '*' => ".*",
                '?' => ".",
                var c => Regex.Escape(c.ToString()),
            });
        return Regex.IsMatch(value, regex.Append('$').ToString(), RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
