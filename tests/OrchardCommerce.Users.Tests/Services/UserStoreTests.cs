using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCommerce.Data;
using OrchardCommerce.Users.Models;
using OrchardCommerce.Users.Security;
using OrchardCommerce.Users.Services;

namespace OrchardCommerce.Users.Tests.Services;

public abstract class UserStoreTests(DatabaseProvider provider) : IAsyncLifetime
{
    private UsersTestTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await UsersTestTenant.CreateAsync(provider);
    public async Task DisposeAsync() => await _tenant.DisposeAsync();

    [Fact]
    public async Task CreateAsync_ValidUser_FoundByIdNameAndEmail()
    {
        await using var scope = _tenant.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OcUser>>();
        var user = new OcUser { UserName = "Alice", Email = "alice@example.com" };

        var created = await users.CreateAsync(user, "Secret#123");

        created.Succeeded.Should().BeTrue(string.Join(" ", created.Errors.Select(e => e.Description)));
        await using var other = _tenant.CreateScope();
        var reader = other.ServiceProvider.GetRequiredService<UserManager<OcUser>>();
        (await reader.FindByNameAsync("alice"))!.Email.Should().Be("alice@example.com");
        (await reader.FindByEmailAsync("ALICE@example.com"))!.UserName.Should().Be("Alice");
        var byId = await reader.FindByIdAsync(user.Id.ToString());
        byId!.SecurityStamp.Should().NotBeNullOrEmpty();
        byId.CreatedUtc.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public async Task UpdateAndDeleteAsync_ExistingUser_ChangesThenRemovesRow()
    {
        await using var scope = _tenant.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OcUser>>();
        var user = new OcUser { UserName = "bob", Email = "bob@example.com" };
        await users.CreateAsync(user, "Secret#123");

        (await users.SetEmailAsync(user, "robert@example.com")).Succeeded.Should().BeTrue();
        (await users.FindByEmailAsync("robert@example.com"))!.Id.Should().Be(user.Id);
        (await users.DeleteAsync(user)).Succeeded.Should().BeTrue();

        (await users.FindByIdAsync(user.Id.ToString())).Should().BeNull();
    }

    [Fact]
    public async Task CreateAsync_DuplicateNameOrWeakPassword_FailsNamingTheField()
    {
        await using var scope = _tenant.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OcUser>>();
        await users.CreateAsync(new OcUser { UserName = "carol", Email = "carol@example.com" }, "Secret#123");

        var duplicate = await users.CreateAsync(new OcUser { UserName = "CAROL", Email = "c2@example.com" }, "Secret#123");
        var weak = await users.CreateAsync(new OcUser { UserName = "dave", Email = "dave@example.com" }, "abc");

        IdentityErrorFields.ToProblemErrors(duplicate.Errors).Keys.Should().Equal("userName");
        IdentityErrorFields.ToProblemErrors(weak.Errors).Keys.Should().Equal("password");
        (await users.FindByNameAsync("dave")).Should().BeNull();
    }

    [Fact]
    public async Task CheckPasswordAsync_RightAndWrongPassword_OnlyRightOneAccepted()
    {
        await using var scope = _tenant.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OcUser>>();
        var user = new OcUser { UserName = "erin", Email = "erin@example.com" };
        await users.CreateAsync(user, "Secret#123");

        (await users.CheckPasswordAsync(user, "Secret#123")).Should().BeTrue();
        (await users.CheckPasswordAsync(user, "Secret#124")).Should().BeFalse();
        user.PasswordHash.Should().NotContain("Secret");
    }

    [Fact]
    public async Task CheckAsync_FiveWrongPasswords_LockedOutEvenWithRightOne()
    {
        await using var scope = _tenant.CreateScope();
        var setup = scope.ServiceProvider.GetRequiredService<UserSetupService>();
        var credentials = scope.ServiceProvider.GetRequiredService<CredentialValidator>();
        await setup.CreateAsync("frank", "frank@example.com", "Secret#123", []);

        var results = new List<CredentialCheck>();
        for (var i = 0; i < 5; i++) results.Add((await credentials.CheckAsync("frank", "wrong")).Result);
        var afterwards = await credentials.CheckAsync("frank", "Secret#123");

        results.Should().Equal(CredentialCheck.Failed, CredentialCheck.Failed, CredentialCheck.Failed, CredentialCheck.Failed, CredentialCheck.LockedOut);
        afterwards.Result.Should().Be(CredentialCheck.LockedOut);
        afterwards.LockedUntil.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task CheckAsync_LockoutEnded_RightPasswordAcceptedAndCountReset()
    {
        await using var scope = _tenant.CreateScope();
        var setup = scope.ServiceProvider.GetRequiredService<UserSetupService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OcUser>>();
        var credentials = scope.ServiceProvider.GetRequiredService<CredentialValidator>();
        var user = await setup.CreateAsync("gina", "gina@example.com", "Secret#123", []);
        for (var i = 0; i < 5; i++) await credentials.CheckAsync("gina", "wrong");

        await users.SetLockoutEndDateAsync((await users.FindByNameAsync("gina"))!, DateTimeOffset.UtcNow.AddSeconds(-1));
        var result = await credentials.CheckAsync("gina", "Secret#123");

        result.Result.Should().Be(CredentialCheck.Succeeded);
        (await users.FindByIdAsync(user.Id.ToString()))!.AccessFailedCount.Should().Be(0);
    }

    [Fact]
    public async Task Roles_BuiltInRolesSeeded_MembershipAddedListedAndRemoved()
    {
        await using var scope = _tenant.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OcUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<OcRole>>();
        var user = new OcUser { UserName = "hal", Email = "hal@example.com" };
        await users.CreateAsync(user, "Secret#123");

        foreach (var role in RolePermissions.BuiltInRoles) (await roles.RoleExistsAsync(role)).Should().BeTrue(role);
        (await users.AddToRolesAsync(user, ["Editor", "Author"])).Succeeded.Should().BeTrue();
        (await users.GetRolesAsync(user)).Should().Equal("Author", "Editor");
        (await users.IsInRoleAsync(user, "editor")).Should().BeTrue();
        (await users.GetUsersInRoleAsync("Editor")).Select(u => u.UserName).Should().Equal("hal");
        (await users.RemoveFromRoleAsync(user, "Editor")).Succeeded.Should().BeTrue();
        (await users.GetRolesAsync(user)).Should().Equal("Author");
    }

    [Fact]
    public async Task CreateAsync_UnknownRole_FailsAndLeavesNoUser()
    {
        await using var scope = _tenant.CreateScope();
        var setup = scope.ServiceProvider.GetRequiredService<UserSetupService>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OcUser>>();

        var act = () => setup.CreateAsync("ivy", "ivy@example.com", "Secret#123", ["Wizard"]);

        (await act.Should().ThrowAsync<UserValidationException>()).Which.Errors.Select(IdentityErrorFields.FieldOf).Should().Equal("roles");
        (await users.FindByNameAsync("ivy")).Should().BeNull();
    }

    [Fact]
    public async Task CreateAdministratorAsync_NoPassword_GeneratesOneThatSignsIn()
    {
        await using var scope = _tenant.CreateScope();
        var setup = scope.ServiceProvider.GetRequiredService<UserSetupService>();
        var credentials = scope.ServiceProvider.GetRequiredService<CredentialValidator>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OcUser>>();

        var (user, generated) = await setup.CreateAdministratorAsync("admin", "admin@localhost", null);

        generated.Should().NotBeNullOrEmpty().And.HaveLength(20);
        (await credentials.CheckAsync("admin", generated!)).Result.Should().Be(CredentialCheck.Succeeded);
        (await users.GetRolesAsync(user)).Should().Equal(RolePermissions.Administrator);
    }

    [Fact]
    public async Task CreateAdministratorAsync_PasswordGiven_UsesItAndReturnsNoGeneratedOne()
    {
        await using var scope = _tenant.CreateScope();
        var setup = scope.ServiceProvider.GetRequiredService<UserSetupService>();
        var credentials = scope.ServiceProvider.GetRequiredService<CredentialValidator>();

        var (_, generated) = await setup.CreateAdministratorAsync("root", "root@localhost", "Given#Pass1");

        generated.Should().BeNull();
        (await credentials.CheckAsync("root", "Given#Pass1")).Result.Should().Be(CredentialCheck.Succeeded);
    }
}

public sealed class SqliteUserStoreTests() : UserStoreTests(DatabaseProvider.Sqlite);

public sealed class PostgresUserStoreTests() : UserStoreTests(DatabaseProvider.Postgres);
