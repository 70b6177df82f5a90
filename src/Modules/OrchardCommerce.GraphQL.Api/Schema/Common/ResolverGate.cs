namespace OrchardCommerce.GraphQL.Api.Schema.Common;

/// <summary>
/// One database command at a time per request. The executor runs sibling fields concurrently, but a request's readers
/// share the scope's one DbSession connection, which Npgsql does not let two commands use at once. Scoped.
/// </summary>
public sealed class ResolverGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        try
        {
            return await read();
        }
        finally
        {
            _semaphore.Release();
        }
    }

    public void Dispose() => _semaphore.Dispose();
}
