using System.Globalization;

namespace OrchardCommerce.Workflows.Rest.Http;

/// <summary>A key in the path: a decimal long, else 400 like the gateway's.</summary>
internal static class PathKey
{
    public static long Parse(string text, string name) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
            ? key
            : throw new BadRequestException($"The provided {name} '{text}' is not a valid key. Expected a numeric value.");
}
