namespace OrchardCommerce.Workflows.Admin.Tests.Infrastructure;

/// <summary>One Cms.Web host for every test class here: they run one after the other on the 2-core machines.</summary>
[CollectionDefinition(Name)]
public sealed class WorkflowsAdminCollection : ICollectionFixture<WorkflowsAdminHost>
{
    public const string Name = "workflows-admin";
}
