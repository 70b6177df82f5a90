using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using OrchardCommerce.Workflows.Storage;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// The single writer: drains the queued commands (up to MaxGroupCommit), applies them to the in-memory state one
/// by one, commits all their changes in one transaction, then acknowledges them together (group commit). If the
/// commit fails (or a command fails unexpectedly midway) the whole group fails and the state is reloaded from the
/// database, so memory never holds anything that was not committed.
/// </summary>
internal sealed class CommandWriter(EngineCore core, WorkflowStore store, WorkflowEngineOptions options, ILogger logger, Action<ChangeSet> afterCommit)
{
    private readonly Channel<EngineCommand> _channel = Channel.CreateBounded<EngineCommand>(new BoundedChannelOptions(options.QueueCapacity)
    {
        SingleReader = true,
    });

    private long _nextDueTicks = long.MaxValue;
    private long _committedNextKey;

    /// <summary>Raised (on the writer) when the earliest due time changed, so the timer loop can re-arm.</summary>
    public event Action? NextDueChanged;

    public DateTimeOffset? NextDue => Interlocked.Read(ref _nextDueTicks) is var ticks && ticks == long.MaxValue ? null : new DateTimeOffset(ticks, TimeSpan.Zero);

    public Task<object?> SubmitAsync(Func<EngineCore, object?> execute)
    {
        var command = new EngineCommand(execute);
        if (!_channel.Writer.TryWrite(command))
        {
            throw new WorkflowRejection(RejectionKind.ResourceExhausted,
                $"Expected to handle the command, but the engine's queue is full ({options.QueueCapacity} commands waiting) or the engine is stopped");
        }

        return command.Completion.Task;
    }

    public void Stop() => _channel.Writer.TryComplete();

    public async Task RunAsync()
    {
        var reader = _channel.Reader;
        var carried = new Queue<EngineCommand>();
        var batch = new List<EngineCommand>();
        _committedNextKey = core.NextKey;
        PublishNextDue();
        while (carried.Count > 0 || await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < options.MaxGroupCommit && (carried.TryDequeue(out var next) || reader.TryRead(out next)))
            {
                batch.Add(next);
            }

            await RunBatchAsync(batch, carried);
        }
    }

    private async Task RunBatchAsync(List<EngineCommand> batch, Queue<EngineCommand> carried)
    {
        var outcomes = new List<(EngineCommand Command, object? Result, Exception? Error)>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                outcomes.Add((batch[i], batch[i].Execute(core), null));
            }
            catch (WorkflowRejection rejection)
            {
                outcomes.Add((batch[i], null, rejection));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A workflow command failed unexpectedly; its group is discarded and the state reloaded");
                outcomes.Add((batch[i], null, ex));
                batch.Skip(i + 1).ToList().ForEach(carried.Enqueue);
                await FailAndReloadAsync(outcomes, ex);
                return;
            }
        }

        var changes = core.TakeChanges();

        // Keys handed out without other changes (a deployment of unchanged resources) are committed too: never reused.
        if (!changes.IsEmpty || core.NextKey != _committedNextKey)
        {
            try
            {
                await store.CommitAsync(CommitBuilder.Build(changes, core.NextKey, core.Definition), CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Committing {Count} workflow commands failed; the state is reloaded from the database", batch.Count);
                await FailAndReloadAsync(outcomes, ex);
                return;
            }
        }

        _committedNextKey = core.NextKey;

        // Observers hear of the changes before the callers are answered, so a caller sees its own events.
        afterCommit(changes);
        PublishNextDue();
        foreach (var (command, result, error) in outcomes)
        {
            if (error is null)
            {
                command.Completion.SetResult(result);
            }
            else
            {
                command.Completion.SetException(error);
            }
        }
    }

    private async Task FailAndReloadAsync(List<(EngineCommand Command, object? Result, Exception? Error)> outcomes, Exception cause)
    {
        foreach (var (command, _, error) in outcomes)
        {
            command.Completion.SetException(error is WorkflowRejection ? error : cause);
        }

        core.TakeChanges();
        while (true)
        {
            try
            {
                core.Load(await store.LoadAsync(CancellationToken.None));
                _committedNextKey = core.NextKey;
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Reloading the workflow state failed; retrying in one second");
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        afterCommit(new ChangeSet { Reloaded = true });
        PublishNextDue();
    }

    private void PublishNextDue()
    {
        var ticks = core.NextDue?.UtcTicks ?? long.MaxValue;
        if (Interlocked.Exchange(ref _nextDueTicks, ticks) != ticks)
        {
            NextDueChanged?.Invoke();
        }
    }
}
