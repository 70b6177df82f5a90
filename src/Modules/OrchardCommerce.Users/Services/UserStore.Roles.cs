using Dapper;
using OrchardCommerce.Users.Models;

namespace OrchardCommerce.Users.Services;

// Role membership is written at once (not by UpdateAsync): it lives in user_roles, not on the user's row.
internal sealed partial class UserStore
{
    public async Task AddToRoleAsync(OcUser user, string normalizedRoleName, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        var added = await work.Connection.ExecuteAsync("""
            INSERT INTO user_roles (user_id, role_id)
            SELECT @userId, id FROM roles WHERE normalized_name = @role
            ON CONFLICT (user_id, role_id) DO NOTHING
            """, new { userId = user.Id, role = normalizedRoleName }, work.Transaction);
        if (added == 0 && !await IsInRoleAsync(user, normalizedRoleName, cancellationToken))
            throw new InvalidOperationException($"Role '{normalizedRoleName}' does not exist.");
        await work.CompleteAsync(cancellationToken);
    }

    public async Task RemoveFromRoleAsync(OcUser user, string normalizedRoleName, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("""
            DELETE FROM user_roles WHERE user_id = @userId
              AND role_id IN (SELECT id FROM roles WHERE normalized_name = @role)
            """, new { userId = user.Id, role = normalizedRoleName }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
    }

    public async Task<IList<string>> GetRolesAsync(OcUser user, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var names = await connection.QueryAsync<string>("""
            SELECT r.name FROM roles r JOIN user_roles ur ON ur.role_id = r.id WHERE ur.user_id = @userId ORDER BY r.name
            """, new { userId = user.Id }, session.Transaction);
        return names.ToList();
    }

    public async Task<bool> IsInRoleAsync(OcUser user, string normalizedRoleName, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM user_roles ur JOIN roles r ON r.id = ur.role_id
            WHERE ur.user_id = @userId AND r.normalized_name = @role
            """, new { userId = user.Id, role = normalizedRoleName }, session.Transaction) > 0;
    }

    public async Task<IList<OcUser>> GetUsersInRoleAsync(string normalizedRoleName, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        var users = await connection.QueryAsync<OcUser>($"""
            SELECT {Columns} FROM users WHERE id IN (
                SELECT ur.user_id FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE r.normalized_name = @role)
            ORDER BY normalized_user_name
            """, new { role = normalizedRoleName }, session.Transaction);
        return users.ToList();
    }
}
