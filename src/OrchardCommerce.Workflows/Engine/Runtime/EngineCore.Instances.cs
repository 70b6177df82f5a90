using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>Creating (reference §2.3) and cancelling (§2.4) process instances.</summary>
internal sealed partial class EngineCore
{
    public CreatedInstance CreateInstance(CreateInstanceRequest request)
    {
        var definition = FindDefinition(request);
        var process = definition.Process;
        var starts = request.StartElementIds ?? [];
        foreach (var id in starts)
        {
            if (!process.Elements.TryGetValue(id, out var element) || element.Kind == BpmnElementKind.Process)
            {
                throw WorkflowRejection.Command("CREATE", RejectionKind.InvalidArgument,
                    $"Expected to create instance of process with start instructions but no element found with id '{id}'.");
            }
        }

        if (starts.Count == 0 && process.Root.NoneStart is null)
        {
            throw WorkflowRejection.Command("CREATE", RejectionKind.InvalidState,
                "Expected to create instance of process with none start event, but there is no such event");
        }

        var instance = Start(definition, request.Variables, record =>
        {
            if (starts.Count == 0)
            {
                Enter(record.Instance, process.Root.NoneStart!, record.Root.Key);
                return;
            }

            var scopes = new Dictionary<string, long> { [process.Id] = record.Root.Key };
            foreach (var id in starts)
            {
                var element = process.Element(id);
                Enter(record.Instance, element, ScopeFor(record.Instance, element.Scope!, scopes));
            }
        });
        return new CreatedInstance(definition.Key, definition.BpmnProcessId, definition.Version, instance.Key, []);
    }

    /// <summary>Start instructions may point inside subprocesses: their scopes are created (once) without their start events.</summary>
    private long ScopeFor(InstanceRecord instance, BpmnElement scope, Dictionary<string, long> scopes)
    {
        if (scopes.TryGetValue(scope.Id, out var key))
        {
            return key;
        }

        var parentKey = ScopeFor(instance, scope.Scope!, scopes);
        var record = NewElement(instance, scope, parentKey);
        record.Activated = true;
        OpenScopeTriggers(instance, record, scope);
        return scopes[scope.Id] = record.Key;
    }

    private sealed record Started(InstanceRecord Instance, ElementRecord Root);

    private InstanceRecord Start(DefinitionRecord definition, JsonObject? variables, Action<Started> enter)
    {
        var instance = new InstanceRecord
        {
            Key = NewKey(), DefinitionKey = definition.Key, BpmnProcessId = definition.BpmnProcessId,
            Version = definition.Version, StartDate = Now,
        };
        var root = new ElementRecord { Key = instance.Key, ElementId = definition.BpmnProcessId, Activated = true };
        instance.Elements[root.Key] = root;
        _instances[instance.Key] = instance;
        _owners[instance.Key] = instance.Key;
        Emit(instance, root, InstanceChangeKind.ElementActivated);
        Touch(instance);
        MergeLocal(instance, instance.Key, variables);
        OpenScopeTriggers(instance, root, definition.Process.Root);
        enter(new Started(instance, root));
        RunAgenda();
        return instance;
    }

    private DefinitionRecord FindDefinition(CreateInstanceRequest request)
    {
        if (request.ProcessDefinitionKey is { } key)
        {
            return _definitions.GetValueOrDefault(key) ?? throw WorkflowRejection.Command("CREATE", RejectionKind.NotFound,
                $"Expected to find process definition with key '{key}', but none found");
        }

        var id = request.BpmnProcessId ?? "";
        var versions = _versions.GetValueOrDefault(id);
        if (request.Version is { } version and >= 0)
        {
            return versions?.FirstOrDefault(d => d.Version == version) ?? throw WorkflowRejection.Command("CREATE", RejectionKind.NotFound,
                $"Expected to find process definition with process ID '{id}' and version '{version}', but none found");
        }

        return versions?.LastOrDefault() ?? throw WorkflowRejection.Command("CREATE", RejectionKind.NotFound,
            $"Expected to find process definition with process ID '{id}', but none found");
    }

    public object? CancelInstance(long key)
    {
        if (!_instances.TryGetValue(key, out var instance))
        {
            throw WorkflowRejection.Command("CANCEL", RejectionKind.NotFound,
                $"Expected to cancel a process instance with key '{key}', but no such process was found");
        }

        Terminate(instance, instance.Elements[instance.Key]);
        Finish(instance, "TERMINATED");
        RunAgenda();
        return null;
    }

    /// <summary>The root variables of an ended instance (awaitCompletion's result).</summary>
    public static JsonObject RootVariables(InstanceRecord instance, IReadOnlyList<string>? only) => Visible(instance, instance.Key, only);

    public object? SetVariables(long scopeKey, JsonObject variables, bool local)
    {
        if (InstanceOwning(scopeKey) is not { } instance || !instance.Elements.ContainsKey(scopeKey))
        {
            throw WorkflowRejection.Command("UPDATE", RejectionKind.NotFound,
                $"Expected to update variables for element with key '{scopeKey}', but no such element was found");
        }

        if (local)
        {
            MergeLocal(instance, scopeKey, variables);
        }
        else
        {
            MergePropagating(instance, scopeKey, variables);
        }

        return null;
    }
}
