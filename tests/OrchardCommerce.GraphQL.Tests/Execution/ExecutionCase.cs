namespace OrchardCommerce.GraphQL.Tests.Execution;

/// <summary>One differential execution case: the same SDL, data (JSON), document and variables go to both engines.</summary>
public sealed record ExecutionCase(string Name, string Sdl, string RootJson, string Query, string? VariablesJson = null, string? OperationName = null);
