using System.Xml;
using System.Xml.Linq;
using OrchardCommerce.Workflows.Feel;

namespace OrchardCommerce.Workflows.Bpmn;

/// <summary>
/// Reads a BPMN 2.0 document in Camunda 8's dialect into runnable processes, collecting every problem instead of
/// stopping at the first, so a deployment rejection lists them all as Zeebe does.
/// </summary>
internal sealed partial class BpmnParser
{
    private readonly List<BpmnValidationError> _errors = [];
    private readonly Dictionary<string, XElement> _messages = [];
    private readonly Dictionary<string, XElement> _errorDefinitions = [];
    private Dictionary<string, BpmnElement> _elements = [];
    private Dictionary<string, BpmnFlow> _flows = [];
    private List<(XElement Xml, BpmnElement Boundary)> _boundaries = [];

    public static BpmnParseResult Parse(byte[] content)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(content);
            document = XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            return new BpmnParseResult([], [new BpmnValidationError(null, ex.Message)]);
        }

        return new BpmnParser().ParseDocument(document);
    }

    private BpmnParseResult ParseDocument(XDocument document)
    {
        var root = document.Root;
        if (root is null || root.Name != BpmnNames.Model + "definitions")
        {
            return new BpmnParseResult([], [new BpmnValidationError(null, "Expected a BPMN 2.0 'definitions' root element in namespace " + BpmnNames.Model)]);
        }

        foreach (var message in root.Elements(BpmnNames.Model + "message"))
        {
            _messages[(string?)message.Attribute("id") ?? ""] = message;
        }

        foreach (var error in root.Elements(BpmnNames.Model + "error"))
        {
            _errorDefinitions[(string?)error.Attribute("id") ?? ""] = error;
        }

        var processes = new List<BpmnProcess>();
        foreach (var xml in root.Elements(BpmnNames.Model + "process").Where(p => (string?)p.Attribute("isExecutable") == "true"))
        {
            processes.Add(ParseProcess(xml));
        }

        if (processes.Count == 0)
        {
            _errors.Add(new BpmnValidationError(null, "Must contain at least one executable process"));
        }

        foreach (var process in processes)
        {
            BpmnValidator.Validate(process, _errors);
        }

        return new BpmnParseResult(_errors.Count == 0 ? processes : [], _errors);
    }

    private BpmnProcess ParseProcess(XElement xml)
    {
        _elements = [];
        _flows = [];
        _boundaries = [];
        var root = new BpmnElement((string?)xml.Attribute("id") ?? "", BpmnElementKind.Process, "process") { Name = (string?)xml.Attribute("name") };
        _elements[root.Id] = root;
        ParseScope(xml, root);
        foreach (var (boundaryXml, boundary) in _boundaries)
        {
            AttachBoundary(boundaryXml, boundary);
        }

        foreach (var association in xml.Descendants(BpmnNames.Model + "association"))
        {
            LinkCompensation(association);
        }

        ResolveDefaults();

        return new BpmnProcess(root, _elements, _flows);
    }

    private void ParseScope(XElement xml, BpmnElement scope)
    {
        foreach (var child in xml.Elements().Where(e => e.Name.Namespace == BpmnNames.Model))
        {
            var name = child.Name.LocalName;
            if (BpmnNames.FlowNodes.TryGetValue(name, out var kind))
            {
                ParseFlowNode(child, kind, scope);
            }
            else if (!BpmnNames.Ignored.Contains(name))
            {
                Error(child, $"Elements of type '{name}' are currently not supported");

                // A stand-in keeps the flows around it valid, so the rejection names only the unsupported element.
                var id = Id(child);
                if (id.Length > 0 && !_elements.ContainsKey(id))
                {
                    _elements[id] = new BpmnElement(id, BpmnElementKind.PassThroughTask, name) { Scope = scope, Unsupported = true };
                }
            }
        }

        foreach (var flow in xml.Elements(BpmnNames.Model + "sequenceFlow"))
        {
            ParseFlow(flow, scope);
        }
    }

    private void ParseFlow(XElement xml, BpmnElement scope)
    {
        var id = Id(xml);
        var sourceId = (string?)xml.Attribute("sourceRef") ?? "";
        var targetId = (string?)xml.Attribute("targetRef") ?? "";
        if (!_elements.TryGetValue(sourceId, out var source) || source.Scope != scope
            || !_elements.TryGetValue(targetId, out var target) || target.Scope != scope)
        {
            _errors.Add(new BpmnValidationError(id, $"Sequence flow must connect two elements of the same scope, but '{sourceId}' -> '{targetId}' does not"));
            return;
        }

        var conditionText = xml.Element(BpmnNames.Model + "conditionExpression")?.Value.Trim();
        // A condition that fails to parse is reported once; a stand-in keeps the gateway rules from reporting it again.
        var condition = string.IsNullOrEmpty(conditionText) ? null
            : Expression(id, conditionText.StartsWith('=') ? conditionText : "=" + conditionText) ?? FeelExpression.ParseZeebe("=false");
        var flow = new BpmnFlow(id, source, target, condition);
        _flows[id] = flow;
        source.Outgoing.Add(flow);
        target.Incoming.Add(flow);
    }

    private FeelExpression? Expression(string elementId, string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return FeelExpression.ParseZeebe(text);
        }
        catch (FeelSyntaxException ex)
        {
            _errors.Add(new BpmnValidationError(elementId, $"failed to parse expression '{text}': {ex.Message}"));
            return null;
        }
    }

    private void Error(XElement xml, string message) => _errors.Add(new BpmnValidationError((string?)xml.Attribute("id") ?? xml.Name.LocalName, message));

    private static string Id(XElement xml) => (string?)xml.Attribute("id") ?? "";
}
