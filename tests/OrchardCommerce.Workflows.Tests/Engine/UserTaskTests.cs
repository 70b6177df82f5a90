using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

public sealed class UserTaskTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await EngineHarness.StartAsync();
        await _harness.DeployAsync("user-task.bpmn");
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private async Task<UserTaskView> OpenTaskAsync(long key) =>
        (await _harness.Engine.SearchUserTasksAsync(new UserTaskQuery { ProcessInstanceKey = key, State = "CREATED" })).Items.Single();

    [Fact]
    public async Task Create_CamundaUserTask_EvaluatesAssignmentAndPriority()
    {
        // Act
        var key = await _harness.CreateAsync("user-task", """{"owner": "ann"}""");

        // Assert
        var task = await OpenTaskAsync(key);
        task.Name.Should().Be("Approve order");
        task.Assignee.Should().Be("ann");
        task.CandidateGroups.Should().Equal("sales", "ops");
        task.Priority.Should().Be(70);
        task.ElementId.Should().Be("approve");
        task.BpmnProcessId.Should().Be("user-task");
        task.CreationDate.Should().Be(EngineHarness.Start);
    }

    [Fact]
    public async Task Assign_WithoutOverrideWhenAssignedToSomeoneElse_IsInvalidState()
    {
        // Arrange
        var key = await _harness.CreateAsync("user-task", """{"owner": "ann"}""");
        var task = await OpenTaskAsync(key);

        // Act
        var refused = await Record.ExceptionAsync(() => _harness.Engine.AssignUserTaskAsync(task.UserTaskKey, "bob", allowOverride: false));
        await _harness.Engine.AssignUserTaskAsync(task.UserTaskKey, "bob", allowOverride: true);

        // Assert
        refused.Should().BeOfType<WorkflowRejection>().Which.StatusCode.Should().Be(409);
        (await _harness.Engine.GetUserTaskAsync(task.UserTaskKey)).Assignee.Should().Be("bob");
    }

    [Fact]
    public async Task Complete_WithVariables_ContinuesToTheJobWorkerUserTask()
    {
        // Arrange
        var key = await _harness.CreateAsync("user-task", """{"owner": "ann"}""");
        var task = await OpenTaskAsync(key);

        // Act
        await _harness.Engine.CompleteUserTaskAsync(task.UserTaskKey, new JsonObject { ["approved"] = true });
        var legacy = await _harness.NextJobAsync("io.camunda.zeebe:userTask");

        // Assert
        (await _harness.Engine.GetUserTaskAsync(task.UserTaskKey)).State.Should().Be("COMPLETED");
        (await _harness.VariablesAsync(key))["approved"].Should().Be("true");
        legacy.CustomHeaders["io.camunda.zeebe:assignee"].Should().Be("clerk");
        legacy.ElementId.Should().Be("legacy");
    }

    [Fact]
    public async Task Update_Changeset_ChangesOnlyTheGivenFields()
    {
        // Arrange
        var key = await _harness.CreateAsync("user-task", """{"owner": "ann"}""");
        var task = await OpenTaskAsync(key);
        var due = EngineHarness.Start.AddDays(2);

        // Act
        await _harness.Engine.UpdateUserTaskAsync(task.UserTaskKey, new UserTaskUpdate { DueDate = due, CandidateUsers = ["cy"], Priority = 90 });

        // Assert
        var updated = await _harness.Engine.GetUserTaskAsync(task.UserTaskKey);
        updated.DueDate.Should().Be(due);
        updated.CandidateUsers.Should().Equal("cy");
        updated.CandidateGroups.Should().Equal("sales", "ops");
        updated.Priority.Should().Be(90);
        updated.Assignee.Should().Be("ann");
    }

    [Fact]
    public async Task Cancel_InstanceWithOpenUserTask_MarksItCanceled()
    {
        // Arrange
        var key = await _harness.CreateAsync("user-task", """{"owner": "ann"}""");
        var task = await OpenTaskAsync(key);

        // Act
        await _harness.Engine.CancelInstanceAsync(key);

        // Assert
        (await _harness.Engine.GetUserTaskAsync(task.UserTaskKey)).State.Should().Be("CANCELED");
        (await Record.ExceptionAsync(() => _harness.Engine.CompleteUserTaskAsync(task.UserTaskKey, null))).Should().BeOfType<WorkflowRejection>();
    }

    [Fact]
    public async Task Complete_UnknownUserTask_IsNotFound()
    {
        // Act
        var act = () => _harness.Engine.CompleteUserTaskAsync(7, null);

        // Assert
        (await act.Should().ThrowAsync<WorkflowRejection>()).Which.Detail.Should().Be(
            "Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete user task with key '7', but no such user task was found");
    }
}
