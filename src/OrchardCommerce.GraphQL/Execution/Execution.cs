using OrchardCommerce.GraphQL.Language;
using OrchardCommerce.GraphQL.Types;

namespace OrchardCommerce.GraphQL.Execution;

/// <summary>
/// The state of one operation being executed (graphql-js ExecutionContext): fields run depth first and
/// synchronously while resolvers complete synchronously, so error order matches graphql-js; a resolver that does not
/// complete parks its field, and the <see cref="WorkQueue"/> resumes it, dispatching data loader batches whenever
/// nothing else can run.
/// </summary>
internal sealed partial class Execution
{
    private readonly ExecutionRequest request;
    private readonly List<GraphQLError> errors = [];
    private readonly WorkQueue queue = new();
    private Dictionary<(CollectedField, ObjectType), CollectedFields>? perRequestSubfields;
    private int outstanding;

    public Execution(ExecutionRequest request, DocumentPlan plan, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        this.request = request;
        Plan = plan;
        Operation = operation;
        Variables = variables;
        DataLoaders = request.DataLoaders ?? new DataLoaderContext();
    }

    public GraphQLSchema Schema => request.Schema;
    public DocumentPlan Plan { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => Plan.Fragments;
    public DataLoaderContext DataLoaders { get; }
    private CancellationToken CancellationToken => request.CancellationToken;

    public bool TryGetSubfields(CollectedField field, ObjectType type, out CollectedFields fields)
    {
        fields = null!;
        return perRequestSubfields?.TryGetValue((field, type), out fields!) == true;
    }

    public void AddSubfields(CollectedField field, ObjectType type, CollectedFields fields) =>
        (perRequestSubfields ??= [])[(field, type)] = fields;

    /// <summary>ExecuteOperation (spec §6.2): query fields may interleave; mutation fields run one after another (§6.2.2).</summary>
    public async Task<ExecutionResult> RunAsync()
    {
        var rootType = Schema.GetRootType(Operation.Operation);
        if (rootType is null)
            return Failed(GraphQLError.At($"Schema is not configured to execute {OperationName(Operation.Operation)} operation.", Operation));
        CollectedFields rootFields;
        try
        {
            rootFields = Plan.RootFields(this, rootType, Operation);
        }
        catch (GraphQLErrorException exception)
        {
            return Failed(exception.Error);
        }
        var root = new ObjectResult(rootFields.Keys);
        DataLoaders.Attach(queue);
        try
        {
            if (Operation.Operation == Language.OperationType.Mutation)
            {
                for (var i = 0; i < rootFields.Fields.Length && !root.Nulled; i++)
                {
                    queue.Run(() => ExecuteField(rootType, request.RootValue, root, i, rootFields.Fields[i]));
                    await RunUntilIdleAsync().ConfigureAwait(false);
                }
            }
            else
            {
                queue.Run(() => ExecuteFields(rootType, request.RootValue, root, rootFields));
                await RunUntilIdleAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            DataLoaders.Detach(queue);
        }
        CancellationToken.ThrowIfCancellationRequested();
        return new ExecutionResult { Data = root.Nulled ? null : root, HasData = true, Errors = errors };
    }

    private ExecutionResult Failed(GraphQLError error)
    {
        errors.Add(error);
        return new ExecutionResult { HasData = true, Errors = errors };
    }

    private static string OperationName(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => "query",
        Language.OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    /// <summary>Runs parked work until every field has completed, dispatching batches when only they can unblock it.</summary>
    private async Task RunUntilIdleAsync()
    {
        while (true)
        {
            CancellationToken.ThrowIfCancellationRequested();
            queue.RunPending();
            if (outstanding == 0) return;
            if (queue.Run(() => DataLoaders.DispatchPending(CancellationToken))) continue;
            await queue.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }
}
