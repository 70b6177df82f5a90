namespace OrchardCommerce.Workflows.Engine;

/// <summary>
/// What the admin's bpmn-js view colours: active elements (with how many tokens), completed elements (with how
/// many times), the sequence flows taken, and the open incidents.
/// </summary>
public sealed record InstanceProgress(
    long ProcessInstanceKey,
    string State,
    IReadOnlyDictionary<string, int> ActiveElements,
    IReadOnlyDictionary<string, int> CompletedElements,
    IReadOnlyList<string> TakenSequenceFlows,
    IReadOnlyList<IncidentView> Incidents);
