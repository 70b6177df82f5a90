namespace OrchardCommerce.Media.Models;

/// <summary>A stored file's description, without its bytes: what listings and caches need.</summary>
/// <param name="Path">Normalized: forward slashes, no leading slash, case as given.</param>
/// <param name="Sha256">Lower-case hex digest of the bytes; also the HTTP ETag.</param>
public sealed record MediaFileInfo(string Path, string ContentType, long Length, string Sha256, DateTime ModifiedUtc);
