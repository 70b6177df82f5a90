using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrchardCommerce.Workflows.Client.Tests.Workers;

/// <summary>Keeps every log line at Information or above, to count what ops would see.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Lines { get; } = new();

    public IEnumerable<string> MessagesFrom(string categoryPrefix, LogLevel atLeast = LogLevel.Information) =>
        Lines.Where(l => l.Category.StartsWith(categoryPrefix, StringComparison.Ordinal) && l.Level >= atLeast).Select(l => l.Message);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) provider.Lines.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }
}
