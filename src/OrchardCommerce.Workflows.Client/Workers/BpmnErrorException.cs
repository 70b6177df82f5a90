using System.Text.Json.Nodes;

namespace OrchardCommerce.Workflows.Client.Workers;

/// <summary>Thrown from a handler: the worker throws a BPMN error with <see cref="ErrorCode"/> instead of failing the job.</summary>
public sealed class BpmnErrorException(string errorCode, string? message = null, JsonObject? variables = null)
    : Exception(message ?? $"BPMN error '{errorCode}'")
{
    public string ErrorCode { get; } = errorCode;

    public JsonObject? Variables { get; } = variables;
}
