using Microsoft.AspNetCore.StaticFiles;

namespace OrchardCommerce.Media.Services;

/// <summary>
/// The one place media paths are checked and normalized: forward slashes, no leading slash, case kept. Uploads,
/// recipes and GET /media all go through here, so a path that is stored is always one that can be served.
/// </summary>
public static class MediaPath
{
    public const int MaxLength = 512;

    // Nothing a browser would run as a page or a script (no html, svgz, css, js): media is served from the site's origin.
    public static readonly IReadOnlySet<string> AllowedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".ico", ".pdf", ".txt",
    };

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Normalizes a file path; false with the reason when it cannot be stored.</summary>
    public static bool TryNormalize(string? path, out string normalized, out string error)
    {
        if (!TryNormalizeSegments(path, out normalized, out error)) return false;
        if (normalized.Length == 0) return Fail("path is required.", out normalized, out error);
        var extension = Path.GetExtension(normalized);
        if (!AllowedExtensions.Contains(extension))
            return Fail(extension.Length == 0
                ? $"'{normalized}' has no file extension; allowed: {string.Join(", ", AllowedExtensions)}."
                : $"extension '{extension}' is not allowed; allowed: {string.Join(", ", AllowedExtensions)}.", out normalized, out error);
        return true;
    }

    /// <summary>Normalizes a folder for listing: "" is the root; "products/" and "/products" mean "products".</summary>
    public static bool TryNormalizeFolder(string? folder, out string normalized, out string error) =>
        TryNormalizeSegments(folder?.TrimEnd('/'), out normalized, out error);

    /// <summary>The Content-Type for a normalized path's extension.</summary>
    public static string ContentTypeOf(string path) =>
        ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";

    private static bool TryNormalizeSegments(string? path, out string normalized, out string error)
    {
        normalized = "";
        error = "";
        if (string.IsNullOrEmpty(path)) return true;
        if (path.Length > MaxLength) return Fail($"a path has at most {MaxLength} characters.", out normalized, out error);
        if (path.Contains('\\')) return Fail("use forward slashes (/) in paths, not backslashes.", out normalized, out error);
        if (path.Any(char.IsControl)) return Fail("a path cannot contain control characters.", out normalized, out error);
        // The site writes "/media/" + path into pages unescaped, so nothing that would change what the URL means.
        if (path.IndexOfAny(['?', '#', '%']) >= 0) return Fail("a path cannot contain ?, # or %.", out normalized, out error);
        var trimmed = path.TrimStart('/');
        foreach (var segment in trimmed.Split('/'))
        {
            if (segment.Length == 0) return Fail("a path cannot have empty segments (//) or end with /.", out normalized, out error);
            if (segment is "." or "..") return Fail("'.' and '..' segments are not allowed.", out normalized, out error);
            if (segment.Trim().Length != segment.Length) return Fail("path segments cannot start or end with spaces.", out normalized, out error);
        }
        normalized = trimmed;
        return true;
    }

    private static bool Fail(string reason, out string normalized, out string error)
    {
        normalized = "";
        error = reason;
        return false;
    }
}
