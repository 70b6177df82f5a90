using Microsoft.Extensions.Options;

namespace OrchardCommerce.Daemon.Tests;

/// <summary>Options that never change, for a class that reads an IOptionsMonitor.</summary>
internal sealed class FixedOptionsMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;
    public T Get(string? name) => value;
    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
