using System.Runtime;

namespace OrchardCommerce.Workflows.Bench;

/// <summary>What the JIT compiled while a phase was timed, to show that the phase ran warm.</summary>
internal sealed class Jit
{
    private readonly long _methods = JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan _time = JitInfo.GetCompilationTime();

    /// <summary>
    /// Two rounds of untimed orders, each followed by a pause until the JIT has compiled nothing for a second (at most
    /// 20 s); then starts counting. A server is measured warm: tiered compilation recompiles the hot methods (thousands,
    /// of the engine, daemon, store and workers) in the background, which under load takes up to a core and drains
    /// slowly, and methods only reach their final tier after being called again once the JIT went quiet.
    /// </summary>
    public static async Task<Jit> WarmUpAsync(Func<Task> round)
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
        return new Jit();
    }

    public string Stop() => $"{JitInfo.GetCompiledMethodCount() - _methods} methods, {(JitInfo.GetCompilationTime() - _time).TotalSeconds:N1} s";
}
