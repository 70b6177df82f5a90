using Microsoft.Extensions.Logging;

namespace OrchardCommerce.Workflows.Engine.Runtime;

/// <summary>
/// Sleeps (on the injected clock) until the earliest due time, then submits a tick to the writer. A new, earlier
/// due time wakes it. Only the writer decides what is due, so firing twice or early is impossible.
/// </summary>
internal sealed class TimerLoop(CommandWriter writer, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan ArmingSlack = TimeSpan.FromMilliseconds(1);
    private readonly Lock _gate = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Wake()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _wake;
            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Task wake;
            lock (_gate)
            {
                wake = _wake.Task;
            }

            var next = writer.NextDue;
            var now = time.GetUtcNow();
            try
            {
                if (next is { } due && due <= now)
                {
                    await writer.SubmitAsync(core => core.Tick());
                    continue;
                }

                using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                var delay = next is { } at ? Task.Delay(Min(at - now, TimeSpan.FromHours(1)), time, sleep.Token) : Task.Delay(Timeout.Infinite, sleep.Token);

                // A manual clock can jump while the delay is armed, which then counts from the new time: measure
                // again. The real clock always moves a little meanwhile; waking that little late is below a timer's
                // resolution, and measuring again for it would spin.
                if (time.GetUtcNow() - now < ArmingSlack)
                {
                    await Task.WhenAny(delay, wake);
                }

                await sleep.CancelAsync();
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested)
            {
                logger.LogError(ex, "A workflow timer tick failed; retrying");
                await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
