using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OrchardCommerce.Workflows.Engine.Runtime;
using OrchardCommerce.Workflows.Storage;

namespace OrchardCommerce.Workflows.Engine;

/// <summary>
/// The embedded BPMN engine: a Zeebe 8.8 work-alike for the subset in the README. Commands are applied by one
/// writer and acknowledged only once committed; reads come from the database and see committed state.
/// Commands throw <see cref="WorkflowRejection"/> worded like the Zeebe broker.
/// </summary>
public sealed partial class WorkflowEngine : IAsyncDisposable
{
    private readonly WorkflowEngineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly WorkflowStore _store;
    private readonly EngineCore _core;
    private readonly CommandWriter _writer;
    private readonly TimerLoop _timers;
    private readonly JobWaiters _jobWaiters = new();
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonObject>> _completionWaiters = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _writerTask;
    private Task? _timerTask;

    public WorkflowEngine(WorkflowEngineOptions options, TimeProvider? timeProvider = null, ILogger<WorkflowEngine>? logger = null)
    {
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<WorkflowEngine>.Instance;
        _store = new WorkflowStore(WorkflowDatabase.Create(options));
        _core = new EngineCore(_time);
        _writer = new CommandWriter(_core, _store, options, _logger, AfterCommit);
        _timers = new TimerLoop(_writer, _time, _logger);
        _writer.NextDueChanged += _timers.Wake;
    }

    /// <summary>Raised after each commit, in order, for every element entered, completed or terminated. Keep handlers short.</summary>
    public event Action<InstanceChange>? InstanceChanged;

    /// <summary>Creates the tables if needed, loads the stored state, and starts the writer and the timers.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _store.InitializeAsync(cancellationToken);
        _core.Load(await _store.LoadAsync(cancellationToken));
        _writerTask = Task.Run(_writer.RunAsync, CancellationToken.None);
        _timerTask = Task.Run(() => _timers.RunAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>Stops taking commands, finishes the queued ones, and stops the timers.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _stopping.CancelAsync();
        _timers.Wake();
        if (_timerTask is not null)
        {
            await _timerTask.WaitAsync(cancellationToken);
        }

        _writer.Stop();
        if (_writerTask is not null)
        {
            await _writerTask.WaitAsync(cancellationToken);
        }

        _jobWaiters.SignalAll();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await StopAsync();
        }

        await _store.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task<T> SubmitAsync<T>(Func<EngineCore, object?> execute, CancellationToken cancellationToken)
    {
        var result = await _writer.SubmitAsync(execute).WaitAsync(cancellationToken);
        return (T)result!;
    }

    private Task SubmitAsync(Func<EngineCore, object?> execute, CancellationToken cancellationToken) =>
        _writer.SubmitAsync(execute).WaitAsync(cancellationToken);

    private void AfterCommit(ChangeSet changes)
    {
        foreach (var change in changes.Events)
        {
            try
            {
                InstanceChanged?.Invoke(change);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "An InstanceChanged handler failed for instance {Key}", change.ProcessInstanceKey);
            }
        }

        if (changes.Reloaded)
        {
            _jobWaiters.SignalAll();

            // Waiters registered by a create that was rolled back have nobody awaiting them.
            foreach (var key in _completionWaiters.Keys.Where(key => !_core.IsActive(key)).ToList())
            {
                _completionWaiters.TryRemove(key, out _);
            }
        }
        else
        {
            _jobWaiters.Signal(changes.ActivatableTypes);
        }

        foreach (var instance in changes.Finished.Where(i => i.State == "COMPLETED"))
        {
            if (_completionWaiters.TryRemove(instance.Key, out var waiter))
            {
                waiter.TrySetResult(EngineCore.RootVariables(instance, null));
            }
        }
    }
}
