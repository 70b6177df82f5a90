using Dapper;
using Microsoft.AspNetCore.Identity;
using OrchardCommerce.Data;
using OrchardCommerce.Users.Models;

namespace OrchardCommerce.Users.Services;

/// <summary>
/// Identity's user store over the tenant's <c>users</c> table with Dapper. Setters only change the object;
/// UserManager calls <see cref="UpdateAsync"/> after them, which writes the row.
/// </summary>
internal sealed partial class UserStore(DbSession session, TimeProvider time) :
    IUserPasswordStore<OcUser>, IUserEmailStore<OcUser>, IUserSecurityStampStore<OcUser>,
    IUserLockoutStore<OcUser>, IUserRoleStore<OcUser>
{
    private const string Columns = """
        id AS Id, user_name AS UserName, normalized_user_name AS NormalizedUserName, email AS Email,
        normalized_email AS NormalizedEmail, email_confirmed AS EmailConfirmed, password_hash AS PasswordHash,
        security_stamp AS SecurityStamp, lockout_enabled AS LockoutEnabled, lockout_end_utc AS LockoutEndUtc,
        access_failed_count AS AccessFailedCount, created_utc AS CreatedUtc
        """;

    public async Task<IdentityResult> CreateAsync(OcUser user, CancellationToken cancellationToken)
    {
        user.CreatedUtc = time.GetUtcNow().UtcDateTime;
        await using var work = await session.BeginWorkAsync(cancellationToken);
        user.Id = await work.Connection.ExecuteScalarAsync<long>("""
            INSERT INTO users (user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash,
                security_stamp, lockout_enabled, lockout_end_utc, access_failed_count, created_utc)
            VALUES (@UserName, @NormalizedUserName, @Email, @NormalizedEmail, @EmailConfirmed, @PasswordHash,
                @SecurityStamp, @LockoutEnabled, @LockoutEndUtc, @AccessFailedCount, @CreatedUtc)
            RETURNING id
            """, user, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(OcUser user, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("""
            UPDATE users SET user_name = @UserName, normalized_user_name = @NormalizedUserName, email = @Email,
                normalized_email = @NormalizedEmail, email_confirmed = @EmailConfirmed, password_hash = @PasswordHash,
                security_stamp = @SecurityStamp, lockout_enabled = @LockoutEnabled, lockout_end_utc = @LockoutEndUtc,
                access_failed_count = @AccessFailedCount
            WHERE id = @Id
            """, user, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(OcUser user, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("DELETE FROM users WHERE id = @Id", new { user.Id }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public Task<OcUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        long.TryParse(userId, out var id) ? FindOneAsync("id = @value", id, cancellationToken) : Task.FromResult<OcUser?>(null);

    public Task<OcUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        FindOneAsync("normalized_user_name = @value", normalizedUserName, cancellationToken);

    public Task<OcUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        FindOneAsync("normalized_email = @value", normalizedEmail, cancellationToken);

    /// <summary>Every user, by name; the tenant's user list is small enough to page in memory.</summary>
    public async Task<IReadOnlyList<OcUser>> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var users = await connection.QueryAsync<OcUser>($"SELECT {Columns} FROM users ORDER BY normalized_user_name", transaction: session.Transaction);
        return users.ToList();
    }

    private async Task<OcUser?> FindOneAsync(string where, object value, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OcUser>(
            $"SELECT {Columns} FROM users WHERE {where}", new { value }, session.Transaction);
    }

    public void Dispose() { }
}
