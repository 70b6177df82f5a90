namespace OrchardCommerce.Workflows.Admin.Tests.Infrastructure;

/// <summary>An instance of the admin-fork test process with its open incident on the task "Fail".</summary>
public sealed record TestInstance(string Id, long ProcessInstanceKey, long ProcessDefinitionKey, long IncidentKey, long FailJobKey, string OrderId)
{
    public string FailJobType => $"admin.{Id}.fail";
    public string WaitJobType => $"admin.{Id}.wait";
    public string Page => $"/jobs/workflows/instances/{ProcessInstanceKey}";
}
