using OrchardCommerce.Security;
using OrchardCommerce.Users.Security;

namespace OrchardCommerce.Users.Tests.Security;

public sealed class RolePermissionsTests
{
    [Fact]
    public void Administrator_AnyPermission_Granted()
    {
        foreach (var permission in Permissions.All.Except(Permissions.DaemonOnly))
            RolePermissions.Grants([RolePermissions.Administrator], permission).Should().BeTrue(permission);
    }

    [Fact]
    public void ReadWebhookSecrets_DaemonOnly_NoUserRoleHasIt()
    {
        RolePermissions.Grants([RolePermissions.Daemon], Permissions.ReadWebhookSecrets).Should().BeTrue();
        foreach (var role in RolePermissions.BuiltInRoles)
            RolePermissions.Grants([role], Permissions.ReadWebhookSecrets).Should().BeFalse(role);
        RolePermissions.Grants([RolePermissions.Daemon], Permissions.ManageWebhooks).Should().BeFalse();
    }

    [Theory]
    [InlineData(Permissions.EditContent, true)]
    [InlineData(Permissions.PublishContent, true)]
    [InlineData(Permissions.DeleteContent, true)]
    [InlineData(Permissions.ViewDrafts, true)]
    [InlineData(Permissions.ExportRecipes, true)]
    [InlineData(Permissions.ManageUsers, false)]
    [InlineData(Permissions.ManageTenants, false)]
    [InlineData(Permissions.ImportRecipes, false)]
    public void Editor_Permission_GrantedOnlyForContentWork(string permission, bool expected) =>
        RolePermissions.Grants([RolePermissions.Editor], permission).Should().Be(expected);

    [Theory]
    [InlineData(Permissions.EditOwnContent, true)]
    [InlineData(Permissions.ViewDrafts, true)]
    [InlineData(Permissions.EditContent, false)]
    [InlineData(Permissions.PublishContent, false)]
    public void Author_Permission_GrantedOnlyForOwnContent(string permission, bool expected) =>
        RolePermissions.Grants([RolePermissions.Author], permission).Should().Be(expected);

    [Fact]
    public void Grants_UnknownRoleOrNoRoles_Refused()
    {
        RolePermissions.Grants(["Guest"], Permissions.ViewDrafts).Should().BeFalse();
        RolePermissions.Grants([], Permissions.ViewDrafts).Should().BeFalse();
    }

    [Fact]
    public void Grants_SeveralRoles_UnionOfTheirPermissions() =>
        RolePermissions.Grants([RolePermissions.Author, "editor"], Permissions.PublishContent).Should().BeTrue();
}
