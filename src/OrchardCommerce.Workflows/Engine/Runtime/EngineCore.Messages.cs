using System.Text.Json.Nodes;
using OrchardCommerce.Workflows.Bpmn;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// Messages (reference §4.2): a message reaches each BPMN process at most once; message start events come first,
/// then open subscriptions in the order they opened; published messages wait in the buffer for their TTL and are
/// taken FIFO by subscriptions that open later.
/// </summary>
internal sealed partial class EngineCore
{
    public PublishedMessage PublishMessage(PublishMessageRequest request)
    {
        var now = Now;
        if (request.MessageId is { Length: > 0 } id && Buffered(request.Name, request.CorrelationKey).Any(m => m.MessageId == id && m.Expires > now))
        {
            throw WorkflowRejection.Command("PUBLISH", RejectionKind.AlreadyExists,
                $"Expected to publish a new message with id '{id}', but a message with that id was already published");
        }

        var message = new MessageRecord
        {
            Key = NewKey(), Name = request.Name, CorrelationKey = request.CorrelationKey, MessageId = request.MessageId,
            VariablesJson = request.Variables?.ToJsonString(), Expires = now + request.TimeToLive,
        };
        Correlate(message);
        if (request.TimeToLive > TimeSpan.Zero)
        {
            Buffer(message);
            Changes.Messages[message.Key] = message;
        }

        return new PublishedMessage(message.Key);
    }

    public CorrelatedMessage CorrelateMessage(string name, string correlationKey, JsonObject? variables)
    {
        var message = new MessageRecord { Key = NewKey(), Name = name, CorrelationKey = correlationKey, VariablesJson = variables?.ToJsonString() };
        return Correlate(message) is { } instanceKey
            ? new CorrelatedMessage(message.Key, instanceKey)
            : throw WorkflowRejection.Command("CORRELATE", RejectionKind.NotFound,
                $"Expected to find subscription for message with name '{name}' and correlation key '{correlationKey}', but none was found.");
    }

    /// <summary>Correlates a new message everywhere it can go; returns the first instance it reached.</summary>
    private long? Correlate(MessageRecord message)
    {
        long? first = null;
        foreach (var (definition, start) in MessageStarts(message.Name))
        {
            if (CanStart(definition.BpmnProcessId, message))
            {
                first ??= StartByMessage(definition, start, message).Key;
            }
        }

        foreach (var key in _subscriptionIndex.GetValueOrDefault((message.Name, message.CorrelationKey))?.ToList() ?? [])
        {
            if (InstanceOwning(key) is { } instance && instance.Subscriptions.TryGetValue(key, out var subscription)
                && message.CorrelatedProcesses.Add(instance.BpmnProcessId))
            {
                Deliver(instance, subscription, message);
                first ??= instance.Key;
            }
        }

        RunAgenda();
        return first;
    }

    private IEnumerable<(DefinitionRecord Definition, BpmnElement Start)> MessageStarts(string name) =>
        _versions.Values.Select(v => v[^1])
            .SelectMany(d => d.Process.MessageStarts.Where(s => s.Event.MessageName!.Text == name).Select(s => (d, s)))
            .ToList();

    /// <summary>Not twice to one process; not while an instance started with the same non-empty correlation key is active.</summary>
    private bool CanStart(string bpmnProcessId, MessageRecord message) =>
        !message.CorrelatedProcesses.Contains(bpmnProcessId)
        && (message.CorrelationKey.Length == 0 || !_messageStarted.ContainsKey((bpmnProcessId, message.CorrelationKey)));

    private InstanceRecord StartByMessage(DefinitionRecord definition, BpmnElement start, MessageRecord message)
    {
        message.CorrelatedProcesses.Add(definition.BpmnProcessId);
        if (_messages.ContainsKey(message.Key))
        {
            Changes.Messages[message.Key] = message;
        }

        return Start(definition, null, started =>
        {
            started.Instance.StartMessageName = message.Name;
            started.Instance.StartCorrelationKey = message.CorrelationKey;
            if (message.CorrelationKey.Length > 0)
            {
                _messageStarted[(definition.BpmnProcessId, message.CorrelationKey)] = started.Instance.Key;
            }

            EnterTriggered(started.Instance, start, started.Root.Key, Variables(message));
        });
    }

    /// <summary>After an instance started by a keyed message ends, the next buffered message with that key may start one.</summary>
    private void StartFromBuffer(string bpmnProcessId, string correlationKey)
    {
        var definition = _versions[bpmnProcessId][^1];
        foreach (var start in definition.Process.MessageStarts)
        {
            var message = Buffered(start.Event.MessageName!.Text, correlationKey).FirstOrDefault(m => m.Expires > Now && CanStart(bpmnProcessId, m));
            if (message is not null)
            {
                StartByMessage(definition, start, message);
                return;
            }
        }
    }

    /// <summary>Keeps a message for its time to live, where <see cref="Buffered"/> finds it.</summary>
    private void Buffer(MessageRecord message)
    {
        _messages[message.Key] = message;
        if (!_buffered.TryGetValue((message.Name, message.CorrelationKey), out var keys))
        {
            _buffered[(message.Name, message.CorrelationKey)] = keys = [];
        }

        keys.Add(message.Key);
        _due.Add(DueKind.MessageExpiry, message.Key, message.Expires);
    }

    private void Unbuffer(MessageRecord message)
    {
        _messages.Remove(message.Key);
        if (_buffered.TryGetValue((message.Name, message.CorrelationKey), out var keys) && keys.Remove(message.Key) && keys.Count == 0)
        {
            _buffered.Remove((message.Name, message.CorrelationKey));
        }
    }

    /// <summary>The buffered messages with this name and correlation key, oldest first.</summary>
    private IEnumerable<MessageRecord> Buffered(string name, string correlationKey) =>
        _buffered.TryGetValue((name, correlationKey), out var keys) ? keys.Select(key => _messages[key]) : [];

    private static JsonObject? Variables(MessageRecord message) =>
        message.VariablesJson is null ? null : JsonNode.Parse(message.VariablesJson) as JsonObject;
}
