using System.Xml.Linq;

namespace OrchardCommerce.Workflows.Admin.Services;

/// <summary>The sequence flows of a BPMN file (id, source, target), to tell which were taken from the element runs.</summary>
internal static class BpmnSequenceFlows
{
    private const string Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static IReadOnlyList<(string Id, string Source, string Target)> Read(string xml) =>
        [.. XDocument.Parse(xml).Descendants(XName.Get("sequenceFlow", Model))
            .Select(f => ((string?)f.Attribute("id"), (string?)f.Attribute("sourceRef"), (string?)f.Attribute("targetRef")))
            .Where(f => f.Item1 is not null && f.Item2 is not null && f.Item3 is not null)
            .Select(f => (f.Item1!, f.Item2!, f.Item3!))];
}
