using System.Text;
using System.Xml.Linq;

namespace OrchardCommerce.Workflows.Rest.ElementInstances;

/// <summary>
/// The flow nodes of a deployed BPMN file in document order, with their name and the gateway's element type
/// (serviceTask → SERVICE_TASK, a subProcess triggeredByEvent → EVENT_SUB_PROCESS), read from the XML the engine keeps.
/// </summary>
internal static class BpmnElementTypes
{
    private const string Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private static readonly HashSet<string> FlowNodes =
    [
        "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent", "task", "serviceTask",
        "userTask", "receiveTask", "sendTask", "scriptTask", "businessRuleTask", "manualTask", "callActivity", "subProcess",
        "adHocSubProcess", "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway",
    ];

    public static IReadOnlyList<(string Id, string Name, string Type)> Read(string xml, string bpmnProcessId)
    {
        var process = XDocument.Parse(xml).Root?.Elements(XName.Get("process", Model))
            .FirstOrDefault(p => (string?)p.Attribute("id") == bpmnProcessId);
        if (process is null) return [];
        return [.. process.Descendants()
            .Where(e => e.Name.NamespaceName == Model && FlowNodes.Contains(e.Name.LocalName) && e.Attribute("id") is not null)
            .Select(e => ((string)e.Attribute("id")!, (string?)e.Attribute("name") ?? (string)e.Attribute("id")!, TypeOf(e)))];
    }

    private static string TypeOf(XElement element)
    {
        if (element.Name.LocalName == "subProcess" && (string?)element.Attribute("triggeredByEvent") == "true") return "EVENT_SUB_PROCESS";
        var name = element.Name.LocalName;
        var type = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c)) type.Append('_');
            type.Append(char.ToUpperInvariant(c));
        }
        return type.ToString();
    }
}
