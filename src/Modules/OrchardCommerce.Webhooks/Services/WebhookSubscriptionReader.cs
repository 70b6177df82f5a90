using System.Text.Json.Nodes;
using OrchardCommerce.Webhooks.Models;

namespace OrchardCommerce.Webhooks.Services;

/// <summary>
/// Reads a create or update body ({url, events, active?}) field by field, so every mistake is reported under the
/// name of its field ("url", "events", "events[2]", "active") instead of as a bare 400.
/// </summary>
public static class WebhookSubscriptionReader
{
    public const int MaxUrlLength = 2000;
    public const int MaxEvents = 100;

    public static (WebhookSubscriptionInput? Input, Dictionary<string, string[]> Errors) Read(JsonObject body)
    {
        var errors = new Dictionary<string, string[]>();
        var url = ReadUrl(body["url"], errors);
        var events = ReadEvents(body["events"], errors);
        var active = true;
        if (body["active"] is { } node)
        {
            if (node is JsonValue value && value.TryGetValue(out bool flag)) active = flag;
            else errors["active"] = ["active must be true or false."];
        }
        return errors.Count > 0 ? (null, errors) : (new WebhookSubscriptionInput(url!, events, active), errors);
    }

    private static string? ReadUrl(JsonNode? node, Dictionary<string, string[]> errors)
    {
        var text = node is JsonValue value && value.TryGetValue(out string? s) ? s.Trim() : null;
        if (string.IsNullOrEmpty(text)) errors["url"] = ["url is required: the absolute http or https address deliveries are POSTed to."];
        else if (text.Length > MaxUrlLength) errors["url"] = [$"url must be at most {MaxUrlLength} characters."];
        else if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                 || string.IsNullOrEmpty(uri.Host))
            errors["url"] = ["url must be an absolute http or https address, e.g. https://example.com/hooks."];
        else if (!string.IsNullOrEmpty(uri.UserInfo)) errors["url"] = ["url must not carry credentials; the signature authenticates deliveries."];
        else return text;
        return null;
    }

    private static List<string> ReadEvents(JsonNode? node, Dictionary<string, string[]> errors)
    {
        var events = new List<string>();
        if (node is not JsonArray array || array.Count == 0)
        {
            errors["events"] = ["events must be a non-empty list of event names or wildcards, e.g. [\"product.*\", \"order.placed\"] or [\"*\"]."];
            return events;
        }
        if (array.Count > MaxEvents) errors["events"] = [$"events may list at most {MaxEvents} names."];
        for (var i = 0; i < array.Count; i++)
        {
            var name = array[i] is JsonValue value && value.TryGetValue(out string? s) ? s.Trim() : null;
            if (name is not null && WebhookEventTypes.IsValidPattern(name))
            {
                if (!events.Contains(name)) events.Add(name);
            }
            else
                errors[$"events[{i}]"] = [$"“{array[i]?.ToJsonString()}” is not a known event name or wildcard (\"*\", \"product.*\", or one of: " +
                    string.Join(", ", WebhookEventTypes.Known.Order()) + ")."];
        }
        return events;
    }
}
