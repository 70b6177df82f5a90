using OrchardCommerce.GraphQL.Utilities;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// Executes an operation of a validated document (spec §6; graphql-js execute): selects the operation, coerces the
/// variables, runs the fields and returns data and errors as graphql-js would for the same schema, data and document.
/// </summary>
public static class DocumentExecutor
{
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = DocumentPlan.For(request.Schema, request.Document);
        var operation = plan.SelectOperation(request.OperationName, out var selectionError);
        if (operation is null) return ExecutionResult.RequestErrors([new GraphQLError(selectionError!)]);

        var raw = request.Variables
            ?? (request.VariablesJson is { ValueKind: System.Text.Json.JsonValueKind.Object } json ? JsonInput.ToMap(json) : null)
            ?? Empty;
        var errors = new List<GraphQLError>();
        var variables = operation.VariableDefinitions.Count == 0 ? Empty : VariableCoercer.Coerce(request.Schema, operation, raw, errors);
        if (errors.Count > 0) return ExecutionResult.RequestErrors(errors);

        return await new Execution(request, plan, operation, variables).RunAsync().ConfigureAwait(false);
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
