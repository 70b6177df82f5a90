using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// The engine's state machine: all active state in memory, changed only by the single writer that runs commands
/// one after another (like a Zeebe partition's stream processor). Every change is also noted in <see cref="Changes"/>
/// so the writer can commit a group of commands in one transaction before acknowledging any of them.
/// Work that follows from a command (activating the next elements) goes through an agenda, drained before the
/// command returns, so a long automatic chain does not deepen the stack.
/// </summary>
internal sealed partial class EngineCore(TimeProvider time)
{
    private readonly Dictionary<long, DefinitionRecord> _definitions = [];
    private readonly Dictionary<string, List<DefinitionRecord>> _versions = [];
    private readonly Dictionary<long, InstanceRecord> _instances = [];

    // Any key of an instance's parts (element instance, job, user task, incident, timer, subscription) → instance key.
    private readonly Dictionary<long, long> _owners = [];
    private readonly Dictionary<string, SortedSet<long>> _activatable = [];
    private readonly Dictionary<(string Name, string CorrelationKey), List<long>> _subscriptionIndex = [];
    private readonly SortedDictionary<long, MessageRecord> _messages = [];
    // Buffered messages by name and correlation key, oldest first: publishing, a new subscription and a keyed start
    // look only at their own, not at every message buffered for its time to live (a day's orders, say).
    private readonly Dictionary<(string Name, string CorrelationKey), SortedSet<long>> _buffered = [];
    private readonly Dictionary<long, StartTimerRecord> _startTimers = [];
    private readonly Dictionary<(string BpmnProcessId, string CorrelationKey), long> _messageStarted = [];
    private readonly DueQueue _due = new();
    private readonly Queue<Action> _agenda = new();
    private long _nextKey = WorkflowConstants.FirstKey;

    public ChangeSet Changes { get; private set; } = new();

    public long NextKey => _nextKey;

    public DateTimeOffset? NextDue => _due.Next;

    private DateTimeOffset Now => time.GetUtcNow();

    public DefinitionRecord Definition(long key) => _definitions[key];

    public bool IsActive(long instanceKey) => _instances.ContainsKey(instanceKey);

    public ChangeSet TakeChanges()
    {
        var changes = Changes;
        Changes = new ChangeSet();
        return changes;
    }

    /// <summary>Replaces all state with what the store holds (on start, and after a failed commit).</summary>
    public void Load(StoredState state)
    {
        _definitions.Clear();
        _versions.Clear();
        _instances.Clear();
        _owners.Clear();
        _activatable.Clear();
        _subscriptionIndex.Clear();
        _messages.Clear();
        _buffered.Clear();
        _startTimers.Clear();
        _messageStarted.Clear();
        _due.Clear();
        _agenda.Clear();
        Changes = new ChangeSet();
        _nextKey = Math.Max(state.NextKey, WorkflowConstants.FirstKey);
        foreach (var definition in state.Definitions.OrderBy(d => d.Key))
        {
            Register(definition);
        }

        foreach (var instance in state.Instances)
        {
            Index(instance);
        }

        foreach (var message in state.Messages)
        {
            Buffer(message);
        }

        foreach (var timer in state.StartTimers)
        {
            _startTimers[timer.Key] = timer;
            _due.Add(DueKind.StartTimer, timer.Key, timer.Due);
        }
    }

    private void Register(DefinitionRecord definition)
    {
        _definitions[definition.Key] = definition;
        if (!_versions.TryGetValue(definition.BpmnProcessId, out var versions))
        {
            _versions[definition.BpmnProcessId] = versions = [];
        }

        versions.Add(definition);
    }

    private void Index(InstanceRecord instance)
    {
        _instances[instance.Key] = instance;
        foreach (var key in instance.Elements.Keys.Concat(instance.UserTasks.Keys).Concat(instance.Incidents.Keys))
        {
            _owners[key] = instance.Key;
        }

        foreach (var job in instance.Jobs.Values)
        {
            _owners[job.Key] = instance.Key;
            ScheduleJob(job);
        }

        foreach (var timer in instance.Timers.Values)
        {
            _owners[timer.Key] = instance.Key;
            _due.Add(DueKind.Timer, timer.Key, timer.Due);
        }

        foreach (var subscription in instance.Subscriptions.Values)
        {
            _owners[subscription.Key] = instance.Key;
            IndexSubscription(subscription);
        }

        if (!string.IsNullOrEmpty(instance.StartCorrelationKey))
        {
            _messageStarted[(instance.BpmnProcessId, instance.StartCorrelationKey)] = instance.Key;
        }
    }

    private long NewKey() => _nextKey++;

    private void RunAgenda()
    {
        while (_agenda.TryDequeue(out var step))
        {
            step();
        }
    }

    private void Touch(InstanceRecord instance) => Changes.Instances.Add(instance);

    private BpmnProcess ProcessOf(InstanceRecord instance) => _definitions[instance.DefinitionKey].Process;

    private BpmnElement ElementOf(InstanceRecord instance, ElementRecord element) => ProcessOf(instance).Element(element.ElementId);

    private InstanceRecord? InstanceOwning(long key) =>
        _owners.TryGetValue(key, out var instanceKey) && _instances.TryGetValue(instanceKey, out var instance) ? instance : null;

    private static bool Alive(InstanceRecord instance, ElementRecord element) => instance.IsActive && instance.Elements.ContainsKey(element.Key);

    private static IEnumerable<ElementRecord> ChildrenOf(InstanceRecord instance, long scopeKey) =>
        instance.Elements.Values.Where(e => e.ScopeKey == scopeKey);

    private void Emit(InstanceRecord instance, ElementRecord element, InstanceChangeKind kind) =>
        Changes.Events.Add(new InstanceChange(instance.Key, instance.BpmnProcessId, element.Key, element.ElementId, kind, Now));
}
