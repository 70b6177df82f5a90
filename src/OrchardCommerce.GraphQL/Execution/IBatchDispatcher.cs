namespace OrchardCommerce.GraphQL.Execution;

/// <summary>A loader with keys waiting: the executor calls Dispatch when nothing else can run.</summary>
internal interface IBatchDispatcher
{
    void Dispatch(CancellationToken cancellationToken);
}
