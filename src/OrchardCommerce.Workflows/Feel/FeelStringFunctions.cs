using System.Globalization;

namespace OrchardCommerce.Workflows.Feel;

/// <summary>String built-ins (DMN 1.3 §10.3.4.3) and the string()/number() conversions (§10.3.4.1).</summary>
internal static class FeelStringFunctions
{
    public static void Register(Dictionary<string, FeelFunction> functions)
    {
        functions["string length"] = FeelFunction.Of(s => s is string text ? (decimal)text.Length : null, "string");
        functions["upper case"] = FeelFunction.Of(s => (s as string)?.ToUpperInvariant(), "string");
        functions["lower case"] = FeelFunction.Of(s => (s as string)?.ToLowerInvariant(), "string");
        functions["contains"] = Match((s, m) => s.Contains(m, StringComparison.Ordinal));
        functions["starts with"] = Match((s, m) => s.StartsWith(m, StringComparison.Ordinal));
        functions["ends with"] = Match((s, m) => s.EndsWith(m, StringComparison.Ordinal));
        functions["substring"] = new(["string", "start position", "length"], 2, false, args => Substring(args[0], args[1], args[2]));
        functions["string"] = FeelFunction.Of(value => value is null ? null : Format(value), "from");
        functions["number"] = FeelFunction.Of(
            value => value is string s && decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            "from");
    }

    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        decimal d => FeelJson.Normalize(d).ToString(CultureInfo.InvariantCulture),
        List<object?> list => "[" + string.Join(", ", list.Select(Quote)) + "]",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(e => $"{e.Key}:{Quote(e.Value)}")) + "}",
        _ => value.ToString() ?? "",
    };

    private static string Quote(object? value) => value is string s ? $"\"{s}\"" : Format(value);

    private static FeelFunction Match(Func<string, string, bool> test) =>
        FeelFunction.Of((s, m) => s is string text && m is string match ? test(text, match) : null, "string", "match");

    /// <summary>Positions are 1-based and count code points; a negative start counts from the end.</summary>
    private static object? Substring(object? value, object? start, object? length)
    {
        if (value is not string text || start is not decimal s || (length is not null and not decimal))
        {
            return null;
        }

        var runes = text.EnumerateRunes().ToArray();
        var from = s > 0 ? (int)s - 1 : runes.Length + (int)s;
        if (from < 0 || from > runes.Length)
        {
            return null;
        }

        var count = length is decimal l ? Math.Clamp((int)l, 0, runes.Length - from) : runes.Length - from;
        return string.Concat(runes.Skip(from).Take(count).Select(r => r.ToString()));
    }
}
