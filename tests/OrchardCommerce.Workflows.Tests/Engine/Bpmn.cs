using System.Text;
using OrchardCommerce.Workflows.Engine;

namespace OrchardCommerce.Workflows.Tests.Engine;

/// <summary>Small inline processes for validation tests, wrapped in the definitions element Modeler writes.</summary>
internal static class Bpmn
{
    public static string Definitions(string content) =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
        {content}
        </bpmn:definitions>
        """;

    public static string Process(string id, string body) =>
        Definitions($"""<bpmn:process id="{id}" isExecutable="true">{body}</bpmn:process>""");

    /// <summary>start → [element with id "x"] → end, for checking one element.</summary>
    public static string Around(string element) => Process("p", $"""
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="x" />
        {element}
        <bpmn:sequenceFlow id="f2" sourceRef="x" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);

    public static string Task(string id, string type) =>
        $"""<bpmn:serviceTask id="{id}"><bpmn:extensionElements><zeebe:taskDefinition type="{type}" /></bpmn:extensionElements></bpmn:serviceTask>""";

    public static DeploymentResource Resource(string name, string xml) => new(name, Encoding.UTF8.GetBytes(xml));
}
