using System.Security.Cryptography;
using System.Text;
using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// Deployments (reference §2.2): all resources or none; an unchanged resource keeps its version; a new latest
/// version takes over the process's timer start events.
/// </summary>
internal sealed partial class EngineCore
{
    public DeploymentResult Deploy(IReadOnlyList<DeploymentResource> resources)
    {
        var parsed = Validate(resources);
        var deploymentKey = NewKey();
        var deployed = new List<DeployedProcess>();
        foreach (var (resource, process) in parsed)
        {
            var checksum = Convert.ToHexString(SHA256.HashData(resource.Content));
            var latest = _versions.GetValueOrDefault(process.Id)?.LastOrDefault();
            if (latest is not null && latest.Checksum == checksum && latest.ResourceName == resource.Name)
            {
                deployed.Add(new DeployedProcess(latest.BpmnProcessId, latest.Version, latest.Key, latest.ResourceName));
                continue;
            }

            var definition = new DefinitionRecord(
                NewKey(), process.Id, (latest?.Version ?? 0) + 1, resource.Name, deploymentKey, checksum,
                new UTF8Encoding(false).GetString(resource.Content).TrimStart('\uFEFF'), Now, process);
            Register(definition);
            Changes.Definitions.Add(definition);
            ReplaceStartTimers(definition);
            deployed.Add(new DeployedProcess(definition.BpmnProcessId, definition.Version, definition.Key, definition.ResourceName));
        }

        return new DeploymentResult(deploymentKey, deployed);
    }

    private static List<(DeploymentResource Resource, BpmnProcess Process)> Validate(IReadOnlyList<DeploymentResource> resources)
    {
        if (resources.Count == 0)
        {
            throw WorkflowRejection.Command("CREATE", RejectionKind.InvalidArgument, "Expected to deploy at least one resource, but none given");
        }

        var problems = new List<string>();
        var parsed = new List<(DeploymentResource, BpmnProcess)>();
        var owners = new Dictionary<string, string>();
        foreach (var resource in resources)
        {
            if (!resource.Name.EndsWith(".bpmn", StringComparison.OrdinalIgnoreCase) && !resource.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"'{resource.Name}': Expected a BPMN resource (.bpmn or .xml); other resource types are not supported by this engine");
                continue;
            }

            var result = BpmnParser.Parse(resource.Content);
            if (!result.IsValid)
            {
                problems.Add($"'{resource.Name}': " + Describe(result.Errors));
                continue;
            }

            foreach (var process in result.Processes)
            {
                if (owners.TryGetValue(process.Id, out var other))
                {
                    problems.Add($"Duplicated process id in resources '{other}' and '{resource.Name}'");
                }

                owners[process.Id] = resource.Name;
                parsed.Add((resource, process));
            }
        }

        if (problems.Count > 0)
        {
            throw WorkflowRejection.Command("CREATE", RejectionKind.InvalidArgument,
                "Expected to deploy new resources, but encountered the following errors:\n" + string.Join("\n", problems));
        }

        return parsed;
    }

    /// <summary>Zeebe's layout: "- Element: id" then "    - ERROR: message" per problem of that element.</summary>
    private static string Describe(IReadOnlyList<BpmnValidationError> errors)
    {
        var text = new StringBuilder();
        foreach (var group in errors.GroupBy(e => e.ElementId))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            if (group.Key is null)
            {
                text.AppendJoin("\n", group.Select(e => e.Message));
                continue;
            }

            text.Append("- Element: ").Append(group.Key);
            foreach (var error in group)
            {
                text.Append("\n    - ERROR: ").Append(error.Message);
            }
        }

        return text.ToString();
    }

    private void ReplaceStartTimers(DefinitionRecord definition)
    {
        foreach (var old in _startTimers.Values.Where(t => _definitions[t.DefinitionKey].BpmnProcessId == definition.BpmnProcessId).ToList())
        {
            _startTimers.Remove(old.Key);
            Changes.StartTimers[old.Key] = null;
        }

        foreach (var start in definition.Process.TimerStarts)
        {
            var text = TryEvaluate(start.Event.Timer!, Feel.FeelContext.Empty, out var value, out _) ? value as string ?? "" : "";
            if (TrySchedule(start.Event.TimerKind, text, Now, out var due, out var repetitions, out var interval))
            {
                var timer = new StartTimerRecord { Key = NewKey(), DefinitionKey = definition.Key, ElementId = start.Id, Due = due, Repetitions = repetitions, Interval = interval };
                _startTimers[timer.Key] = timer;
                Changes.StartTimers[timer.Key] = timer;
                _due.Add(DueKind.StartTimer, timer.Key, due);
            }
        }
    }

    private void FireStartTimer(StartTimerRecord timer)
    {
        if (timer.Repetitions != 0 && Reschedule(timer.Interval, timer.Due) is { } next)
        {
            timer.Due = next;
            timer.Repetitions = timer.Repetitions < 0 ? -1 : timer.Repetitions - 1;
            _due.Add(DueKind.StartTimer, timer.Key, next);
            Changes.StartTimers[timer.Key] = timer;
        }
        else
        {
            _startTimers.Remove(timer.Key);
            Changes.StartTimers[timer.Key] = null;
        }

        var definition = _definitions[timer.DefinitionKey];
        var start = definition.Process.Element(timer.ElementId);
        Start(definition, null, started => EnterTriggered(started.Instance, start, started.Root.Key, null));
    }
}
