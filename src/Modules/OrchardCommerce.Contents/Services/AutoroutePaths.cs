using System.Text;

namespace OrchardCommerce.Contents.Services;

/// <summary>Route path rules: "/about-us" form, "/" for the home page, slugs made from titles.</summary>
public static class AutoroutePaths
{
    /// <summary>Leading slash, no trailing slash, no doubled slashes: "about-us/" and "/about-us" are one route.</summary>
    public static string Normalize(string path)
    {
        var segments = path.Trim().Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return "/" + string.Join('/', segments);
    }

    /// <summary>Why a normalized path cannot be a route, or null when it can.</summary>
    public static string? Problem(string normalized)
    {
        if (normalized.Length > 1024) return "The path is longer than 1024 characters.";
        if (normalized.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '?' or '#' or '%' or '<' or '>' or '"'))
            return "The path may not contain spaces or any of ? # % < > \".";
        // The site's catch-all route never serves the API's paths, so a page there could never be shown.
        if (normalized.Equals("/api", StringComparison.OrdinalIgnoreCase) || normalized.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
            return "Paths under /api are reserved.";
        return null;
    }

    /// <summary>"Hello, World!" → "/hello-world"; null when the title has no letters or digits.</summary>
    public static string? Slugify(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var slug = new StringBuilder();
        foreach (var c in title.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? null : "/" + (text.Length > 200 ? text[..200].TrimEnd('-') : text);
    }
}
