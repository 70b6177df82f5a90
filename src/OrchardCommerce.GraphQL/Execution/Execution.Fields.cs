using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Execution;

internal sealed partial class Execution
{
    /// <summary>ExecuteSelectionSet (spec §6.3); stops once a failed non-null field has nulled this object, as graphql-js does.</summary>
    private void ExecuteFields(ObjectType parentType, object? source, ObjectResult target, CollectedFields fields)
    {
        var entries = fields.Fields;
        for (var i = 0; i < entries.Length && !target.Nulled; i++)
            ExecuteField(parentType, source, target, i, entries[i]);
    }

    /// <summary>ExecuteField (spec §6.4): coerce arguments, resolve, complete; a fault becomes an error at this field.</summary>
    private void ExecuteField(ObjectType parentType, object? source, ObjectResult target, int slot, CollectedField field)
    {
        CancellationToken.ThrowIfCancellationRequested();
        var definition = field.Definition;
        var path = new ResponsePath(target.Path, field.ResponseName);
        var nonNull = definition.Type is NonNullType;
        ResolveContext context;
        ValueTask<object?> resolved;
        try
        {
            context = new ResolveContext
            {
                Schema = Schema,
                ParentType = parentType,
                Field = definition,
                FieldNodes = field.Nodes,
                Source = source,
                Arguments = field.Arguments(Variables),
                Path = path,
                Operation = Operation,
                Fragments = Fragments,
                Variables = Variables,
                Services = request.Services,
                UserContext = request.UserContext,
                CancellationToken = CancellationToken,
                DataLoaders = DataLoaders,
            };
            resolved = (definition.Resolver ?? DefaultFieldResolver.Instance)(context);
            if (resolved.IsCompletedSuccessfully)
            {
                CompleteValue(definition.Type, field, context, path, resolved.Result, target, slot, nonNull);
                return;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            Fail(exception, field, path, target, slot, nonNull);
            return;
        }
        Park(resolved, field, context, path, target, slot, nonNull);
    }

    /// <summary>
    /// Resumes the field when its resolver completes. The continuation captures the work queue (the current context
    /// here), so it runs inside the executor's loop: inline when the resolver finished there, else posted to it.
    /// A ConfigureAwait(false) continuation would go to the thread pool instead (.NET does not inline those under a
    /// custom context), letting batches dispatch before all siblings had asked for their keys.
    /// </summary>
    private void Park(ValueTask<object?> resolved, CollectedField field, ResolveContext context, ResponsePath path, ObjectResult target, int slot, bool nonNull)
    {
        outstanding++;
        var awaiter = resolved.GetAwaiter();
        awaiter.UnsafeOnCompleted(() =>
        {
            outstanding--;
            try
            {
                var value = awaiter.GetResult();
                if (!target.IsInsideNulled()) CompleteValue(field.Definition.Type, field, context, path, value, target, slot, nonNull);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
            {
                Fail(exception, field, path, target, slot, nonNull);
            }
        });
    }
}
