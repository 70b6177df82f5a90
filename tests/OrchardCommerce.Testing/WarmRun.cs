using System.Runtime;

namespace OrchardCommerce.Testing;

/// <summary>
/// For benchmarks: warms a server up, then counts what the JIT compiled and how long the GC paused while a phase was
/// timed, to show that the phase ran warm.
/// </summary>
public sealed class WarmRun
{
    private readonly long _methods = JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan _time = JitInfo.GetCompilationTime();
    private readonly TimeSpan _paused = GC.GetTotalPauseDuration();

    /// <summary>
    /// Two rounds of untimed work, each followed by a pause until the JIT has compiled nothing for a second (at most
    /// 20 s); then starts counting. A server is measured warm: tiered compilation recompiles the hot methods (thousands
    /// of them) in the background, which under load takes up to a core and drains slowly, and methods only reach their
    /// final tier after being called again once the JIT went quiet.
    /// </summary>
    public static async Task<WarmRun> WarmUpAsync(Func<Task> round)
    {
        for (var i = 0; i < 2; i++)
        {
            await round();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            var last = JitInfo.GetCompiledMethodCount();
            while (DateTime.UtcNow < deadline)
            {
                await Task.Delay(1000);
                var now = JitInfo.GetCompiledMethodCount();
                if (now == last) break;
                last = now;
            }
        }
        return new WarmRun();
    }

    public string Stop() => $"JIT {JitInfo.GetCompiledMethodCount() - _methods} methods, {(JitInfo.GetCompilationTime() - _time).TotalSeconds:N1} s; "
        + $"GC paused {(GC.GetTotalPauseDuration() - _paused).TotalSeconds:N2} s";
}
