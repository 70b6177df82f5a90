using System.Xml.Linq;
using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>The zeebe: extension elements (reference §5.2–5.4, §5.10, §5.11).</summary>
internal sealed partial class BpmnParser
{
    private static readonly XNamespace Z = BpmnNames.Zeebe;

    private void ParseExtensions(BpmnElement element, XElement? extensions)
    {
        var id = element.Id;
        var io = extensions?.Element(Z + "ioMapping");
        element.Inputs = Mappings(id, io, "input");
        element.Outputs = Mappings(id, io, "output");
        var headers = extensions?.Element(Z + "taskHeaders")?.Elements(Z + "header")
            .Where(h => h.Attribute("key") is not null)
            .GroupBy(h => (string)h.Attribute("key")!)
            .ToDictionary(g => g.Key, g => (string?)g.Last().Attribute("value") ?? "") ?? new Dictionary<string, string>();
        if (extensions?.Element(Z + "executionListeners") is not null)
        {
            _errors.Add(new BpmnValidationError(id, "Execution listeners are currently not supported"));
        }

        if (extensions?.Element(Z + "taskListeners") is not null)
        {
            _errors.Add(new BpmnValidationError(id, "Task listeners are currently not supported"));
        }

        if (extensions?.Element(Z + "taskDefinition") is { } task)
        {
            var type = (string?)task.Attribute("type");
            if (string.IsNullOrWhiteSpace(type))
            {
                _errors.Add(new BpmnValidationError(id, "Attribute 'type' of 'zeebe:taskDefinition' must be present and not empty"));
            }
            else if (Expression(id, type) is { } typeExpression && Expression(id, (string?)task.Attribute("retries") ?? "3") is { } retries)
            {
                element.Job = new JobDefinition(typeExpression, retries, headers);
            }
        }

        if (extensions?.Element(Z + "script") is { } script)
        {
            var expression = (string?)script.Attribute("expression");
            var result = (string?)script.Attribute("resultVariable");
            if (string.IsNullOrWhiteSpace(expression) || string.IsNullOrWhiteSpace(result))
            {
                _errors.Add(new BpmnValidationError(id, "Attributes 'expression' and 'resultVariable' of 'zeebe:script' must be present and not empty"));
            }
            else if (Expression(id, expression.StartsWith('=') ? expression : "=" + expression) is { } parsed)
            {
                element.Script = new ScriptDefinition(parsed, result);
            }
        }

        if (element.Kind == BpmnElementKind.UserTask)
        {
            element.UserTask = ParseUserTask(id, extensions, headers);
        }
    }

    private UserTaskDefinition ParseUserTask(string id, XElement? extensions, IReadOnlyDictionary<string, string> headers)
    {
        var assignment = extensions?.Element(Z + "assignmentDefinition");
        var schedule = extensions?.Element(Z + "taskSchedule");
        var form = extensions?.Element(Z + "formDefinition");
        return new UserTaskDefinition(extensions?.Element(Z + "userTask") is not null)
        {
            Assignee = Expression(id, (string?)assignment?.Attribute("assignee")),
            CandidateGroups = Expression(id, (string?)assignment?.Attribute("candidateGroups")),
            CandidateUsers = Expression(id, (string?)assignment?.Attribute("candidateUsers")),
            DueDate = Expression(id, (string?)schedule?.Attribute("dueDate")),
            FollowUpDate = Expression(id, (string?)schedule?.Attribute("followUpDate")),
            Priority = Expression(id, (string?)extensions?.Element(Z + "priorityDefinition")?.Attribute("priority")),
            FormKey = (string?)form?.Attribute("formKey"),
            FormId = (string?)form?.Attribute("formId"),
            ExternalFormReference = (string?)form?.Attribute("externalReference"),
            Headers = headers,
        };
    }

    private List<VariableMapping> Mappings(string id, XElement? io, string kind)
    {
        var mappings = new List<VariableMapping>();
        foreach (var mapping in io?.Elements(Z + kind) ?? [])
        {
            var target = (string?)mapping.Attribute("target");
            if (string.IsNullOrWhiteSpace(target))
            {
                _errors.Add(new BpmnValidationError(id, $"Attribute 'target' of 'zeebe:{kind}' must be present and not empty"));
                continue;
            }

            var source = (string?)mapping.Attribute("source");
            var parsed = string.IsNullOrEmpty(source) ? FeelExpression.ParseZeebe("=null") : Expression(id, source);
            if (parsed is not null)
            {
                mappings.Add(new VariableMapping(parsed, target));
            }
        }

        return mappings;
    }

    private void ParseMultiInstance(XElement xml, BpmnElement element)
    {
        if (xml.Element(BpmnNames.Model + "standardLoopCharacteristics") is not null)
        {
            Error(xml, "Elements of type 'standardLoopCharacteristics' are currently not supported");
        }

        if (xml.Element(BpmnNames.Model + "multiInstanceLoopCharacteristics") is not { } loop)
        {
            return;
        }

        var id = element.Id;
        var zeebe = loop.Element(BpmnNames.Model + "extensionElements")?.Element(Z + "loopCharacteristics");
        var input = (string?)zeebe?.Attribute("inputCollection");
        if (string.IsNullOrWhiteSpace(input))
        {
            _errors.Add(new BpmnValidationError(id, "Expected the multi-instance loop characteristics to have an 'inputCollection' expression"));
            return;
        }

        var condition = loop.Element(BpmnNames.Model + "completionCondition")?.Value.Trim();
        var inputCollection = Expression(id, input.StartsWith('=') ? input : "=" + input);
        var outputElement = (string?)zeebe?.Attribute("outputElement");
        if (inputCollection is null)
        {
            return;
        }

        element.MultiInstance = new MultiInstanceDefinition(
            (string?)loop.Attribute("isSequential") == "true",
            inputCollection,
            NullIfEmpty((string?)zeebe?.Attribute("inputElement")),
            NullIfEmpty((string?)zeebe?.Attribute("outputCollection")),
            string.IsNullOrEmpty(outputElement) ? null : Expression(id, outputElement.StartsWith('=') ? outputElement : "=" + outputElement),
            string.IsNullOrEmpty(condition) ? null : Expression(id, condition.StartsWith('=') ? condition : "=" + condition));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
