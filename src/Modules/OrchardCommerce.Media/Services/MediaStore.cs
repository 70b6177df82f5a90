using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Options;
using OrchardCommerce.Data;
using OrchardCommerce.Media.Models;

namespace OrchardCommerce.Media.Services;

/// <summary>
/// The tenant's media files, kept in its database. Writes join the scope's unit of work, so a recipe's media step
/// commits or rolls back with the rest of the recipe.
/// </summary>
public sealed class MediaStore(DbSession session, IOptions<MediaOptions> options, TimeProvider time)
{
    private const string Columns = "path AS Path, content_type AS ContentType, length AS Length, sha256 AS Sha256, modified_utc AS ModifiedUtc";

    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>Stores (or replaces) the file at <paramref name="path"/>.</summary>
    /// <param name="contentType">When given, must be the one the extension implies: the extension decides how it is served.</param>
    /// <exception cref="MediaValidationException">The path, the size or the content type is not acceptable.</exception>
    public async Task<MediaFileInfo> SaveAsync(string path, byte[] data, string? contentType = null, CancellationToken cancellationToken = default)
    {
        var normalized = Normalize(path);
        var type = MediaPath.ContentTypeOf(normalized);
        if (contentType is not null && !string.Equals(contentType, type, StringComparison.OrdinalIgnoreCase))
            throw new MediaValidationException("file", $"content type '{contentType}' does not match the extension, which means '{type}'.");
        if (data.LongLength > MaxFileBytes)
            throw new MediaValidationException("file", $"the file has {data.LongLength} bytes; the limit is {MaxFileBytes} bytes.");
        var info = new MediaFileInfo(normalized, type, data.LongLength, Convert.ToHexStringLower(SHA256.HashData(data)), time.GetUtcNow().UtcDateTime);
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO media_files (path, content_type, length, sha256, data, modified_utc)
            VALUES (@Path, @ContentType, @Length, @Sha256, @data, @ModifiedUtc)
            ON CONFLICT (path) DO UPDATE SET content_type = excluded.content_type, length = excluded.length,
                sha256 = excluded.sha256, data = excluded.data, modified_utc = excluded.modified_utc
            """, new { info.Path, info.ContentType, info.Length, info.Sha256, data, info.ModifiedUtc }, work.Transaction,
            cancellationToken: cancellationToken));
        await work.CompleteAsync(cancellationToken);
        return info;
    }

    /// <returns>The file with its bytes, or null when nothing (or nothing valid) is at <paramref name="path"/>.</returns>
    public async Task<MediaFile?> GetAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!MediaPath.TryNormalize(path, out var normalized, out _)) return null;
        var connection = await session.GetConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<MediaRow>(new CommandDefinition(
            $"SELECT {Columns}, data AS Data FROM media_files WHERE path = @normalized", new { normalized }, session.Transaction,
            cancellationToken: cancellationToken));
        return row is null ? null : new MediaFile(row.ToInfo(), row.Data!);
    }

    /// <returns>The files in <paramref name="folder"/> and below ("" for all), ordered by path (ordinal).</returns>
    /// <exception cref="MediaValidationException">The folder is not a valid path (field "folder").</exception>
    public async Task<IReadOnlyList<MediaFileInfo>> ListAsync(string? folder = null, CancellationToken cancellationToken = default)
    {
        if (!MediaPath.TryNormalizeFolder(folder, out var normalized, out var error)) throw new MediaValidationException("folder", error);
        var prefix = normalized.Length == 0 ? "" : normalized + "/";
        var connection = await session.GetConnectionAsync(cancellationToken);
        // substr, not LIKE: '_' and '%' in a folder name must not act as wildcards, and both databases compare it case-sensitively.
        var rows = await connection.QueryAsync<MediaRow>(new CommandDefinition(
            $"SELECT {Columns} FROM media_files WHERE substr(path, 1, length(@prefix)) = @prefix", new { prefix },
            session.Transaction, cancellationToken: cancellationToken));
        // Sorted here, not in SQL: PostgreSQL's collation and SQLite's binary order would disagree.
        return rows.Select(r => r.ToInfo()).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <returns>False when nothing was at <paramref name="path"/>.</returns>
    public async Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!MediaPath.TryNormalize(path, out var normalized, out _)) return false;
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var deleted = await work.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM media_files WHERE path = @normalized", new { normalized }, work.Transaction, cancellationToken: cancellationToken));
        await work.CompleteAsync(cancellationToken);
        return deleted > 0;
    }

    private static string Normalize(string path) =>
        MediaPath.TryNormalize(path, out var normalized, out var error) ? normalized : throw new MediaValidationException("path", error);

    private sealed class MediaRow
    {
        public string Path { get; set; } = "";
        public string ContentType { get; set; } = "";
        public long Length { get; set; }
        public string Sha256 { get; set; } = "";
        public DateTime ModifiedUtc { get; set; }
        public byte[]? Data { get; set; }

        public MediaFileInfo ToInfo() => new(Path, ContentType, Length, Sha256, DateTime.SpecifyKind(ModifiedUtc, DateTimeKind.Utc));
    }
}
