using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Rest.Http;

/// <summary>The wire forms the gateway uses: keys as decimal strings, dates as RFC 3339 with milliseconds in UTC.</summary>
internal static class RestJson
{
    public const string DefaultTenant = "<default>";

    public static string Key(long key) => key.ToString(CultureInfo.InvariantCulture);

    public static string? Key(long? key) => key?.ToString(CultureInfo.InvariantCulture);

    public static string? Date(DateTimeOffset? date) =>
        date?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Headers(IReadOnlyDictionary<string, string> headers)
    {
        var json = new JsonObject();
        foreach (var (name, value) in headers) json[name] = value;
        return json;
    }

    /// <summary>Multi-tenancy is off, as on a default cluster: only the default tenant may be named.</summary>
    public static void CheckTenant(string? tenantId, string request)
    {
        if (tenantId is not null && tenantId != DefaultTenant)
            throw new BadRequestException(
                $"Expected to handle request {request} with tenant identifier '{tenantId}', but multi-tenancy is disabled");
    }

    public static void CheckTenants(IReadOnlyList<string>? tenantIds, string request)
    {
        foreach (var tenantId in tenantIds ?? []) CheckTenant(tenantId, request);
    }
}
