namespace OrchardCommerce.Commerce.Catalog;

/// <summary>
/// Bounds on the content-owned fields. Media paths must be relative paths inside the tenant's media store (what the
/// Media module serves under /media/), never URLs or paths that climb out of it.
/// </summary>
public static class ProductContentValidator
{
    public const int MaxDescriptionLength = 20_000;
    public const int MaxSeoLength = 300;
    public const int MaxMedia = 20;
    public const int MaxMediaPathLength = 500;

    public static void Validate(ProductContentInput input, CatalogErrors errors)
    {
        if (input.ContentVersion < 1) errors.Add("contentVersion", "contentVersion must be 1 or more (the content item's version).");
        if (input.Description is { Length: > MaxDescriptionLength })
            errors.Add("description", $"description has at most {MaxDescriptionLength} characters.");
        ValidateSeoAndMedia(input.SeoTitle, input.SeoDescription, input.Media, errors);
    }

    /// <param name="prefix">Prepended to field paths, e.g. "products[3]." for a recipe.</param>
    public static void ValidateSeoAndMedia(string? seoTitle, string? seoDescription, IReadOnlyList<string> media, CatalogErrors errors,
        string prefix = "")
    {
        if (seoTitle is { Length: > MaxSeoLength }) errors.Add(prefix + "seoTitle", $"seoTitle has at most {MaxSeoLength} characters.");
        if (seoDescription is { Length: > MaxSeoLength }) errors.Add(prefix + "seoDescription", $"seoDescription has at most {MaxSeoLength} characters.");
        if (media.Count > MaxMedia) errors.Add(prefix + "media", $"at most {MaxMedia} media paths.");
        for (var i = 0; i < media.Count; i++)
            if (MediaPathProblem(media[i]) is { } problem) errors.Add($"{prefix}media[{i}]", problem);
    }

    private static string? MediaPathProblem(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return "a media path must not be empty.";
        if (path.Length > MaxMediaPathLength) return $"a media path has at most {MaxMediaPathLength} characters.";
        if (path.Any(char.IsControl)) return "a media path cannot contain control characters.";
        if (path.Contains('\\')) return "use forward slashes (/) in media paths.";
        if (path.Contains(':')) return "a media path is relative to the media store: no scheme (\"https:\") or drive.";
        if (path.StartsWith('/')) return "a media path is relative: no leading /.";
        if (path.Split('/').Any(s => s is "" or "." or "..")) return "a media path cannot contain '..', '.' or empty segments.";
        return null;
    }
}
