using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.AspNetCore.Identity;
using OrchardCommerce.Data;
using OrchardCommerce.Users.Models;

namespace OrchardCommerce.Users.Services;

/// <summary>
/// Issues, checks and revokes a tenant's API tokens: "oc_" + 32 random bytes (base64url). Only the SHA-256 of a
/// token is stored, so a leaked database does not leak working tokens.
/// </summary>
public sealed class ApiTokenService(DbSession session, UserManager<OcUser> users, TimeProvider time)
{
    public const string Prefix = "oc_";
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(30);
    // Writing last_used on every request would take SQLite's write lock per API call.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public async Task<IssuedApiToken> CreateAsync(OcUser user, string name, TimeSpan lifetime, CancellationToken cancellationToken = default)
    {
        var token = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now + lifetime;
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var id = await work.Connection.ExecuteScalarAsync<long>("""
            INSERT INTO api_tokens (user_id, name, token_hash, created_utc, expires_utc)
            VALUES (@userId, @name, @hash, @now, @expires) RETURNING id
            """, new { userId = user.Id, name, hash = Hash(token), now, expires }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return new IssuedApiToken(id, token, expires);
    }

    /// <returns>The token's user, or null when the token is unknown here, expired or revoked.</returns>
    public async Task<OcUser?> ValidateAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var connection = await session.GetConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TokenRow>("""
            SELECT id AS Id, user_id AS UserId, expires_utc AS ExpiresUtc, last_used_utc AS LastUsedUtc
            FROM api_tokens WHERE token_hash = @hash
            """, new { hash = Hash(token) }, session.Transaction);
        var now = time.GetUtcNow().UtcDateTime;
        if (row is null || Utc(row.ExpiresUtc) <= now) return null;
        if (row.LastUsedUtc is not { } lastUsed || now - Utc(lastUsed) >= LastUsedPrecision)
        {
            await using var work = await session.BeginWorkAsync(cancellationToken);
            await work.Connection.ExecuteAsync("UPDATE api_tokens SET last_used_utc = @now WHERE id = @id", new { now, id = row.Id }, work.Transaction);
            await work.CompleteAsync(cancellationToken);
        }
        return await users.FindByIdAsync(row.UserId.ToString());
    }

    public async Task<IReadOnlyList<ApiTokenInfo>> ListAsync(OcUser user, CancellationToken cancellationToken = default)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<TokenRow>("""
            SELECT id AS Id, user_id AS UserId, name AS Name, created_utc AS CreatedUtc, expires_utc AS ExpiresUtc, last_used_utc AS LastUsedUtc
            FROM api_tokens WHERE user_id = @userId ORDER BY id
            """, new { userId = user.Id }, session.Transaction);
        return rows.Select(r => new ApiTokenInfo(r.Id, r.UserId, r.Name, Utc(r.CreatedUtc), Utc(r.ExpiresUtc), r.LastUsedUtc is { } l ? Utc(l) : null)).ToList();
    }

    /// <returns>False when no such token exists (already revoked).</returns>
    public async Task<bool> RevokeAsync(long tokenId, CancellationToken cancellationToken = default)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var deleted = await work.Connection.ExecuteAsync("DELETE FROM api_tokens WHERE id = @tokenId", new { tokenId }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return deleted > 0;
    }

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private sealed class TokenRow
    {
        public long Id { get; set; }
        public long UserId { get; set; }
        public string Name { get; set; } = "";
        public DateTime CreatedUtc { get; set; }
        public DateTime ExpiresUtc { get; set; }
        public DateTime? LastUsedUtc { get; set; }
    }
}
