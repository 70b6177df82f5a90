using Dapper;
using Microsoft.AspNetCore.Identity;
using OrchardCommerce.Data;
using OrchardCommerce.Users.Models;

namespace OrchardCommerce.Users.Services;

/// <summary>Identity's role store over the tenant's <c>roles</c> table.</summary>
internal sealed class RoleStore(DbSession session) : IRoleStore<OcRole>
{
    private const string Columns = "id AS Id, name AS Name, normalized_name AS NormalizedName";

    public async Task<IdentityResult> CreateAsync(OcRole role, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        role.Id = await work.Connection.ExecuteScalarAsync<long>(
            "INSERT INTO roles (name, normalized_name) VALUES (@Name, @NormalizedName) RETURNING id", role, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> UpdateAsync(OcRole role, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync(
            "UPDATE roles SET name = @Name, normalized_name = @NormalizedName WHERE id = @Id", role, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public async Task<IdentityResult> DeleteAsync(OcRole role, CancellationToken cancellationToken)
    {
        await using var work = await session.BeginWorkAsync(cancellationToken);
        await work.Connection.ExecuteAsync("DELETE FROM roles WHERE id = @Id", new { role.Id }, work.Transaction);
        await work.CompleteAsync(cancellationToken);
        return IdentityResult.Success;
    }

    public Task<OcRole?> FindByIdAsync(string roleId, CancellationToken cancellationToken) =>
        long.TryParse(roleId, out var id) ? FindOneAsync("id = @value", id, cancellationToken) : Task.FromResult<OcRole?>(null);

    public Task<OcRole?> FindByNameAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        FindOneAsync("normalized_name = @value", normalizedRoleName, cancellationToken);

    public Task<string> GetRoleIdAsync(OcRole role, CancellationToken cancellationToken) => Task.FromResult(role.Id.ToString());
    public Task<string?> GetRoleNameAsync(OcRole role, CancellationToken cancellationToken) => Task.FromResult<string?>(role.Name);
    public Task<string?> GetNormalizedRoleNameAsync(OcRole role, CancellationToken cancellationToken) => Task.FromResult<string?>(role.NormalizedName);

    public Task SetRoleNameAsync(OcRole role, string? roleName, CancellationToken cancellationToken)
    {
        role.Name = roleName ?? "";
        return Task.CompletedTask;
    }

    public Task SetNormalizedRoleNameAsync(OcRole role, string? normalizedName, CancellationToken cancellationToken)
    {
        role.NormalizedName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    private async Task<OcRole?> FindOneAsync(string where, object value, CancellationToken cancellationToken)
    {
        var connection = await session.GetConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OcRole>($"SELECT {Columns} FROM roles WHERE {where}", new { value }, session.Transaction);
    }

    public void Dispose() { }
}
