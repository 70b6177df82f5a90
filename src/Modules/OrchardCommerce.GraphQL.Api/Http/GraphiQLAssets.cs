using System.Collections.Frozen;
using System.Security.Cryptography;

namespace OrchardCommerce.GraphQL.Api.Http;

/// <summary>
/// The vendored GraphiQL page and assets, embedded in this assembly (nothing is fetched from a CDN). The assets' URL
/// carries <see cref="Version"/>, a hash of their bytes, so they can be cached as immutable and an upgrade still reaches
/// every browser.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string Prefix = "GraphiQL/";

    public static GraphiQLAssets Instance { get; } = Load();

    private GraphiQLAssets(string page, FrozenDictionary<string, Asset> assets, string version)
    {
        Page = page;
        Assets = assets;
        Version = version;
    }

    /// <summary>graphiql.html with its placeholders still in.</summary>
    public string Page { get; }

    /// <summary>Asset file name → bytes and content type.</summary>
    public FrozenDictionary<string, Asset> Assets { get; }

    public string Version { get; }

    private static GraphiQLAssets Load()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        string? page = null;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            if (name == Prefix + "graphiql.html")
            {
                page = System.Text.Encoding.UTF8.GetString(bytes);
                continue;
            }
            var file = name[(Prefix + "assets/").Length..];
            hash.AppendData(bytes);
            assets[file] = new Asset(bytes, ContentTypeOf(file));
        }
        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        return new GraphiQLAssets(page ?? throw new InvalidOperationException("graphiql.html is not embedded."), assets.ToFrozenDictionary(StringComparer.Ordinal), version);
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    public sealed record Asset(byte[] Bytes, string ContentType);
}
