using System.Xml.Linq;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>Event definitions: message (§5.5), timer (§5.6), error (§5.8), terminate and compensate.</summary>
internal sealed partial class BpmnParser
{
    private void ParseEventDefinition(XElement xml, BpmnElement element)
    {
        var definitions = xml.Elements().Where(e => e.Name.Namespace == BpmnNames.Model && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
        var id = element.Id;
        if (xml.Name.LocalName == "receiveTask")
        {
            element.Event = MessageDefinition(id, (string?)xml.Attribute("messageRef"), element);
            return;
        }

        if (definitions.Count > 1)
        {
            element.Unsupported = true;
            _errors.Add(new BpmnValidationError(id, "Must have at most one event definition"));
            return;
        }

        if (definitions.Count == 0)
        {
            return;
        }

        var definition = definitions[0];
        var name = definition.Name.LocalName;
        if (!BpmnNames.EventDefinitions.TryGetValue(name, out var kind))
        {
            element.Unsupported = true;
            _errors.Add(new BpmnValidationError(id, BpmnNames.UnsupportedEventDefinitions.Contains(name)
                ? $"Elements of type '{xml.Name.LocalName}' with '{name}' are currently not supported"
                : $"Event definitions of type '{name}' are currently not supported"));
            return;
        }

        element.Event = kind switch
        {
            BpmnEventKind.Message => MessageDefinition(id, (string?)definition.Attribute("messageRef"), element),
            BpmnEventKind.Timer => TimerDefinition(id, definition),
            BpmnEventKind.Error => ErrorDefinition(id, (string?)definition.Attribute("errorRef"), element),
            BpmnEventKind.Compensate => new BpmnEventDefinition(kind) { ActivityRef = (string?)definition.Attribute("activityRef") },
            _ => new BpmnEventDefinition(kind),
        };
    }

    private BpmnEventDefinition MessageDefinition(string id, string? messageRef, BpmnElement element)
    {
        if (messageRef is null || !_messages.TryGetValue(messageRef, out var message) || string.IsNullOrWhiteSpace((string?)message.Attribute("name")))
        {
            _errors.Add(new BpmnValidationError(id, "Must reference a message with a non-empty name"));
            return new BpmnEventDefinition(BpmnEventKind.Message);
        }

        var correlationKey = (string?)message.Element(BpmnNames.Model + "extensionElements")?.Element(Z + "subscription")?.Attribute("correlationKey");
        var isStart = element.Kind == BpmnElementKind.StartEvent && element.Scope?.Kind == BpmnElementKind.Process;
        var isThrow = element.Kind is BpmnElementKind.EndEvent or BpmnElementKind.IntermediateThrowEvent;
        if (!isStart && !isThrow && string.IsNullOrWhiteSpace(correlationKey))
        {
            _errors.Add(new BpmnValidationError(id, $"Must have a correlation key: message '{messageRef}' has no 'zeebe:subscription' with a 'correlationKey'"));
        }

        var name = (string)message.Attribute("name")!;
        if (isStart && name.StartsWith('='))
        {
            _errors.Add(new BpmnValidationError(id, "The message name of a message start event must be a static value"));
        }

        return new BpmnEventDefinition(BpmnEventKind.Message)
        {
            MessageName = Expression(id, name),
            CorrelationKey = isStart || isThrow ? null : Expression(id, correlationKey),
        };
    }

    private BpmnEventDefinition TimerDefinition(string id, XElement definition)
    {
        var (kind, node) = definition.Element(BpmnNames.Model + "timeDuration") is { } duration ? (TimerKind.Duration, duration)
            : definition.Element(BpmnNames.Model + "timeDate") is { } date ? (TimerKind.Date, date)
            : definition.Element(BpmnNames.Model + "timeCycle") is { } cycle ? (TimerKind.Cycle, cycle)
            : (TimerKind.Duration, null);
        var text = node?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            _errors.Add(new BpmnValidationError(id, "Must have a timeDuration, timeDate or timeCycle with a value"));
            return new BpmnEventDefinition(BpmnEventKind.Timer);
        }

        if (!text.StartsWith('=') && !IsoTimer.IsValid(kind, text))
        {
            _errors.Add(new BpmnValidationError(id, $"Invalid timer {kind.ToString().ToLowerInvariant()} expression '{text}'"));
        }

        return new BpmnEventDefinition(BpmnEventKind.Timer) { TimerKind = kind, Timer = Expression(id, text) };
    }

    private BpmnEventDefinition ErrorDefinition(string id, string? errorRef, BpmnElement element)
    {
        var code = errorRef is not null && _errorDefinitions.TryGetValue(errorRef, out var error) ? (string?)error.Attribute("errorCode") : null;
        if (errorRef is not null && !_errorDefinitions.ContainsKey(errorRef))
        {
            _errors.Add(new BpmnValidationError(id, $"Referenced error '{errorRef}' is not defined"));
        }

        if (element.Kind == BpmnElementKind.EndEvent)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                _errors.Add(new BpmnValidationError(id, "Error end event must reference an error with a non-empty errorCode"));
                return new BpmnEventDefinition(BpmnEventKind.Error);
            }

            return new BpmnEventDefinition(BpmnEventKind.Error) { ErrorCodeExpression = Expression(id, code) };
        }

        if (code is not null && code.StartsWith('='))
        {
            _errors.Add(new BpmnValidationError(id, "The errorCode of an error catch event must be a static value"));
        }

        return new BpmnEventDefinition(BpmnEventKind.Error) { ErrorCode = string.IsNullOrEmpty(code) ? null : code };
    }
}
