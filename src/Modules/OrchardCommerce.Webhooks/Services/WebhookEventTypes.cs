using System.Reflection;
using OrchardCommerce.Commerce.Outbox;

namespace OrchardCommerce.Webhooks.Services;

/// <summary>
/// The event names a subscription may ask for: every commerce feed event, the content feed's, and wildcards, either
/// "*" (everything) or "&lt;prefix&gt;.*" over a known prefix ("product.*"). Unknown names are refused rather than
/// stored, so a typo does not become a subscription that silently never fires.
/// </summary>
public static class WebhookEventTypes
{
    public const string All = "*";

    /// <summary>Published on the content feed; listed here until that feed exposes its names as constants.</summary>
    public static readonly IReadOnlyList<string> ContentEvents =
        ["content.published", "content.unpublished", "content.deleted", "branding.changed"];

    // CommerceEvents is the feed's public contract of names: read its constants so a new event is known at once.
    public static readonly IReadOnlySet<string> Known = typeof(CommerceEvents)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .Concat(ContentEvents)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> Prefixes = Known.Select(name => name[..name.IndexOf('.')]).ToHashSet(StringComparer.Ordinal);

    public static bool IsValidPattern(string pattern) =>
        pattern == All
        || Known.Contains(pattern)
        || (pattern.EndsWith(".*", StringComparison.Ordinal) && Prefixes.Contains(pattern[..^2]));
}
