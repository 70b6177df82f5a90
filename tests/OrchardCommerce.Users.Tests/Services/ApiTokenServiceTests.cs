using OrchardCommerce.Testing;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Users.Models;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Users.Tests.Services;

public abstract class ApiTokenServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private UsersTestTenant _tenant = null!;
    private OcUser _user = null!;

    public async Task InitializeAsync()
    {
        _tenant = await UsersTestTenant.CreateAsync(provider, _time);
        await using var scope = _tenant.CreateScope();
        _user = await scope.ServiceProvider.GetRequiredService<UserSetupService>().CreateAsync("tok", "tok@example.com", "Secret#123", ["Editor"]);
    }

    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task CreateAsync_NewToken_PrefixedRandomAndValidatesToItsUser()
    {
        await using var scope = _tenant.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();

        var first = await tokens.CreateAsync(_user, "ci", TimeSpan.FromDays(1));
        var second = await tokens.CreateAsync(_user, "ci", TimeSpan.FromDays(1));

        first.Token.Should().StartWith("oc_").And.HaveLength(3 + 43).And.NotBe(second.Token);
        first.ExpiresUtc.Should().Be(_time.Now.UtcDateTime.AddDays(1));
        (await tokens.ValidateAsync(first.Token))!.UserName.Should().Be("tok");
    }

    [Fact]
    public async Task CreateAsync_NewToken_OnlyItsSha256IsStored()
    {
        await using var scope = _tenant.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();

        var issued = await tokens.CreateAsync(_user, "ci", TimeSpan.FromDays(1));

        await using var connection = await _tenant.Database.OpenAsync();
        var rows = (await connection.QueryAsync("SELECT * FROM api_tokens")).Cast<IDictionary<string, object?>>().ToList();
        rows.Should().ContainSingle();
        var secret = issued.Token[3..];
        rows[0].Values.Select(v => v?.ToString() ?? "").Should().NotContain(v => v.Contains(secret));
        rows[0]["token_hash"].Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issued.Token))));
    }

    [Fact]
    public async Task ValidateAsync_UnknownMalformedOrTamperedToken_Null()
    {
        await using var scope = _tenant.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var issued = await tokens.CreateAsync(_user, "ci", TimeSpan.FromDays(1));

        (await tokens.ValidateAsync("oc_" + new string('A', 43))).Should().BeNull();
        (await tokens.ValidateAsync(issued.Token[3..])).Should().BeNull();
        (await tokens.ValidateAsync(issued.Token + "x")).Should().BeNull();
    }

    [Fact]
    public async Task ValidateAsync_AfterExpiry_Null()
    {
        await using var scope = _tenant.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var issued = await tokens.CreateAsync(_user, "short", TimeSpan.FromHours(1));

        _time.Advance(TimeSpan.FromMinutes(59));
        var before = await tokens.ValidateAsync(issued.Token);
        _time.Advance(TimeSpan.FromMinutes(2));
        var after = await tokens.ValidateAsync(issued.Token);

        before.Should().NotBeNull();
        after.Should().BeNull();
    }

    [Fact]
    public async Task RevokeAsync_IssuedToken_NoLongerValidAndNotListed()
    {
        await using var scope = _tenant.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var kept = await tokens.CreateAsync(_user, "kept", TimeSpan.FromDays(1));
        var revoked = await tokens.CreateAsync(_user, "revoked", TimeSpan.FromDays(1));

        (await tokens.RevokeAsync(revoked.Id)).Should().BeTrue();

        (await tokens.ValidateAsync(revoked.Token)).Should().BeNull();
        (await tokens.ValidateAsync(kept.Token)).Should().NotBeNull();
        (await tokens.ListAsync(_user)).Select(t => t.Name).Should().Equal("kept");
        (await tokens.RevokeAsync(revoked.Id)).Should().BeFalse();
    }

    [Fact]
    public async Task ValidateAsync_Used_RecordsLastUsedTime()
    {
        await using var scope = _tenant.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var issued = await tokens.CreateAsync(_user, "ci", TimeSpan.FromDays(1));

        _time.Advance(TimeSpan.FromMinutes(10));
        await tokens.ValidateAsync(issued.Token);

        (await tokens.ListAsync(_user)).Single().LastUsedUtc.Should().Be(_time.Now.UtcDateTime);
    }
}

public sealed class SqliteApiTokenServiceTests() : ApiTokenServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresApiTokenServiceTests() : ApiTokenServiceTests(DatabaseProvider.Postgres);
