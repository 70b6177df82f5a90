using System.Security.Cryptography;
using System.Text;

namespace OrchardCommerce.Workflows.Rest;

/// <summary>
/// Section "Workflows:Engine": where the embedded engine's REST API is mounted and who may call it. A bearer token,
/// a basic-auth pair, or both; with neither, every call is refused unless <see cref="AllowAnonymous"/> is set
/// (a local experiment only: the API can start and cancel any process).
/// </summary>
public sealed class WorkflowRestOptions
{
    public const string Section = "Workflows:Engine";

    /// <summary>The API answers at {BasePath}/v2/…; Camunda clients take {host}{BasePath} as their REST address.</summary>
    public string BasePath { get; set; } = "/engine";

    public string? Token { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    public bool AllowAnonymous { get; set; }

    public bool AcceptsBearer(string token) => Token is { Length: > 0 } expected && Same(token, expected);

    public bool AcceptsBasic(string user, string password) =>
        Username is { Length: > 0 } u && Password is { Length: > 0 } p && Same(user, u) & Same(password, p);

    private static bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
