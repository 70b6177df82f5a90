using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;
using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Camunda user tasks (reference §2.15, §5.10): created with their evaluated assignment, then assigned and completed.</summary>
internal sealed partial class EngineCore
{
    private sealed record Assignment(string? Assignee, List<string> Groups, List<string> Users, DateTimeOffset? Due, DateTimeOffset? FollowUp, int Priority);

    private void CreateUserTask(InstanceRecord instance, ElementRecord record, BpmnElement element)
    {
        var definition = element.UserTask!;
        if (Evaluate(instance, record, definition) is not { } assignment)
        {
            return;
        }

        var task = new UserTaskRecord
        {
            Key = NewKey(), ElementInstanceKey = record.Key, ElementId = element.Id, Assignee = assignment.Assignee,
            CandidateGroups = assignment.Groups, CandidateUsers = assignment.Users, DueDate = assignment.Due,
            FollowUpDate = assignment.FollowUp, Priority = assignment.Priority, CreationDate = Now,
            FormKey = definition.FormKey ?? definition.FormId, ExternalFormReference = definition.ExternalFormReference,
            CustomHeaders = new Dictionary<string, string>(definition.Headers),
        };
        instance.UserTasks[task.Key] = task;
        record.UserTaskKey = task.Key;
        _owners[task.Key] = instance.Key;
        Changes.UserTasks[task.Key] = (instance, task);
        Touch(instance);
    }

    /// <summary>A job-worker user task carries its assignment in Zeebe's io.camunda.zeebe: headers.</summary>
    private Dictionary<string, string>? UserTaskHeaders(InstanceRecord instance, ElementRecord record, UserTaskDefinition definition)
    {
        if (Evaluate(instance, record, definition) is not { } assignment)
        {
            return null;
        }

        var headers = new Dictionary<string, string>(definition.Headers);
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                headers["io.camunda.zeebe:" + name] = value;
            }
        }

        Add("assignee", assignment.Assignee);
        Add("candidateGroups", assignment.Groups.Count > 0 ? JsonSerializer.Serialize(assignment.Groups) : null);
        Add("candidateUsers", assignment.Users.Count > 0 ? JsonSerializer.Serialize(assignment.Users) : null);
        Add("dueDate", assignment.Due?.ToString("O"));
        Add("followUpDate", assignment.FollowUp?.ToString("O"));
        Add("formKey", definition.FormKey);
        return headers;
    }

    private Assignment? Evaluate(InstanceRecord instance, ElementRecord record, UserTaskDefinition definition)
    {
        var context = ContextOf(instance, record.Key);
        object? Value(FeelExpression? expression, ref string? failure)
        {
            if (expression is null || failure is not null)
            {
                return null;
            }

            if (!TryEvaluate(expression, context, out var value, out var error))
            {
                failure = error;
            }

            return value;
        }

        string? failure = null;
        var assignee = Value(definition.Assignee, ref failure);
        var groups = Value(definition.CandidateGroups, ref failure);
        var users = Value(definition.CandidateUsers, ref failure);
        var due = Value(definition.DueDate, ref failure);
        var followUp = Value(definition.FollowUpDate, ref failure);
        var priority = Value(definition.Priority, ref failure);
        if (failure is not null)
        {
            RaiseIncident(instance, record, "EXTRACT_VALUE_ERROR", failure, IncidentStep.Activate);
            return null;
        }

        return new Assignment(
            assignee is null ? null : assignee as string ?? FeelText(assignee), ListOf(groups), ListOf(users), DateOf(due), DateOf(followUp),
            priority switch { decimal d => (int)d, string s when int.TryParse(s, out var p) => p, _ => 50 });
    }

    /// <summary>Candidates: a comma-separated static list, or an expression giving a list of strings.</summary>
    private static List<string> ListOf(object? value) => value switch
    {
        string text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        List<object?> list => list.Select(item => item as string ?? FeelText(item)).ToList(),
        _ => [],
    };

    private static DateTimeOffset? DateOf(object? value) => value is string text && IsoTimer.TryParseDate(text, out var date) ? date : null;

    private void RemoveUserTask(InstanceRecord instance, UserTaskRecord task)
    {
        task.CompletionDate = Now;
        instance.UserTasks.Remove(task.Key);
        _owners.Remove(task.Key);
        if (instance.Elements.TryGetValue(task.ElementInstanceKey, out var record))
        {
            record.UserTaskKey = null;
        }

        Changes.UserTasks[task.Key] = (instance, task);
        Touch(instance);
    }

    public object? AssignUserTask(long key, string? assignee, bool allowOverride)
    {
        var (instance, task) = FindUserTask(key, "ASSIGN", "assign");
        if (!allowOverride && !string.IsNullOrEmpty(task.Assignee) && task.Assignee != assignee)
        {
            throw WorkflowRejection.Command("ASSIGN", RejectionKind.InvalidState,
                $"Expected to assign user task with key '{key}', but it is already assigned to '{task.Assignee}'");
        }

        task.Assignee = string.IsNullOrEmpty(assignee) ? null : assignee;
        Changes.UserTasks[task.Key] = (instance, task);
        Touch(instance);
        return null;
    }

    public object? UpdateUserTask(long key, UserTaskUpdate update)
    {
        var (instance, task) = FindUserTask(key, "UPDATE", "update");
        if (update.Priority is < 0 or > 100)
        {
            throw WorkflowRejection.Command("UPDATE", RejectionKind.InvalidArgument,
                $"Expected to update user task with key '{key}', but the priority '{update.Priority}' is not between 0 and 100");
        }

        task.DueDate = update.ClearDueDate ? null : update.DueDate ?? task.DueDate;
        task.FollowUpDate = update.ClearFollowUpDate ? null : update.FollowUpDate ?? task.FollowUpDate;
        task.CandidateGroups = update.CandidateGroups?.ToList() ?? task.CandidateGroups;
        task.CandidateUsers = update.CandidateUsers?.ToList() ?? task.CandidateUsers;
        task.Priority = update.Priority ?? task.Priority;
        Changes.UserTasks[task.Key] = (instance, task);
        Touch(instance);
        return null;
    }

    public object? CompleteUserTask(long key, JsonObject? variables)
    {
        var (instance, task) = FindUserTask(key, "COMPLETE", "complete");
        var record = instance.Elements[task.ElementInstanceKey];
        task.State = "COMPLETED";
        RemoveUserTask(instance, task);
        Complete(instance, record, variables);
        RunAgenda();
        return null;
    }

    private (InstanceRecord Instance, UserTaskRecord Task) FindUserTask(long key, string command, string action)
    {
        if (InstanceOwning(key) is not { } instance || !instance.UserTasks.TryGetValue(key, out var task))
        {
            throw WorkflowRejection.Command(command, RejectionKind.NotFound,
                $"Expected to {action} user task with key '{key}', but no such user task was found");
        }

        return (instance, task);
    }
}
