namespace OrchardCommerce.Daemon.Webhooks;

/// <summary>
/// A subscription's event patterns against an event type: "*" matches everything, "product.*" every type of the
/// product aggregate ("product.created", not "products.x" nor "product"), anything else only itself.
/// </summary>
public static class WebhookEventMatcher
{
    public static bool Matches(string pattern, string type) =>
        pattern == "*"
        || string.Equals(pattern, type, StringComparison.Ordinal)
        || (pattern.Length > 2 && pattern.EndsWith(".*", StringComparison.Ordinal) && type.StartsWith(pattern[..^1], StringComparison.Ordinal));

    public static bool MatchesAny(IEnumerable<string> patterns, string type) => patterns.Any(pattern => Matches(pattern, type));
}
