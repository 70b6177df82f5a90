using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OrchardCommerce.Workflows.Rest.Http;

/// <summary>
/// A request's JSON body, read field by field with the gateway's wording for what is missing or malformed; the
/// violations are collected and thrown together ("No type provided. No timeout provided."), as the gateway does.
/// </summary>
internal sealed class RestBody(JsonObject json)
{
    private readonly List<string> _violations = [];

    public JsonObject Json => json;

    /// <summary>An empty body reads as {}; anything but a JSON object is refused.</summary>
    public static async Task<RestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "null") return new RestBody([]);
        try
        {
            return JsonNode.Parse(text) is JsonObject body
                ? new RestBody(body)
                : throw new BadRequestException("The request body must be a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new BadRequestException($"Request property [body] cannot be parsed: {exception.Message}");
        }
    }

    public string? String(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => Invalid<string>(name, "a string"),
    };

    public string RequiredString(string name)
    {
        var text = String(name);
        if (string.IsNullOrWhiteSpace(text)) _violations.Add($"No {name} provided.");
        return text ?? "";
    }

    /// <summary>A key: the gateway takes the decimal string, and numbers for older clients.</summary>
    public long? Key(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key) => key,
        JsonValue value when value.TryGetValue(out long number) => number,
        _ => Invalid<long?>(name, "a key (a decimal string)"),
    };

    public long? Long(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out long number) => number,
        _ => Invalid<long?>(name, "an integer"),
    };

    public int? Int(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out int number) => number,
        _ => Invalid<int?>(name, "an integer"),
    };

    public bool? Bool(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out bool flag) => flag,
        _ => Invalid<bool?>(name, "a boolean"),
    };

    public JsonObject? Object(string name) => json[name] switch
    {
        null => null,
        JsonObject obj => (JsonObject)obj.DeepClone(),
        _ => Invalid<JsonObject?>(name, "an object"),
    };

    public IReadOnlyList<string>? Strings(string name) => json[name] switch
    {
        null => null,
        JsonArray array when array.All(i => i is JsonValue v && v.TryGetValue(out string? _)) => array.Select(i => (string)i!).ToList(),
        _ => Invalid<IReadOnlyList<string>?>(name, "a list of strings"),
    };

    public void Require(bool condition, string violation)
    {
        if (!condition) _violations.Add(violation);
    }

    public void ThrowIfInvalid()
    {
        if (_violations.Count > 0) throw new BadRequestException(string.Join(" ", _violations));
    }

    private T Invalid<T>(string name, string expected)
    {
        _violations.Add($"The provided {name} is not {expected}.");
        return default!;
    }
}
